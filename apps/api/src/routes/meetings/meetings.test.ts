/**
 * Platform meetings through the app, a real SQLite file and a real SMTP server: save the date,
 * invitation, update and cancellation with their iCalendar files (METHOD, SEQUENCE, ATTENDEE,
 * UID), the waiting list promoted in order, the organisation's share, the deadline and the CSV.
 */
import ICAL from 'ical.js';
import type { ParsedMail } from 'mailparser';
import { createMailQueue } from '@thb/store/mail-queue';
import { createMeetingStore } from '@thb/store/meetings';
import { afterEach, describe, expect, it } from 'vitest';
import type { KyselyPlatformStore } from '@thb/store';
import { MEMBER_A, MEMBER_B, SECRETARIAT_EMAIL, openAccountsHarness, signIn, type AccountsHarness } from '../../../test/support/accounts-harness.ts';
import { send } from '../../../test/support/portal-harness.ts';
import { deliverQueuedMail } from '../../mail/deliver-queued-mail.ts';
import { createQueuedMailer } from '../../mail/queued-mailer.ts';

let h: AccountsHarness | undefined;
afterEach(async () => h?.close());

async function open() {
  let deliver!: () => Promise<unknown>;
  const harness = await openAccountsHarness('SQLite', {
    meetings: ({ store }) => {
      const kysely = store as KyselyPlatformStore;
      const queue = createMailQueue(kysely.db);
      deliver = () => deliverQueuedMail(queue, harness.inbox.mailer);
      return {
        store: createMeetingStore(kysely.db, { writeBatch: kysely.write }), mailer: createQueuedMailer(queue),
        publicUrl: 'http://thb.test', organizer: { name: 'THB', email: 'no-reply@thb.test' },
      };
    },
  });
  h = harness;
  return { h: harness, secretariat: await signIn(harness, SECRETARIAT_EMAIL), deliver: () => deliver() };
}

const meeting = (over: Record<string, unknown> = {}) => ({
  title: { en: 'General assembly', de: 'Mitgliederversammlung' }, text: { en: 'Yearly meeting' },
  capacity: { total: 2, perMember: 1 }, timeZone: 'Europe/Brussels', tentative: '2027-autumn', place: 'Brussels', ...over,
});
const person = (memberId: string, name: string, languages = ['en']) => ({ memberId, name, email: `${name.replace('=', '').toLowerCase()}@example.org`, languages });

function calendarOf(mail: ParsedMail) {
  const file = mail.attachments.find((a) => a.contentType === 'text/calendar');
  if (!file) return null;
  const component = new ICAL.Component(ICAL.parse(file.content.toString('utf8')));
  const event = component.getFirstSubcomponent('vevent')!;
  return {
    method: component.getFirstPropertyValue('method'), uid: event.getFirstPropertyValue('uid'),
    sequence: Number(event.getFirstPropertyValue('sequence')), attendees: event.getAllProperties('attendee').map((p) => String(p.getFirstValue()).toLowerCase()),
  };
}

// Several sign-ins, changes and deliveries each: more than the default 5 s on a busy machine.
describe('platform meetings', { timeout: 30_000 }, () => {
  it('mails save the date, the invitation, an update and the cancellation with rising SEQUENCE', async () => {
    const { h, secretariat, deliver } = await open();
    const created = await send(h, '/v1/meetings', { method: 'POST', cookie: secretariat, body: meeting() });
    expect(created.status).toBe(201);
    const { id } = await created.json() as { id: string };
    const registered = await send(h, `/v1/meetings/${id}/registrations`, { method: 'POST', cookie: secretariat, body: person(MEMBER_A, 'Ana', ['de']) });
    expect(registered.status).toBe(201);
    await deliver();
    const saveTheDate = await h.inbox.next('ana@example.org');
    expect(saveTheDate.subject).toBe('Bitte vormerken: Mitgliederversammlung');
    expect(calendarOf(saveTheDate)).toBeNull();

    expect((await send(h, `/v1/meetings/${id}/date`, { method: 'POST', cookie: secretariat, body: { startsAt: '2027-10-05T09:00:00Z', endsAt: '2027-10-05T17:00:00Z' } })).status).toBe(200);
    await deliver();
    const invitation = calendarOf(await h.inbox.next('ana@example.org'))!;
    expect(invitation.method).toBe('REQUEST');
    expect(invitation.attendees).toEqual(['mailto:ana@example.org']);

    expect((await send(h, `/v1/meetings/${id}/date`, { method: 'POST', cookie: secretariat, body: { startsAt: '2027-10-06T09:00:00Z', endsAt: '2027-10-06T17:00:00Z', place: 'Strasbourg' } })).status).toBe(200);
    await deliver();
    const update = calendarOf(await h.inbox.next('ana@example.org'))!;
    expect([update.method, update.uid]).toEqual(['REQUEST', invitation.uid]);
    expect(update.sequence).toBeGreaterThan(invitation.sequence);

    expect((await send(h, `/v1/meetings/${id}/cancel`, { method: 'POST', cookie: secretariat })).status).toBe(200);
    await deliver();
    const cancel = calendarOf(await h.inbox.next('ana@example.org'))!;
    expect([cancel.method, cancel.uid]).toEqual(['CANCEL', invitation.uid]);
    expect(cancel.sequence).toBeGreaterThan(update.sequence);
    const listed = await (await send(h, '/v1/meetings')).text();
    expect(listed).not.toContain('ana@example.org');
  });

  it('keeps the organisation share, promotes in order, refuses after the deadline and exports CSV', async () => {
    const { h, secretariat, deliver } = await open();
    const { id } = await (await send(h, '/v1/meetings', { method: 'POST', cookie: secretariat, body: meeting({ tentative: null, startsAt: '2027-10-05T09:00:00Z', endsAt: '2027-10-05T17:00:00Z' }) })).json() as { id: string };
    const register = async (body: ReturnType<typeof person>) =>
      (await (await send(h, `/v1/meetings/${id}/registrations`, { method: 'POST', cookie: secretariat, body })).json()) as { id: string; status: string };
    const ana = await register(person(MEMBER_A, 'Ana'));
    const bea = await register(person(MEMBER_A, '=Bea'));
    const cem = await register(person(MEMBER_B, 'Cem'));
    expect([ana.status, bea.status, cem.status]).toEqual(['registered', 'waiting', 'registered']);
    await deliver();
    expect((await h.inbox.next('bea@example.org')).subject).toBe('Waiting list: General assembly');
    expect((await send(h, `/v1/meetings/${id}/registrations/${ana.id}`, { method: 'DELETE', cookie: secretariat })).status).toBe(204);
    await deliver();
    const promoted = await h.inbox.next('bea@example.org');
    expect(promoted.subject).toBe('You have a place: General assembly');
    expect(calendarOf(promoted)?.method).toBe('REQUEST');
    const csv = await send(h, `/v1/meetings/${id}/registrations.csv`, { cookie: secretariat });
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const text = await csv.text();
    expect(text).toContain('"\'=Bea"');
    expect(text).not.toContain('ana@example.org');

    const { id: closed } = await (await send(h, '/v1/meetings', { method: 'POST', cookie: secretariat, body: meeting({ registrationDeadline: '2020-01-01T00:00:00Z' }) })).json() as { id: string };
    const late = await send(h, `/v1/meetings/${closed}/registrations`, { method: 'POST', cookie: secretariat, body: person(MEMBER_B, 'Dan') });
    expect(late.status).toBe(409);
    expect(late.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });
});
