/**
 * Crash test of a draining mail queue: 200 mails are queued in a real SQLite file, the built
 * server drains them to a slow real SMTP server and is killed with SIGKILL halfway. Restarted,
 * it delivers the rest: none is lost, and the only copy that can arrive twice is the one that
 * was in flight at the kill (the deliverer sends one mail at a time), with the same Message-ID,
 * so a receiver drops it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteStore } from '@thb/store/sqlite';
import { afterAll, describe, expect, it } from 'vitest';
import { runBuiltServer, type BuiltServer } from './support/built-server.ts';
import { SMTP_CONNECTIONS } from '../src/node/mail/smtp-mailer.ts';
import { countByMessageId, duplicatesOf, messageIdOf, queueMails } from './support/mail-drain.ts';
import { startSmtpTestServer, type SmtpTestServer } from './support/smtp-test-server.ts';

const MAILS = 200;
/** Mails one Node process sends at once over SMTP: its pool's connections. */
const IN_FLIGHT_PER_PROCESS = SMTP_CONNECTIONS;

let folder: string | undefined;
afterAll(() => (folder ? rm(folder, { recursive: true, force: true }) : undefined));

/** How many of the queue's mails are marked sent, read from the file as an operator would. */
function sentCount(file: string): number {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('select count(*) as sent from mail_queue where sent_at is not null').get() as { sent: number }).sent;
  } finally {
    db.close();
  }
}

describe('the built server killed with SIGKILL while 200 queued mails drain', () => {
  it('delivers every mail after a restart, a copy at most of those in flight, under its Message-ID', async () => {
    folder = await mkdtemp(join(tmpdir(), 'thb-mail-drain-'));
    const file = join(folder, 'thb.sqlite');
    const store = await openSqliteStore({ file });
    const ids = await queueMails(store, MAILS, 'Drain');
    await store.close();

    const smtp: SmtpTestServer = await startSmtpTestServer({ delayMs: 25 });
    // A short claim, so the mails the killed process held come back within seconds.
    const env = {
      PORT: '0', DATA_DIR: folder, SMTP_URL: smtp.url(), MAIL_RETRY_SECONDS: '1', MAIL_CLAIM_SECONDS: '2',
      AUTH_SECRET: 'mail-drain-secret-of-at-least-thirty-two-characters',
    };
    let server: BuiltServer | undefined = runBuiltServer(env);
    try {
      await server.listening;
      await expect.poll(() => smtp.received.length, { timeout: 30_000, interval: 20 }).toBeGreaterThanOrEqual(MAILS / 4);
      server.child.kill('SIGKILL');
      await server.exited;
      server = undefined;
      const beforeRestart = smtp.received.length;
      expect(beforeRestart).toBeLessThan(MAILS);
      // Every mail marked sent was received; at most the one in flight was received but not marked.
      const marked = sentCount(file);
      expect(beforeRestart - marked).toBeGreaterThanOrEqual(0);
      expect(beforeRestart - marked).toBeLessThanOrEqual(IN_FLIGHT_PER_PROCESS);

      server = runBuiltServer(env);
      await server.listening;
      await expect.poll(() => sentCount(file), { timeout: 120_000, interval: 100 }).toBe(MAILS);
      const { counts, idsPerSubject } = countByMessageId(smtp.received);
      expect([...counts.keys()].sort()).toEqual(ids.map(messageIdOf).sort());
      expect(duplicatesOf(counts)).toBeLessThanOrEqual(IN_FLIGHT_PER_PROCESS);
      // A copy is the same message to the receiver: never one mail under two Message-IDs.
      expect([...idsPerSubject.values()].every((set) => set.size === 1)).toBe(true);
      expect(idsPerSubject.size).toBe(MAILS);
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
      server = undefined;
    } finally {
      server?.child.kill('SIGKILL');
      await smtp.close();
    }
  }, 240_000);
});
