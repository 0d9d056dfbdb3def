import { createApiKeys } from '@thb/store/access';
import { createMailQueue, type MailQueue } from '@thb/store/mail-queue';
import { createWebhookEndpoints, createWebhookQueue, type WebhookEndpoints, type WebhookQueue } from '@thb/store/webhooks';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEMBER_A, PUBLIC_URL, SECRETARIAT_EMAIL, openAccountsHarness, signIn } from '../../test/support/accounts-harness.ts';
import { startWebhookReceiver, type WebhookReceiver } from '../../test/support/webhook-receiver.ts';
import { createQueuedMailer, deliverQueuedMail } from '../mail/index.ts';
import { createNodeSender } from '../node/webhooks/node-sender.ts';
import { deliverWebhooks, disabledNotice, parseAllowHosts } from './index.ts';

describe('webhook deliveries to a real receiver', () => {
  let h: Awaited<ReturnType<typeof openAccountsHarness>>;
  let receiver: WebhookReceiver;
  let endpoints: WebhookEndpoints;
  let queue: WebhookQueue;
  let mailQueue: MailQueue;
  let editorKey: string;
  beforeAll(async () => {
    receiver = await startWebhookReceiver();
    let keys!: ReturnType<typeof createApiKeys>;
    h = await openAccountsHarness('SQLite', {
      writes: ({ db }) => {
        keys = createApiKeys(db);
        endpoints = createWebhookEndpoints(db);
        queue = createWebhookQueue(db, { retry: { firstDelayMs: 1, disableAfterFailures: 3 } });
        mailQueue = createMailQueue(db);
        return { keys };
      },
    });
    editorKey = (await keys.create({ organisationId: MEMBER_A, name: 'crm', createdBy: 'test' })).key;
    const secretariat = await signIn(h, SECRETARIAT_EMAIL);
    const by = (await h.accounts.personOf(new Headers({ cookie: secretariat })))!;
    await h.accounts.invite({ memberId: MEMBER_A, email: 'owner@a.test', role: 'owner', inviter: by });
    await h.inbox.next('owner@a.test');
    await signIn(h, 'owner@a.test');
  }, 60_000);
  afterAll(async () => {
    await receiver?.close();
    await h?.close();
  });

  const allow = () => parseAllowHosts(`127.0.0.1:${receiver.port}`);
  const run = (send = createNodeSender(allow())) =>
    deliverWebhooks(queue, { send, disabledNotice: disabledNotice(h.accounts, createQueuedMailer(mailQueue), PUBLIC_URL, [SECRETARIAT_EMAIL]) });
  const rename = async (name: string) => {
    const response = await h.app.request(`/v1/members/${MEMBER_A}`, {
      method: 'PATCH', headers: { authorization: `Bearer ${editorKey}`, 'content-type': 'application/json', 'if-match': '*' },
      body: JSON.stringify({ description: { en: name } }),
    });
    expect(response.status).toBeLessThan(300);
  };
  /** Runs deliveries until nothing is due (each retry waits a millisecond). */
  const drain = async () => {
    for (let i = 0; i < 20; i += 1) {
      await run();
      if (!(await queue.nextDueAt())) return;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };

  it('delivers a member change signed so that the standardwebhooks library verifies it, after 500s, once', async () => {
    const endpoint = await endpoints.create({ memberId: MEMBER_A, url: `http://127.0.0.1:${receiver.port}/hook`, eventKinds: ['member.changed'] });
    receiver.statuses.push(500, 500);
    await rename('Signed and retried');
    await drain();
    expect(receiver.received).toHaveLength(3);
    const ids = new Set(receiver.received.map((r) => r.headers['webhook-id']));
    expect(ids.size).toBe(1);
    const last = receiver.received.at(-1)!;
    const verified = new Webhook(endpoint.secret).verify(last.body, last.headers as Record<string, string>) as { type: string; data: { id: string } };
    expect(verified).toMatchObject({ type: 'member.changed', data: { id: MEMBER_A } });
    expect(() => new Webhook(endpoint.secret).verify(last.body.replace('Signed', 'Forged'), last.headers as Record<string, string>)).toThrow();
    const [log] = await endpoints.deliveries(endpoint.id);
    expect(log).toMatchObject({ status: 'delivered', attempt: 3, lastStatusCode: 204, eventKind: 'member.changed' });
    const attempts = await h.db.selectFrom('webhook_delivery_attempt').select(['attempt', 'status_code'])
      .where('delivery_id', '=', log!.id).orderBy('attempt').execute();
    expect(attempts.map((a: { status_code: number | null }) => a.status_code)).toEqual([500, 500, 204]);
    await endpoints.remove(endpoint.id);
  });

  it('disables an endpoint that keeps failing and mails the organisation\'s owners', async () => {
    receiver.received.length = 0;
    const endpoint = await endpoints.create({ memberId: MEMBER_A, url: `http://127.0.0.1:${receiver.port}/down`, eventKinds: ['member.changed'] });
    receiver.statuses.push(503, 503, 503, 503);
    await rename('Nobody listens');
    await drain();
    expect(receiver.received).toHaveLength(3);
    expect(await endpoints.get(endpoint.id)).toMatchObject({ enabled: false, disabledReason: expect.stringMatching(/3 attempts failed in a row/) });
    // The owners' mail was queued with the disabling; the mail queue sends it.
    expect((await mailQueue.list({ status: 'waiting' })).map((m) => m.recipient)).toEqual(['owner@a.test']);
    expect((await deliverQueuedMail(mailQueue, h.inbox.mailer)).sent).toBe(1);
    const mail = await h.inbox.next('owner@a.test');
    expect(mail.subject).toContain(endpoint.url);
    expect(mail.text).toContain('HTTP 503');
    // The link opens the screen where the owners enable it again.
    expect(mail.text).toContain(`${PUBLIC_URL}/portal/organisations/${MEMBER_A}/webhooks`);
    // Disabled: a further change queues nothing for it.
    await rename('Still nobody');
    expect((await endpoints.deliveries(endpoint.id)).filter((d) => d.status === 'pending')).toEqual([]);
    receiver.statuses.length = 0;
    await endpoints.remove(endpoint.id);
  });

  it('refuses at delivery a name that resolves to loopback unless the operator allows it', async () => {
    receiver.received.length = 0;
    const endpoint = await endpoints.create({ memberId: MEMBER_A, url: `http://localhost:${receiver.port}/named`, eventKinds: ['member.changed'] });
    // Plain http is refused for a host that is not allowed; https to a name resolving to loopback too.
    await h.db.updateTable('webhook_endpoint').set({ url: `https://localhost:${receiver.port}/named` }).where('id', '=', endpoint.id).execute();
    await rename('Rebound');
    await run(createNodeSender([]));
    expect(receiver.received).toEqual([]);
    expect((await endpoints.deliveries(endpoint.id))[0]?.lastError).toMatch(/localhost resolves to (127\.0\.0\.1|::1), not a public address/);
    await h.db.updateTable('webhook_endpoint').set({ url: `http://localhost:${receiver.port}/named` }).where('id', '=', endpoint.id).execute();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await run(createNodeSender(parseAllowHosts('localhost')));
    expect(receiver.received).toHaveLength(1);
    await endpoints.remove(endpoint.id);
  });
});
