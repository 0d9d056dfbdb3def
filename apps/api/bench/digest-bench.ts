/**
 * The daily digest for 10,000 generated people (issue 13's benchmark): the digest job builds each
 * person's mail and queues it with its watermarks on a SQLite file, then the queue is delivered
 * through a real SMTP server (smtp-server, in this process) by the server's own SMTP mailer (its
 * pool of connections, as many mails at once as the Node server sends). Prints messages per
 * second and total time for building and for sending. Figures are printed, never asserted.
 * Run it alone with `pnpm bench digest` (or `pnpm --filter @thb/api bench:digest`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { createAnnouncements } from '@thb/store/announcements';
import { createMailQueue } from '@thb/store/mail-queue';
import { createNotifications } from '@thb/store/notifications';
import { openSqliteStore } from '@thb/store/sqlite';
import { deliverQueuedMail } from '../src/mail/deliver-queued-mail.ts';
import { createSmtpMailer, SMTP_CONNECTIONS } from '../src/node/mail/smtp-mailer.ts';
import { runDigests } from '../src/notifications/digest-job.ts';

const PEOPLE = Number(process.env.DIGEST_BENCH_PEOPLE ?? 10_000);
const LANGUAGES = ['en', 'de', 'fr', 'it'];
const DAY_MS = 24 * 60 * 60 * 1000;

const dir = mkdtempSync(join(tmpdir(), 'thb-digest-bench-'));
const store = await openSqliteStore({ file: join(dir, 'store.sqlite') });
let received = 0;
const server = new SMTPServer({
  // No reverse lookup of each connecting client: there is no DNS to ask here, and each try would wait for it.
  authOptional: true, disabledCommands: ['STARTTLS'], disableReverseLookup: true, logger: false,
  onData(stream, _session, callback) {
    stream.on('data', () => undefined);
    stream.on('end', () => { received += 1; callback(); });
  },
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
try {
  const joined = new Date(Date.now() - 2 * DAY_MS).toISOString();
  // The people, straight into Better Auth's table, and their preferences, in batches.
  for (let start = 0; start < PEOPLE; start += 500) {
    const ids = Array.from({ length: Math.min(500, PEOPLE - start) }, (_, i) => start + i);
    await store.db.transaction().execute(async (trx) => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Better Auth's tables are not in the store's schema type
      const any = trx as any;
      await any.insertInto('user').values(ids.map((i) => ({
        id: `person-${String(i).padStart(6, '0')}`, name: `Person ${i}`, email: `person${i}@bench.test`, emailVerified: 1, createdAt: joined, updatedAt: joined,
      }))).execute();
      await any.insertInto('notification_preference').values(ids.map((i) => ({
        person_id: `person-${String(i).padStart(6, '0')}`, updated_at: joined,
        preferences: JSON.stringify({ language: LANGUAGES[i % LANGUAGES.length], timeZone: 'Europe/Brussels', kinds: {} }),
      }))).execute();
    });
  }
  const news = createAnnouncements(store.db, store.write, () => new Date(Date.now() - DAY_MS));
  const who = { actor: 'cli', label: 'bench', route: 'bench' };
  for (let n = 1; n <= 5; n += 1) {
    const draft = await news.create({
      title: { en: `Announcement ${n}`, de: `Mitteilung ${n}`, fr: `Annonce ${n}` }, text: { en: 'Text' },
      eventIds: [], resourceIds: [], audience: { countries: [], focusAreas: [] }, public: true,
    }, who);
    await news.publish(draft.id, draft.revision, who);
  }
  // 09:00 in Brussels today: everyone's daily digest is due.
  const at = new Date(Math.floor(Date.now() / DAY_MS) * DAY_MS + 8 * 60 * 60 * 1000);
  const queue = createMailQueue(store.db);
  const buildStart = performance.now();
  const result = await runDigests({
    notifications: createNotifications(store.db), queue, write: store.write,
    secret: 'bench-secret-of-at-least-thirty-two-characters', publicUrl: 'https://thb.example.eu',
  }, at);
  const buildMs = performance.now() - buildStart;

  const { port } = server.server.address() as AddressInfo;
  const transport = createSmtpMailer({ smtpUrl: `smtp://127.0.0.1:${port}`, from: 'THB <no-reply@thb.invalid>' });
  const sendStart = performance.now();
  const report = await deliverQueuedMail(queue, transport, { batchSize: 200, concurrency: SMTP_CONNECTIONS });
  const sendMs = performance.now() - sendStart;

  const rate = (count: number, ms: number) => (ms > 0 ? Math.round((count * 1000) / ms) : 0);
  console.log(`Daily digest for ${PEOPLE} people (SQLite, smtp-server in process)`);
  console.log(`| step | messages | total s | messages/s |`);
  console.log(`| --- | ---: | ---: | ---: |`);
  console.log(`| build and queue (with watermarks) | ${result.queued} | ${(buildMs / 1000).toFixed(2)} | ${rate(result.queued, buildMs)} |`);
  console.log(`| send through SMTP | ${report.sent} | ${(sendMs / 1000).toFixed(2)} | ${rate(report.sent, sendMs)} |`);
  console.log(`| together | ${received} received | ${((buildMs + sendMs) / 1000).toFixed(2)} | ${rate(received, buildMs + sendMs)} |`);
  if (result.queued !== PEOPLE || report.sent !== PEOPLE || received !== PEOPLE) {
    console.error(`Expected ${PEOPLE} digests, queued ${result.queued}, sent ${report.sent}, received ${received}`);
    process.exitCode = 1;
  }
} finally {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
