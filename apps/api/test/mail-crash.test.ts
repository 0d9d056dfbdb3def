/**
 * Crash test of the mail queue: the built server acknowledges a sign-in request while its SMTP
 * server is down and is killed with SIGKILL before it could deliver the mail. Restarted on the
 * same folder with the SMTP server up, it delivers the mail, and its link signs the person in.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { runBuiltServer, type BuiltServer } from './support/built-server.ts';
import { freePort, startSmtpTestServer, type SmtpTestServer } from './support/smtp-test-server.ts';

const PUBLIC_URL = 'http://thb.test';

let folder: string | undefined;
afterAll(() => (folder ? rm(folder, { recursive: true, force: true }) : undefined));

/** The queue's rows, read from the file while the server runs, as an operator would. */
function queueRows(file: string): { recipient: string; attempts: number; sent_at: string | null; last_error: string | null }[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare('select recipient, attempts, sent_at, last_error from mail_queue').all() as ReturnType<typeof queueRows>;
  } finally {
    db.close();
  }
}

describe('the built server killed with SIGKILL before it delivered a mail', () => {
  it('delivers the acknowledged sign-in mail after a restart', async () => {
    folder = await mkdtemp(join(tmpdir(), 'thb-mail-crash-'));
    const file = join(folder, 'thb.sqlite');
    const port = await freePort();
    const env = {
      PORT: '0', DATA_DIR: folder, PUBLIC_URL, SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_RETRY_SECONDS: '1',
      AUTH_SECRET: 'mail-crash-secret-of-at-least-thirty-two-characters',
    };
    let server: BuiltServer | undefined = runBuiltServer(env);
    let smtp: SmtpTestServer | undefined;
    try {
      const base = await server.listening;
      const asked = await fetch(`${base}/v1/auth/sign-in/magic-link`, {
        method: 'POST', headers: { 'content-type': 'application/json', origin: PUBLIC_URL, 'accept-language': 'de' },
        body: JSON.stringify({ email: 'ana@ngo.test' }),
      });
      expect(asked.status).toBe(200);
      // The server tried, found nobody listening, and keeps the mail for a retry.
      await expect.poll(() => queueRows(file)[0]?.last_error ?? null, { timeout: 10_000 }).toMatch(/ECONNREFUSED/);
      expect(queueRows(file)).toMatchObject([{ recipient: 'ana@ngo.test', sent_at: null }]);
      server.child.kill('SIGKILL');
      await server.exited;
      server = undefined;

      smtp = await startSmtpTestServer({ port });
      server = runBuiltServer(env);
      const restarted = await server.listening;
      const { parsed, envelope } = await smtp.next();
      expect(envelope.to).toEqual(['ana@ngo.test']);
      expect(parsed.subject).toBe('Anmeldung bei der EU-Plattform der Zivilgesellschaft gegen Menschenhandel');
      const link = /http:\/\/thb\.test\/v1\/auth\/confirm\?\S+/.exec(parsed.text ?? '')?.[0];
      expect(link, parsed.text).toBeDefined();
      await expect.poll(() => queueRows(file)[0]?.sent_at ?? null).not.toBeNull();

      // The link still works on the restarted server: the mail was the one acknowledged.
      const token = new URL(link!).searchParams.get('token')!;
      const confirmed = await fetch(`${restarted}/v1/auth/confirm`, {
        method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: PUBLIC_URL },
        body: new URLSearchParams({ token }).toString(),
      });
      expect(confirmed.status).toBe(303);
      expect(smtp.received).toHaveLength(1);
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
      server = undefined;
    } finally {
      server?.child.kill('SIGKILL');
      await smtp?.close();
    }
  }, 60_000);

  it('without SMTP_URL writes the mail to the outbox and prints its link within a second or two', async () => {
    const demo = await mkdtemp(join(tmpdir(), 'thb-mail-outbox-'));
    const server = runBuiltServer({ PORT: '0', DATA_DIR: demo, PUBLIC_URL, AUTH_SECRET: 'mail-outbox-secret-of-at-least-thirty-two-characters' });
    try {
      const base = await server.listening;
      const started = Date.now();
      const asked = await fetch(`${base}/v1/auth/sign-in/magic-link`, {
        method: 'POST', headers: { 'content-type': 'application/json', origin: PUBLIC_URL }, body: JSON.stringify({ email: 'demo@ngo.test' }),
      });
      expect(asked.status).toBe(200);
      await expect.poll(() => /Mail to demo@ngo\.test: .* http:\/\/thb\.test\/v1\/auth\/confirm\?token=\S+ \(.*outbox.*\.eml\)/.test(server.output()), { timeout: 5_000 }).toBe(true);
      expect(Date.now() - started).toBeLessThan(2_500);
      expect(queueRows(join(demo, 'thb.sqlite'))).toMatchObject([{ recipient: 'demo@ngo.test', attempts: 1, last_error: null }]);
    } finally {
      server.child.kill('SIGKILL');
      await server.exited;
      await rm(demo, { recursive: true, force: true });
    }
  }, 60_000);
});
