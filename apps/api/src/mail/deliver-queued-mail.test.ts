import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMailQueue } from '@thb/store/mail-queue';
import { openSqliteStore } from '@thb/store/sqlite';
import type { KyselyPlatformStore } from '@thb/store';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freePort, startSmtpTestServer, type SmtpTestServer } from '../../test/support/smtp-test-server.ts';
import { createSmtpMailer } from '../node/mail/smtp-mailer.ts';
import { signInMail } from './templates/index.ts';
import { createQueuedMailer, deliverQueuedMail, startMailDelivery } from './index.ts';

const FROM = 'THB Platform Kit <no-reply@thb.example.org>';
const LINK = 'https://thb.example.org/v1/auth/confirm?token=abc123';

/** A clock the test moves by hand. */
function clock() {
  let at = Date.now();
  return { now: () => new Date(at), advance: (ms: number) => { at += ms; } };
}

describe('queued mail through a real SMTP server', () => {
  let folder: string;
  let store: KyselyPlatformStore;
  let smtp: SmtpTestServer | undefined;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'thb-mail-queue-'));
    store = await openSqliteStore({ file: join(folder, 'thb.sqlite') });
  });
  afterEach(async () => {
    await smtp?.close();
    smtp = undefined;
    await store.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('acknowledges a mail once it is queued, and delivers it with both parts', async () => {
    smtp = await startSmtpTestServer();
    const queue = createMailQueue(store.db);
    await createQueuedMailer(queue).send(signInMail({ to: 'Ana <ana@ngo.example.org>', language: 'fr', url: LINK, minutes: 15 }));
    expect(smtp.received).toEqual([]);
    expect(await queue.list()).toMatchObject([{ recipient: 'Ana <ana@ngo.example.org>', status: 'waiting', attempts: 0 }]);
    expect(await deliverQueuedMail(queue, createSmtpMailer({ smtpUrl: smtp.url(), from: FROM }))).toEqual({ sent: 1, failed: 0 });
    const { parsed, envelope } = await smtp.next();
    expect(envelope.to).toEqual(['ana@ngo.example.org']);
    expect(parsed.subject).toContain('Connexion');
    expect(parsed.text).toContain(LINK);
    expect(parsed.html).toContain('<html lang="fr">');
    expect(await queue.list()).toMatchObject([{ status: 'sent', attempts: 1, lastError: null }]);
  });

  it('keeps a mail while the SMTP server is down and sends it once it is up again', async () => {
    const port = await freePort();
    const time = clock();
    const queue = createMailQueue(store.db, { now: time.now });
    const transport = createSmtpMailer({ smtpUrl: `smtp://127.0.0.1:${port}`, from: FROM });
    const lines: string[] = [];
    await createQueuedMailer(queue).send({ to: 'ana@ngo.example.org', subject: 'Decision', text: 'Approved.' });
    expect(await deliverQueuedMail(queue, transport, { log: (line) => lines.push(line) })).toEqual({ sent: 0, failed: 1 });
    expect(lines).toEqual([expect.stringMatching(/attempt 1\) failed: .*ECONNREFUSED.*; next attempt at /)]);
    const [waiting] = await queue.list();
    expect(waiting).toMatchObject({ status: 'waiting', attempts: 1, lastError: expect.stringContaining('ECONNREFUSED') });

    smtp = await startSmtpTestServer({ port });
    // Not before its backoff is over.
    expect(await deliverQueuedMail(queue, transport)).toEqual({ sent: 0, failed: 0 });
    time.advance(15_000);
    expect(await deliverQueuedMail(queue, transport)).toEqual({ sent: 1, failed: 0 });
    expect((await smtp.next()).parsed.text?.trim()).toBe('Approved.');
    expect(await queue.list()).toMatchObject([{ status: 'sent', attempts: 2 }]);
  });

  it('delivers at start what an earlier process left, and each mail queued later at once', async () => {
    smtp = await startSmtpTestServer();
    const queue = createMailQueue(store.db);
    await queue.enqueue({ recipient: 'left@ngo.example.org', subject: 'Left behind', text: 'From before the restart.' });
    const delivery = startMailDelivery(queue, createSmtpMailer({ smtpUrl: smtp.url(), from: FROM }), { retryEveryMs: 60_000 });
    try {
      expect((await smtp.next()).envelope.to).toEqual(['left@ngo.example.org']);
      const mailer = createQueuedMailer(queue, () => void delivery.kick());
      const started = Date.now();
      await Promise.all(['a', 'b', 'c'].map((name) => mailer.send({ to: `${name}@ngo.example.org`, subject: name, text: name })));
      const arrived = [await smtp.next(), await smtp.next(), await smtp.next()];
      expect(arrived.map((mail) => mail.parsed.subject).sort()).toEqual(['a', 'b', 'c']);
      // Well before the retry timer's minute: the kicks sent them.
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      await delivery.stop();
    }
    expect((await queue.list({ status: 'sent' })).length).toBe(4);
    expect(smtp.received.length).toBe(4);
  });

  it('names each mail by its queue id in its Message-ID, and never sends one whose claim ran out while others went first', async () => {
    smtp = await startSmtpTestServer({ delayMs: 800 });
    const queue = createMailQueue(store.db, { claimMs: 500 });
    const transport = createSmtpMailer({ smtpUrl: smtp.url(), from: FROM });
    const ids = [await queue.enqueue({ recipient: 'a@ngo.example.org', subject: 'a', text: 'a' })];
    ids.push(await queue.enqueue({ recipient: 'b@ngo.example.org', subject: 'b', text: 'b' }));
    // One claim takes both; sending the first outlasts the claim, so the second is claimed anew
    // (attempt 2) rather than sent on a claim another deliverer may hold by now.
    expect(await deliverQueuedMail(queue, transport, { batchSize: 2 })).toEqual({ sent: 2, failed: 0 });
    expect((await queue.list()).map((mail) => [mail.subject, mail.attempts]).sort()).toEqual([['a', 1], ['b', 2]]);
    expect(smtp.received.map((mail) => mail.parsed.messageId)).toEqual(ids.map((id) => `<${id}@thb.example.org>`));
  });
  it('sends several recipients\' mails at once over the pooled connections, and one recipient\'s in their order', async () => {
    smtp = await startSmtpTestServer({ delayMs: 1000 });
    const queue = createMailQueue(store.db);
    const transport = createSmtpMailer({ smtpUrl: smtp.url(), from: FROM });
    for (const n of [1, 2]) {
      for (const recipient of ['a', 'b', 'c']) await queue.enqueue({ recipient: `${recipient}@ngo.example.org`, subject: `${recipient}${n}`, text: 'x' });
      // The queue orders by queue time, to the millisecond: the second ones come a moment later.
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const started = Date.now();
    expect(await deliverQueuedMail(queue, transport, { concurrency: 3 })).toEqual({ sent: 6, failed: 0 });
    // Six mails the server takes a second each to accept: one after another would take six
    // seconds at least; three at a time take two rounds (and the connections' setup).
    expect(Date.now() - started).toBeLessThan(5000);
    const subjects = smtp.received.map((mail) => mail.parsed.subject);
    for (const recipient of ['a', 'b', 'c']) {
      expect(subjects.filter((subject) => subject?.startsWith(recipient))).toEqual([`${recipient}1`, `${recipient}2`]);
    }
  });
});
