/**
 * The digest end to end on a real SQLite file: preferences set over HTTP, an announcement
 * published, the job run at chosen times, the mail queue drained into a real SMTP server and each
 * mail read by mailparser; then the RFC 8058 one-click unsubscribe with the mail's own token.
 */
import type { ParsedMail } from 'mailparser';
import { transactionBatch } from '@thb/store';
import { createAnnouncements } from '@thb/store/announcements';
import { createMailQueue } from '@thb/store/mail-queue';
import { createNotifications } from '@thb/store/notifications';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HARNESS_SECRET, openAccountsHarness, signIn, sessionOf, type AccountsHarness } from '../../test/support/accounts-harness.ts';
import { deliverQueuedMail } from '../mail/deliver-queued-mail.ts';
import { runDigests, type DigestJobOptions } from './digest-job.ts';

const ANA = 'ana@digest.test'; // English, every kind daily (the default)
const BEA = 'bea@digest.test'; // German, announcements immediately
const CHLOE = 'chloe@digest.test'; // French, daily
const DAN = 'dan@digest.test'; // everything off

let h: AccountsHarness;
let job: DigestJobOptions;
const cookies = new Map<string, string>();
const DAY_MS = 24 * 60 * 60 * 1000;
// Tomorrow (UTC): 04:00Z is 05:00 in Brussels, before the digest hour; 07:00Z is 08:00, after it.
const tomorrow = new Date(Math.floor(Date.now() / DAY_MS) * DAY_MS + DAY_MS);
const at = (day: number, hourUtc: number) => new Date(tomorrow.getTime() + day * DAY_MS + hourUtc * 60 * 60 * 1000);

async function put(email: string, body: unknown, cookie = cookies.get(email)!): Promise<Response> {
  return h.app.request('/v1/me/notifications', {
    method: 'PUT', headers: { 'content-type': 'application/json', cookie, origin: h.publicUrl }, body: JSON.stringify(body),
  });
}

/** Runs the job at a time, delivers what it queued, and returns the mails by recipient. */
async function runAt(when: Date): Promise<Map<string, ParsedMail>> {
  const before = h.inbox.received.length;
  const result = await runDigests(job, when);
  const report = await deliverQueuedMail(createMailQueue(h.db), h.inbox.mailer);
  expect(report.sent).toBe(result.queued);
  const mails = h.inbox.received.slice(before);
  return new Map(mails.map((m) => [(Array.isArray(m.to) ? m.to[0] : m.to)!.value[0]!.address!, m]));
}

beforeAll(async () => {
  h = await openAccountsHarness('SQLite', { notifications: ({ db, secret }) => ({ notifications: createNotifications(db), secret }) });
  for (const email of [ANA, BEA, CHLOE, DAN]) cookies.set(email, await signIn(h, email));
  job = { notifications: createNotifications(h.db), queue: createMailQueue(h.db), write: transactionBatch(h.db), secret: HARNESS_SECRET, publicUrl: h.publicUrl };
  expect((await put(BEA, { language: 'de', kinds: { announcements: { cadence: 'immediate' } } })).status).toBe(200);
  expect((await put(CHLOE, { language: 'fr' })).status).toBe(200);
  const off = { cadence: 'off' };
  expect((await put(DAN, { kinds: { announcements: off, members: off, resources: off, events: off, reviews: off } })).status).toBe(200);
  const news = createAnnouncements(h.db, transactionBatch(h.db));
  const who = { actor: 'person:secretariat', label: 'secretariat@commission.test', route: 'test' };
  const draft = await news.create({
    title: { en: 'Platform meeting <in> Brussels', de: 'Plattformtreffen in Brüssel', fr: 'Réunion de la plateforme à Bruxelles' },
    text: { en: 'See you there.' }, eventIds: [], resourceIds: [], audience: { countries: [], focusAreas: [] }, public: true,
  }, who);
  await news.publish(draft.id, draft.revision, who);
});
afterAll(async () => h?.close());

describe('notification settings', () => {
  it('reads the defaults, stores a change and refuses bad input with a problem', async () => {
    const defaults = await h.app.request('/v1/me/notifications', { headers: { cookie: cookies.get(ANA)! } });
    expect(defaults.status).toBe(200);
    expect(await defaults.json()).toMatchObject({ language: 'en', timeZone: 'Europe/Brussels', kinds: { events: { cadence: 'daily' } } });
    const bad = await put(ANA, { kinds: { events: { cadence: 'hourly' } } });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    expect((await put(ANA, { timeZone: 'Not/AZone' })).status).toBe(400);
    const anonymous = await h.app.request('/v1/me/notifications');
    expect(anonymous.status).toBe(401);
  });
});

describe('the digest', () => {
  it('sends immediately only to who chose it, then one daily digest at the due time, never twice, never empty', async () => {
    const early = await runAt(at(0, 4));
    expect([...early.keys()]).toEqual([BEA]);
    const bea = early.get(BEA)!;
    expect(bea.subject).toBe('Neu auf der THB-Plattform');
    expect(bea.text).toContain('Plattformtreffen in Brüssel');
    expect(bea.html).toContain('<html lang="de"');

    const due = await runAt(at(0, 7));
    expect([...due.keys()].sort()).toEqual([ANA, CHLOE]);
    const ana = due.get(ANA)!;
    expect(ana.subject).toBe('Your daily THB platform digest');
    expect(ana.text).toContain('Platform meeting <in> Brussels');
    expect(ana.html).toContain('Platform meeting &lt;in&gt; Brussels');
    expect(ana.html).not.toContain('<in>');
    expect(ana.text).toContain(`${h.publicUrl}/portal/#/notifications`);
    const chloe = due.get(CHLOE)!;
    expect(chloe.subject).toBe('Votre résumé quotidien de la plateforme THB');
    expect(chloe.text).toContain('Réunion de la plateforme à Bruxelles');

    // The same day again, and the next day with nothing new: nothing at all.
    expect((await runAt(at(0, 9))).size).toBe(0);
    expect((await runAt(at(1, 8))).size).toBe(0);
  });

  it('carries RFC 8058 headers whose one-click POST turns the kinds off without sign-in', async () => {
    const ana = h.inbox.received.find((m) => m.subject === 'Your daily THB platform digest')!;
    // The raw header lines, as a mail program reads them (mailparser folds List-* into `list`).
    const line = (name: string) => ana.headerLines.find((l) => l.key === name)?.line.replace(/^[^:]+:\s*/, '').replace(/\r?\n\s+/g, ' ') ?? '';
    expect(line('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    const raw = line('list-unsubscribe');
    const url = new URL(/<(https?:\/\/[^>]+)>/.exec(raw)?.[1] ?? 'about:blank');
    expect(url.origin).toBe(h.publicUrl);
    expect(url.pathname).toBe('/v1/notifications/unsubscribe');
    const path = `${url.pathname}${url.search}`;

    const confirm = await h.app.request(path);
    expect(confirm.status).toBe(200);
    expect(await confirm.text()).toContain('<form method="post"');

    const forged = `${url.pathname}?token=${encodeURIComponent(url.searchParams.get('token')!.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')))}`;
    const refused = await h.app.request(forged, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(refused.status).toBe(400);

    const done = await h.app.request(path, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(done.status).toBe(200);
    const session = await sessionOf(h, cookies.get(ANA)!);
    const prefs = await createNotifications(h.db).getPreferences(session!.user.id);
    expect(prefs.kinds.announcements.cadence).toBe('off');
    expect(prefs.kinds.events.cadence).toBe('daily');
  });
});
