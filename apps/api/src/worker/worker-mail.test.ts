/**
 * Mail on the Worker under workerd: a mail that could not be sent stays in D1's queue, the Cron
 * Trigger's run tries it again (while sending still fails it stays queued) and delivers it once
 * the Email binding takes it. The binding first refuses the recipient (the mail service "down"),
 * then workerd restarts with one that takes everything, on the same D1 files.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createD1Store, migrateD1 } from '@thb/store/d1';
import { createMailQueue, type QueuedMailInfo } from '@thb/store/mail-queue';
import { seedTestData } from '../../test/support/test-store.ts';
import { startWorkerRuntime, type WorkerRuntime } from '../../test/support/worker-runtime.ts';

const PUBLIC_URL = 'http://thb.test';
const WORKER = 'thb-api';
/** A binding that sends to one address only, as Email Routing's do. */
const REFUSING = { [WORKER]: { email: { send_email: [{ name: 'MAIL', allowed_destination_addresses: ['postmaster@thb.test'] }] } } };
const PERSON = 'late@ngo.test';
let runtime: WorkerRuntime;
let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'thb-worker-mail-'));
  runtime = await startWorkerRuntime({
    databaseId: `mail-${randomBytes(4).toString('hex')}`,
    d1Persist: folder,
    mail: true,
    bindings: { AUTH_SECRET: 'b'.repeat(40), PUBLIC_URL, MAIL_FROM: 'no-reply@thb.test', MAIL_RETRY_SECONDS: '1' },
    workerOptions: REFUSING,
  });
  await migrateD1(runtime.d1);
  await seedTestData(createD1Store(runtime.d1));
}, 120_000);
afterAll(async () => {
  await runtime?.dispose();
  await rm(folder, { recursive: true, force: true });
});

/** The queue's row of the one mail to {@link PERSON}, once `ready` holds for it. */
async function queuedMail(ready: (mail: QueuedMailInfo) => boolean): Promise<QueuedMailInfo> {
  const queue = createMailQueue(createD1Store(runtime.d1).db);
  const deadline = Date.now() + 15_000;
  for (;;) {
    const mail = (await queue.list()).find((row) => row.recipient === PERSON);
    if (mail && ready(mail)) return mail;
    if (Date.now() > deadline) throw new Error(`The mail to ${PERSON} is not as expected: ${JSON.stringify(mail)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits until the mail's next attempt is due, then runs the Cron Trigger. */
async function cronRun() {
  const { nextAttemptAt } = await queuedMail((mail) => mail.nextAttemptAt !== null);
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, Date.parse(nextAttemptAt!) - Date.now() + 50)));
  return (await runtime.miniflare.getWorker(WORKER)).scheduled({ scheduledTime: new Date(), cron: '*/5 * * * *' });
}

describe('queued mail on the Worker (D1, workerd, send_email)', { timeout: 60_000 }, () => {
  it('keeps a sign-in mail the binding refused, and the Cron Trigger delivers it once sending works', async () => {
    const asked = await fetch(`${runtime.url}/v1/auth/sign-in/magic-link`, {
      method: 'POST', headers: { 'content-type': 'application/json', origin: PUBLIC_URL }, body: JSON.stringify({ email: PERSON }),
    });
    // Acknowledged: the mail is a committed row, whatever happens to its sending.
    expect(asked.status).toBe(200);
    const failed = await queuedMail((mail) => mail.attempts === 1 && mail.lastError !== null);
    expect(failed).toMatchObject({ status: 'waiting', sentAt: null, lastError: expect.stringContaining('not allowed') });

    // A cron run while sending still fails: one more attempt, and the mail stays queued.
    expect((await cronRun()).outcome).toBe('ok');
    expect(await queuedMail((mail) => mail.attempts === 2)).toMatchObject({ status: 'waiting', sentAt: null });
    expect(runtime.mail.count).toBe(0);

    await runtime.reconfigure({ workerOptions: {} });
    expect((await cronRun()).outcome).toBe('ok');
    const mail = await runtime.mail.next(PERSON);
    expect(await queuedMail((row) => row.status === 'sent')).toMatchObject({ attempts: 3, lastError: null });
    expect(mail.from?.value).toEqual([{ name: '', address: 'no-reply@thb.test' }]);
    expect(mail.messageId).toMatch(/@thb\.test>$/);
    expect(mail.raw).toMatch(/^Content-Type: text\/plain; charset=UTF-8/m);

    // The late link still signs in.
    const link = new URL(/https?:\/\/\S+\/v1\/auth\/confirm\?\S+/.exec(mail.text ?? '')![0]);
    const confirmed = await fetch(`${runtime.url}/v1/auth/confirm`, {
      method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: PUBLIC_URL },
      body: new URLSearchParams({ token: link.searchParams.get('token')! }).toString(),
    });
    expect(confirmed.status).toBe(303);
    expect(confirmed.headers.getSetCookie().some((c) => c.startsWith('thb.session_token=') && !c.startsWith('thb.session_token=;'))).toBe(true);
  });
});
