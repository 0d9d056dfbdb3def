import { createApiKeys } from '@thb/store/access';
import { createMailQueue, type MailQueue } from '@thb/store/mail-queue';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MEMBER_A, PUBLIC_URL, SECRETARIAT_EMAIL, askForLink, mailedLink, openAccountsHarness, pressSignIn, signIn,
} from '../../../test/support/accounts-harness.ts';
import { freePort, startSmtpTestServer, type SmtpTestServer } from '../../../test/support/smtp-test-server.ts';
import { createQueuedMailer, startMailDelivery, type MailDelivery } from '../../mail/index.ts';
import { createSmtpMailer } from '../../node/mail/smtp-mailer.ts';
import { reviewMails } from './review-mail.ts';

// A review decision is mailed through the queue: with the SMTP server down the decision is
// still answered, and the mail arrives once the server is back; in the recipient's language.
describe('review decisions through the mail queue and a real SMTP server', () => {
  let h: Awaited<ReturnType<typeof openAccountsHarness>>;
  let queue: MailQueue;
  let delivery: MailDelivery;
  let smtp: SmtpTestServer | undefined;
  let port: number;
  let editorKey: string;
  let secretariat: string;
  beforeAll(async () => {
    port = await freePort();
    let keys!: ReturnType<typeof createApiKeys>;
    h = await openAccountsHarness('SQLite', {
      writes: ({ db, accounts }) => {
        keys = createApiKeys(db);
        queue = createMailQueue(db, { retry: { firstDelayMs: 300 } });
        delivery = startMailDelivery(queue, createSmtpMailer({ smtpUrl: `smtp://127.0.0.1:${port}`, from: 'THB <no-reply@thb.test>' }), { retryEveryMs: 100 });
        const mailer = createQueuedMailer(queue, () => void delivery.kick());
        return { keys, review: { mails: reviewMails(accounts, mailer, PUBLIC_URL) } };
      },
    });
    editorKey = (await keys.create({ organisationId: MEMBER_A, name: 'crm', createdBy: 'test' })).key;
    secretariat = await signIn(h, SECRETARIAT_EMAIL);
    const by = (await h.accounts.personOf(new Headers({ cookie: secretariat })))!;
    await h.accounts.invite({ memberId: MEMBER_A, email: 'owner@a.test', role: 'owner', inviter: by });
    await h.inbox.next('owner@a.test');
    // The owner signs in from a German portal: their mails are German from now on.
    expect((await askForLink(h, 'owner@a.test', 'owner-client', { locale: 'de' })).status).toBe(200);
    expect((await pressSignIn(h, (await mailedLink(h, 'owner@a.test')).path)).status).toBe(303);
  }, 60_000);
  afterAll(async () => {
    await delivery?.stop();
    await smtp?.close();
    await h?.close();
  });

  /** Proposes a new name for member A and decides on it as the secretariat. */
  async function decide(name: string, decision: 'approve' | 'reject', reason?: string): Promise<Response> {
    const patch = await h.app.request(`/v1/members/${MEMBER_A}`, {
      method: 'PATCH', headers: { authorization: `Bearer ${editorKey}`, 'content-type': 'application/json', 'if-match': '*' },
      body: JSON.stringify({ name }),
    });
    expect(await patch.json()).toMatchObject({ pendingReview: ['name'] });
    const pending = (await (await h.app.request('/v1/review', { headers: { cookie: secretariat } })).json()) as { items: { id: string }[] };
    return h.app.request(`/v1/review/${pending.items[0]!.id}`, {
      method: 'POST', headers: { cookie: secretariat, origin: h.publicUrl, 'content-type': 'application/json' },
      body: JSON.stringify({ decision, ...(reason ? { reason } : {}) }),
    });
  }

  it('answers the decision while SMTP is down, and delivers the German mail once it is up', async () => {
    const decided = await decide('A new name', 'reject', 'Bitte den eingetragenen Namen verwenden.');
    expect(decided.status).toBe(200);
    // The delivery tried, failed, and keeps the mail with the reason it failed.
    await expect.poll(async () => (await queue.list())[0], { timeout: 5_000 }).toMatchObject({
      recipient: 'owner@a.test', status: 'waiting', lastError: expect.stringContaining('ECONNREFUSED'),
    });
    smtp = await startSmtpTestServer({ port });
    const { parsed, envelope } = await smtp.next();
    expect(envelope.to).toEqual(['owner@a.test']);
    expect(parsed.subject).toMatch(/^Nicht freigegeben: \S/);
    expect(parsed.text).toContain('Bitte den eingetragenen Namen verwenden.');
    expect(parsed.html).toContain('<html lang="de">');
    await expect.poll(async () => (await queue.list())[0]?.status).toBe('sent');
  });

  it('delivers at once while SMTP is up', async () => {
    const started = Date.now();
    expect((await decide('Another name', 'approve')).status).toBe(200);
    const { parsed } = await smtp!.next();
    expect(parsed.subject).toMatch(/^Freigegeben: /);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
