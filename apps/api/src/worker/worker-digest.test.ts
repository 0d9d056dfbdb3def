/**
 * The notification digest on the Worker under workerd: a person signs in by the mailed link and
 * sets their digest over the Worker's own route, an announcement is published in D1, and the
 * Cron Trigger's run builds the daily digest, queues it in D1 and sends it through the `MAIL`
 * binding; a second run in the same period sends nothing more. The Worker's `scheduled` runs on
 * the real clock, so the person's zone is one where it is now well past the digest hour.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnnouncements } from '@thb/store/announcements';
import { createD1Store, migrateD1 } from '@thb/store/d1';
import { createMailQueue } from '@thb/store/mail-queue';
import { createNotifications } from '@thb/store/notifications';
import { seedTestData } from '../../test/support/test-store.ts';
import { startWorkerRuntime, type WorkerRuntime } from '../../test/support/worker-runtime.ts';
import { DIGEST_HOUR, localParts } from '../notifications/due.ts';

const PUBLIC_URL = 'http://thb.test';
const PERSON = 'daily.reader@ngo.test';
const WHO = { actor: 'person:secretariat', label: 'secretariat@commission.test', route: 'test' };
let runtime: WorkerRuntime;

beforeAll(async () => {
  runtime = await startWorkerRuntime({
    databaseId: `digest-${randomBytes(4).toString('hex')}`,
    mail: true,
    bindings: { AUTH_SECRET: 'd'.repeat(40), PUBLIC_URL, MAIL_FROM: 'no-reply@thb.test' },
  });
  await migrateD1(runtime.d1);
  await seedTestData(createD1Store(runtime.d1));
}, 120_000);
afterAll(() => runtime?.dispose());

const call = (path: string, init: RequestInit = {}) => fetch(`${runtime.url}${path}`, { redirect: 'manual', ...init });

/** Signs `email` in through the Worker as a browser does; the session cookie. */
async function signIn(email: string): Promise<string> {
  const asked = await call('/v1/auth/sign-in/magic-link', {
    method: 'POST', headers: { 'content-type': 'application/json', origin: PUBLIC_URL }, body: JSON.stringify({ email }),
  });
  expect(asked.status).toBe(200);
  const link = new URL(/https?:\/\/\S+\/v1\/auth\/confirm\?\S+/.exec((await runtime.mail.next(email)).text ?? '')![0]);
  const confirmed = await call('/v1/auth/confirm', {
    method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: PUBLIC_URL },
    body: new URLSearchParams({ token: link.searchParams.get('token')! }).toString(),
  });
  expect(confirmed.status).toBe(303);
  return confirmed.headers.getSetCookie().find((c) => c.startsWith('thb.session_token=') && !c.startsWith('thb.session_token=;'))!.split(';')[0]!;
}

/** A zone where it is now between two hours after the digest hour and 23:00, so a daily digest is due. */
function zoneAfterDigestHour(now = new Date()): string {
  const zones = ['Europe/Brussels', 'Asia/Tokyo', 'America/New_York', 'Pacific/Kiritimati', 'Pacific/Honolulu', 'Asia/Kolkata', 'America/Los_Angeles'];
  const zone = zones.find((z) => { const { hour } = localParts(now, z); return hour >= DIGEST_HOUR + 2 && hour <= 22; });
  if (!zone) throw new Error('No listed zone is past the digest hour now');
  return zone;
}

/** Publishes a public announcement in D1 now. */
async function publish(title: string): Promise<void> {
  const store = createD1Store(runtime.d1);
  const news = createAnnouncements(store.db, store.write);
  const draft = await news.create({
    title: { en: title }, text: { en: 'Agenda inside.' }, eventIds: [], resourceIds: [], audience: { countries: [], focusAreas: [] }, public: true,
  }, WHO);
  await news.publish(draft.id, draft.revision, WHO);
}

/** Runs the Worker's Cron Trigger once. */
const cronRun = async () => (await runtime.miniflare.getWorker('thb-api')).scheduled({ scheduledTime: new Date(), cron: '*/5 * * * *' });

describe('the notification digest on the Worker (D1, workerd, Cron Trigger)', { timeout: 60_000 }, () => {
  it('builds the daily digest in the Cron Trigger\'s run, queues it in D1 and sends it, once per period', async () => {
    const cookie = await signIn(PERSON);
    const timeZone = zoneAfterDigestHour();
    const saved = await call('/v1/me/notifications', {
      method: 'PUT', headers: { cookie, origin: PUBLIC_URL, 'content-type': 'application/json' }, body: JSON.stringify({ timeZone }),
    });
    expect(saved.status).toBe(200);
    expect(await saved.json()).toMatchObject({ timeZone, kinds: { announcements: { cadence: 'daily' } } });

    await publish('Platform meeting in Vienna');
    const store = createD1Store(runtime.d1);
    const queue = createMailQueue(store.db);
    const digests = async () => (await queue.list()).filter((mail) => mail.recipient === PERSON && mail.subject === 'Your daily THB platform digest');
    expect(await digests()).toEqual([]);

    expect((await cronRun()).outcome).toBe('ok');
    const mail = await runtime.mail.next(PERSON);
    expect(mail.subject).toBe('Your daily THB platform digest');
    expect(mail.text).toContain('Platform meeting in Vienna');
    expect(mail.text).toContain(`${PUBLIC_URL}/portal/#/notifications`);
    // The one-click unsubscribe headers survive the Email binding (mailparser folds List-* away, so the raw lines).
    expect(mail.raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
    expect(mail.raw).toMatch(/^List-Unsubscribe: <http:\/\/thb\.test\/v1\/notifications\/unsubscribe\?token=/m);
    // Queued in D1 by the run, and sent by the same run's delivery.
    expect(await digests()).toEqual([expect.objectContaining({ status: 'sent', attempts: 1 })]);
    const person = (await createNotifications(store.db).people()).find((p) => p.email === PERSON)!;
    expect((await createNotifications(store.db).watermarks(person.id)).announcements?.lastSentAt).toEqual(expect.any(String));

    // The next five minutes' run: the period's digest went, nothing new, no second mail.
    const sentBefore = runtime.mail.count;
    expect((await cronRun()).outcome).toBe('ok');
    expect(await digests()).toHaveLength(1);
    expect(runtime.mail.count).toBe(sentBefore);
  });
});
