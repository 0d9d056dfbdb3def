/**
 * Two built servers on one PostgreSQL database drain one mail queue to a slow real SMTP server.
 * While both live, each of 200 mails arrives exactly once (a claim is a conditional update, so
 * no two processes hold a mail at once). Then one is killed with SIGKILL while 200 more drain:
 * the other sends the rest, the killed one's held mails after the claim runs out
 * (`MAIL_CLAIM_SECONDS`), and at most the one it had in flight arrives twice, under its Message-ID.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '@thb/store/demo';
import { openPostgresStore } from '@thb/store/postgres';
import { createTestDatabase, TEST_NOW, type TestDatabase } from '@thb/store/testing';
import { runBuiltServer, type BuiltServer } from './support/built-server.ts';
import { SMTP_CONNECTIONS } from '../src/node/mail/smtp-mailer.ts';
import { countByMessageId, duplicatesOf, messageIdOf, queueMails } from './support/mail-drain.ts';
import { startSmtpTestServer, type SmtpTestServer } from './support/smtp-test-server.ts';

const MAILS = 200;
/** Mails one Node process sends at once over SMTP: its pool's connections. */
const IN_FLIGHT_PER_PROCESS = SMTP_CONNECTIONS;

let database: TestDatabase | undefined;
let folder: string | undefined;
afterAll(async () => {
  await database?.drop();
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe('two built servers on one PostgreSQL database draining one mail queue', () => {
  it('send each mail once while both live, and the survivor sends all of a killed one\'s', async () => {
    // Created here rather than in a hook, so that a missing server fails this test, never skips it.
    database = await createTestDatabase('mail_drain');
    folder = await mkdtemp(join(tmpdir(), 'thb-mail-drain-pg-'));
    const store = await openPostgresStore({ connectionString: database.url, poolSize: 1, seed: (s) => seedDemoData(s, TEST_NOW) });
    const smtp: SmtpTestServer = await startSmtpTestServer({ delayMs: 25 });
    const env = {
      PORT: '0', DATABASE_URL: database.url, DATA_DIR: join(folder, 'no-sqlite-here'), SMTP_URL: smtp.url(),
      MAIL_RETRY_SECONDS: '1', MAIL_CLAIM_SECONDS: '3', AUTH_SECRET: 'mail-drain-secret-of-at-least-thirty-two-characters',
    };
    const servers: (BuiltServer | undefined)[] = [runBuiltServer(env), runBuiltServer(env)];
    try {
      await Promise.all(servers.map((server) => server!.listening));
      // Queued while both run: their timers (every MAIL_RETRY_SECONDS) find the mails together.
      const first = await queueMails(store, MAILS, 'Shared');
      await expect.poll(() => smtp.received.length, { timeout: 120_000, interval: 50 }).toBeGreaterThanOrEqual(MAILS);
      const shared = countByMessageId(smtp.received);
      expect([...shared.counts.keys()].sort()).toEqual(first.map(messageIdOf).sort());
      expect(duplicatesOf(shared.counts)).toBe(0);

      const second = await queueMails(store, MAILS, 'Killed');
      await expect.poll(() => smtp.received.length, { timeout: 30_000, interval: 20 }).toBeGreaterThanOrEqual(MAILS + MAILS / 4);
      servers[0]!.child.kill('SIGKILL');
      await servers[0]!.exited;
      servers[0] = undefined;
      expect(smtp.received.length).toBeLessThan(2 * MAILS);

      const unsent = () => store.db.selectFrom('mail_queue').select((eb) => eb.fn.countAll<string>().as('count'))
        .where('sent_at', 'is', null).executeTakeFirstOrThrow().then((row) => Number(row.count));
      await expect.poll(unsent, { timeout: 120_000, interval: 200 }).toBe(0);
      const afterKill = countByMessageId(smtp.received.slice(MAILS));
      expect([...afterKill.counts.keys()].sort()).toEqual(second.map(messageIdOf).sort());
      expect(duplicatesOf(afterKill.counts)).toBeLessThanOrEqual(IN_FLIGHT_PER_PROCESS);
      // A copy is the same message to the receiver: never one mail under two Message-IDs.
      expect([...afterKill.idsPerSubject.values()].every((ids) => ids.size === 1)).toBe(true);
      servers[1]!.child.kill('SIGTERM');
      expect(await servers[1]!.exited).toBe(0);
      servers[1] = undefined;
    } finally {
      for (const server of servers) server?.child.kill('SIGKILL');
      await smtp.close();
      await store.close();
    }
  }, 300_000);
});
