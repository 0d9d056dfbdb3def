/**
 * The reminders through the app, a real SQLite file (and PostgreSQL) and a real SMTP server: 7 days and 1 day
 * before, once each (two runs at once, and a restarted process, send nothing twice), in each
 * participant's language, with the meeting's invite.ics; nobody on the waiting list is reminded.
 */
import ICAL from 'ical.js';
import type { ParsedMail } from 'mailparser';
import type { KyselyPlatformStore } from '@thb/store';
import { createMailQueue } from '@thb/store/mail-queue';
import { createMeetingStore } from '@thb/store/meetings';
import { afterEach, describe, expect, it } from 'vitest';
import { MEMBER_A, MEMBER_B, SECRETARIAT_EMAIL, openAccountsHarness, signIn, type AccountsHarness } from '../../../test/support/accounts-harness.ts';
import { send } from '../../../test/support/portal-harness.ts';
import { deliverQueuedMail } from '../../mail/deliver-queued-mail.ts';
import { createQueuedMailer } from '../../mail/queued-mailer.ts';
import { runMeetingReminders, type MeetingReminderOptions } from './meeting-reminders.ts';

let h: AccountsHarness | undefined;
afterEach(async () => h?.close());

const DAY = 86_400_000;
const START = Date.parse('2031-03-20T09:00:00Z');

async function open(backend: 'SQLite' | 'PostgreSQL') {
  let clock = START - 20 * DAY;
  let deliver!: () => Promise<unknown>;
  let parts!: Omit<MeetingReminderOptions, 'store'> & { db: KyselyPlatformStore['db']; write: KyselyPlatformStore['write'] };
  const harness = await openAccountsHarness(backend, {
    meetings: ({ store }) => {
      const { db, write } = store as KyselyPlatformStore;
      const queue = createMailQueue(db);
      deliver = () => deliverQueuedMail(queue, harness.inbox.mailer);
      parts = { db, write, mailer: createQueuedMailer(queue), publicUrl: 'http://thb.test', organizer: { name: 'THB', email: 'no-reply@thb.test' } };
      return { ...parts, store: createMeetingStore(db, { writeBatch: write, now: () => new Date(clock) }) };
    },
  });
  h = harness;
  // A process of its own each time: a fresh store on the same database, as after a restart.
  const reminders = () => runMeetingReminders({ ...parts, store: createMeetingStore(parts.db, { writeBatch: parts.write, now: () => new Date(clock) }) });
  return { h: harness, secretariat: await signIn(harness, SECRETARIAT_EMAIL), deliver: () => deliver(), reminders, setClock: (at: number) => { clock = at; } };
}

const meeting = (startsAt: number) => ({
  title: { en: 'General assembly', de: 'Mitgliederversammlung', fr: 'Assemblée générale' }, text: { en: 'Yearly meeting' },
  capacity: { total: 2 }, timeZone: 'Europe/Brussels', place: 'Brussels',
  startsAt: new Date(startsAt).toISOString(), endsAt: new Date(startsAt + 8 * 3_600_000).toISOString(),
});
const person = (memberId: string, name: string, languages: string[]) => ({ memberId, name, email: `${name.toLowerCase()}@example.org`, languages });

function calendarOf(mail: ParsedMail) {
  const file = mail.attachments.find((a) => a.contentType === 'text/calendar');
  if (!file) return null;
  const component = new ICAL.Component(ICAL.parse(file.content.toString('utf8')));
  const event = component.getFirstSubcomponent('vevent')!;
  return { method: component.getFirstPropertyValue('method'), start: (event.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().getTime(), attendee: String(event.getFirstPropertyValue('attendee')).toLowerCase() };
}
const reminded = (h: AccountsHarness, to: string) => h.inbox.received.filter((m) => /^(Reminder|Erinnerung|Rappel)/.test(m.subject ?? '') && JSON.stringify(m.to).toLowerCase().includes(to));

// Each test signs in and runs several job runs and deliveries: more than the default 5 s on a busy machine.
describe.each(['SQLite', 'PostgreSQL'] as const)('meeting reminders on %s', { timeout: 30_000 }, (backend) => {
  it('reminds everyone with a place 7 days and 1 day before, once each, in their language', async () => {
    const { h, secretariat, deliver, reminders, setClock } = await open(backend);
    const created = await send(h, '/v1/meetings', { method: 'POST', cookie: secretariat, body: meeting(START) });
    expect(created.status).toBe(201);
    const { id } = await created.json() as { id: string };
    for (const body of [person(MEMBER_A, 'Ana', ['de']), person(MEMBER_B, 'Fleur', ['fr']), person(MEMBER_B, 'Wai', ['en'])]) {
      expect((await send(h, `/v1/meetings/${id}/registrations`, { method: 'POST', cookie: secretariat, body })).status).toBe(201);
    }
    await deliver();
    expect((await h.inbox.next('ana@example.org')).subject).toBe('Angemeldet: Mitgliederversammlung');
    await h.inbox.next('fleur@example.org');

    setClock(START - 8 * DAY);
    expect(await reminders()).toEqual({ reminders: 0, queued: 0 });
    setClock(START - 6.5 * DAY);
    // Two runs at once (two processes, or a timer and a kick): one batch commits, the other finds the meeting changed.
    const [first, second] = await Promise.all([reminders(), reminders()]);
    expect(first.queued + second.queued).toBe(2);
    expect(await reminders()).toEqual({ reminders: 0, queued: 0 });
    await deliver();
    const ana = await h.inbox.next('ana@example.org');
    expect(ana.subject).toBe('Erinnerung: Mitgliederversammlung');
    expect(calendarOf(ana)).toMatchObject({ method: 'REQUEST', attendee: 'mailto:ana@example.org' });
    expect(calendarOf(ana)!.start).toBe(START);
    expect((await h.inbox.next('fleur@example.org')).subject).toBe('Rappel : Assemblée générale');

    setClock(START - 0.5 * DAY);
    expect(await reminders()).toEqual({ reminders: 1, queued: 2 });
    expect(await reminders()).toEqual({ reminders: 0, queued: 0 });
    await deliver();
    expect((await h.inbox.next('ana@example.org')).subject).toBe('Erinnerung: Mitgliederversammlung');
    setClock(START + DAY);
    expect(await reminders()).toEqual({ reminders: 0, queued: 0 });
    await deliver();
    expect(reminded(h, 'ana@example.org')).toHaveLength(2);
    expect(reminded(h, 'fleur@example.org')).toHaveLength(2);
    // Wai waits for a place: a reminder would tell of a meeting they have no seat at.
    expect(reminded(h, 'wai@example.org')).toHaveLength(0);
  });

  it('sends one reminder for a meeting dated less than a day ahead, and reminds a moved one anew', async () => {
    const { h, secretariat, deliver, reminders, setClock } = await open(backend);
    setClock(START - 0.75 * DAY);
    const { id } = await (await send(h, '/v1/meetings', { method: 'POST', cookie: secretariat, body: meeting(START) })).json() as { id: string };
    expect((await send(h, `/v1/meetings/${id}/registrations`, { method: 'POST', cookie: secretariat, body: person(MEMBER_A, 'Ana', ['en']) })).status).toBe(201);
    expect(await reminders()).toEqual({ reminders: 1, queued: 1 });
    expect(await reminders()).toEqual({ reminders: 0, queued: 0 });
    await deliver();
    await h.inbox.next('ana@example.org');

    const later = START + 14 * DAY;
    expect((await send(h, `/v1/meetings/${id}/date`, { method: 'POST', cookie: secretariat, body: { startsAt: new Date(later).toISOString(), endsAt: new Date(later + 3_600_000).toISOString() } })).status).toBe(200);
    setClock(later - 6 * DAY);
    expect(await reminders()).toEqual({ reminders: 1, queued: 1 });
    await deliver();
    const mails = reminded(h, 'ana@example.org');
    expect(mails.map((m) => m.subject)).toEqual(['Reminder: General assembly', 'Reminder: General assembly']);
    expect(calendarOf(mails[1]!)!.start).toBe(later);
  });
});
