/**
 * Platform meetings on the Worker under workerd, on D1, with mail through the `send_email`
 * binding: the secretariat signs in by the mailed link, creates a meeting and registers a
 * participant (the confirmation carries invite.ics), and the Cron Trigger sends the 7-day
 * reminder once, in the participant's language.
 */
import { randomBytes } from 'node:crypto';
import ICAL from 'ical.js';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createD1Store, migrateD1 } from '@thb/store/d1';
import { seedTestData } from '../../test/support/test-store.ts';
import { startWorkerRuntime, type WorkerRuntime } from '../../test/support/worker-runtime.ts';

const PUBLIC_URL = 'http://thb.test';
const SECRETARIAT = 'secretariat@commission.test';
const PARTICIPANT = 'fleur@ngo.test';
const DAY = 86_400_000;
let runtime: WorkerRuntime;

beforeAll(async () => {
  runtime = await startWorkerRuntime({
    databaseId: `meetings-${randomBytes(4).toString('hex')}`,
    mail: true,
    bindings: { AUTH_SECRET: 'm'.repeat(40), PUBLIC_URL, MAIL_FROM: 'THB Platform Kit <no-reply@thb.test>', SECRETARIAT_EMAILS: SECRETARIAT },
  });
  await migrateD1(runtime.d1);
  await seedTestData(createD1Store(runtime.d1));
}, 120_000);
afterAll(() => runtime?.dispose());

const call = (path: string, init: RequestInit = {}) => fetch(`${runtime.url}${path}`, { redirect: 'manual', ...init });

/** Signs the secretariat in as the portal does: the mailed link, then its confirm form. */
async function signInSecretariat(): Promise<string> {
  await call('/v1/auth/sign-in/magic-link', {
    method: 'POST', headers: { 'content-type': 'application/json', origin: PUBLIC_URL }, body: JSON.stringify({ email: SECRETARIAT }),
  });
  const mail = await runtime.mail.next(SECRETARIAT);
  const link = new URL(/https?:\/\/\S+\/v1\/auth\/confirm\?\S+/.exec(mail.text ?? '')![0]);
  const confirmed = await call('/v1/auth/confirm', {
    method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: PUBLIC_URL },
    body: new URLSearchParams({ token: link.searchParams.get('token')! }).toString(),
  });
  return confirmed.headers.getSetCookie().find((c) => c.startsWith('thb.session_token=') && !c.startsWith('thb.session_token=;'))!.split(';')[0]!;
}

function calendarOf(mail: ParsedMail) {
  const file = mail.attachments.find((a) => a.contentType === 'text/calendar')!;
  const component = new ICAL.Component(ICAL.parse(file.content.toString('utf8')));
  const event = component.getFirstSubcomponent('vevent')!;
  return { method: component.getFirstPropertyValue('method'), uid: event.getFirstPropertyValue('uid'), attendee: String(event.getFirstPropertyValue('attendee')).toLowerCase() };
}

describe('platform meetings on the Worker (D1, workerd, send_email)', { timeout: 60_000 }, () => {
  it('creates a meeting, registers a participant, and the Cron Trigger reminds them once', async () => {
    const cookie = await signInSecretariat();
    const write = (path: string, body: unknown) => call(path, {
      method: 'POST', headers: { cookie, origin: PUBLIC_URL, 'content-type': 'application/json' }, body: JSON.stringify(body),
    });
    // Three days ahead by the real clock, which the Cron Trigger's jobs run by.
    const startsAt = Math.ceil((Date.now() + 3 * DAY) / 3_600_000) * 3_600_000;
    const created = await write('/v1/meetings', {
      title: { en: 'General assembly', fr: 'Assemblée générale' }, text: { en: 'Yearly meeting' }, capacity: { total: 50, perMember: 5 },
      timeZone: 'Europe/Paris', place: 'Paris', startsAt: new Date(startsAt).toISOString(), endsAt: new Date(startsAt + 6 * 3_600_000).toISOString(),
    });
    expect(created.status).toBe(201);
    const { id } = await created.json() as { id: string };
    const registered = await write(`/v1/meetings/${id}/registrations`, {
      memberId: 'fixture-berlin-shelter', name: 'Fleur', email: PARTICIPANT, attendance: 'online', languages: ['fr'],
    });
    expect(registered.status).toBe(201);
    expect(await registered.json()).toMatchObject({ status: 'registered', memberId: 'fixture-berlin-shelter' });

    const confirmation = await runtime.mail.next(PARTICIPANT);
    expect(confirmation.subject).toBe('Inscription : Assemblée générale');
    const invitation = calendarOf(confirmation);
    expect(invitation).toMatchObject({ method: 'REQUEST', attendee: `mailto:${PARTICIPANT}` });

    const worker = await runtime.miniflare.getWorker('thb-api');
    expect((await worker.scheduled({ scheduledTime: new Date(), cron: '*/5 * * * *' })).outcome).toBe('ok');
    const reminder = await runtime.mail.next(PARTICIPANT);
    expect(reminder.subject).toBe('Rappel : Assemblée générale');
    expect(calendarOf(reminder).uid).toBe(invitation.uid);

    // The next run finds the reminder sent: nothing more goes to the participant.
    expect((await worker.scheduled({ scheduledTime: new Date(), cron: '*/5 * * * *' })).outcome).toBe('ok');
    await expect(runtime.mail.next(PARTICIPANT, 1_500)).rejects.toThrow(/No mail/);
    const listed = await (await call('/v1/meetings')).text();
    expect(listed).toContain(id);
    expect(listed).not.toContain(PARTICIPANT);
  });
});
