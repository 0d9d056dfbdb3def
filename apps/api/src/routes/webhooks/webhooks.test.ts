/**
 * The webhook routes as an organisation's owner uses them, on SQLite and PostgreSQL: register an
 * endpoint on a local receiver (allowed as the operator would for tests), a record write is
 * delivered signed so that the `standardwebhooks` library verifies it with the secret shown once,
 * the delivery log shows it; rotating the secret, pausing and deleting; what is refused, and that
 * nobody reaches another organisation's endpoints.
 */
import { createApiKeys } from '@thb/store/access';
import { createWebhookEndpoints, createWebhookQueue } from '@thb/store/webhooks';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, invalidNames } from '../../../test/support/expect-problem.ts';
import { MEMBER_A, MEMBER_B, SECRETARIAT_EMAIL, openAccountsHarness, signIn, type AccountsHarness } from '../../../test/support/accounts-harness.ts';
import { startWebhookReceiver, type WebhookReceiver } from '../../../test/support/webhook-receiver.ts';
import { createNodeSender } from '../../node/webhooks/node-sender.ts';
import { deliverWebhooks, parseAllowHosts } from '../../webhooks/index.ts';

interface Endpoint { id: string; url: string; enabled: boolean; disabledReason: string | null; eventKinds: string[]; secret?: string }
interface Delivery { id: string; eventKind: string; status: string; attempt: number; lastStatusCode: number | null }

describe.each(['SQLite', 'PostgreSQL'] as const)('webhook endpoints over HTTP on %s', (backend) => {
  let h: AccountsHarness;
  let receiver: WebhookReceiver;
  let editorKey: string;
  const cookies: Record<'secretariat' | 'ownerA' | 'editorA' | 'ownerB', string> = { secretariat: '', ownerA: '', editorA: '', ownerB: '' };
  const allow = () => parseAllowHosts(`127.0.0.1:${receiver.port}`);
  const hooksOf = (member: string, rest = '') => `/v1/organisations/${member}/webhooks${rest}`;

  beforeAll(async () => {
    receiver = await startWebhookReceiver();
    let keys!: ReturnType<typeof createApiKeys>;
    h = await openAccountsHarness(backend, {
      writes: ({ db }) => {
        keys = createApiKeys(db);
        return { keys, rateLimit: { capacity: 10_000 } };
      },
      webhooks: ({ db }) => ({ endpoints: createWebhookEndpoints(db), allowHosts: allow(), maxPerOrganisation: 3 }),
    });
    editorKey = (await keys.create({ organisationId: MEMBER_A, name: 'crm', createdBy: 'test' })).key;
    cookies.secretariat = await signIn(h, SECRETARIAT_EMAIL);
    const by = (await h.accounts.personOf(new Headers({ cookie: cookies.secretariat })))!;
    for (const [who, member, email, role] of [
      ['ownerA', MEMBER_A, 'owner@a.test', 'owner'], ['editorA', MEMBER_A, 'editor@a.test', 'editor'], ['ownerB', MEMBER_B, 'owner@b.test', 'owner'],
    ] as const) {
      await h.accounts.invite({ memberId: member, email, role, inviter: by });
      await h.inbox.next(email);
      cookies[who] = await signIn(h, email);
    }
  }, 90_000);
  afterAll(async () => {
    await receiver?.close();
    await h?.close();
  });

  /** A request as the portal sends it: the session cookie from the platform's own origin. */
  const as = (who: keyof typeof cookies, path: string, method = 'GET', body?: unknown, headers: Record<string, string> = {}) =>
    Promise.resolve(h.app.request(path, {
      method,
      headers: { cookie: cookies[who], origin: h.publicUrl, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    }));
  const register = async (who: keyof typeof cookies, member: string, path: string, eventKinds = ['member.changed']) => {
    const response = await as(who, hooksOf(member), 'POST', { url: `http://127.0.0.1:${receiver.port}${path}`, eventKinds });
    expect(response.status, await response.clone().text()).toBe(201);
    return (await response.json()) as Endpoint & { secret: string };
  };
  const describeA = async (text: string) => {
    const response = await h.app.request(`/v1/members/${MEMBER_A}`, {
      method: 'PATCH', headers: { authorization: `Bearer ${editorKey}`, 'content-type': 'application/json', 'if-match': '*' },
      body: JSON.stringify({ description: { en: text } }),
    });
    expect(response.status).toBeLessThan(300);
  };
  const deliver = () => deliverWebhooks(createWebhookQueue(h.db), { send: createNodeSender(allow()) });
  const deliveries = async (member: string, id: string) => {
    const response = await as('ownerA', hooksOf(member, `/${id}/deliveries`));
    expect(response.status).toBe(200);
    return ((await response.json()) as { items: Delivery[] }).items;
  };

  it('registers an endpoint whose deliveries verify with the secret shown once, and logs them', async () => {
    const created = await register('ownerA', MEMBER_A, '/crm');
    expect(created).toMatchObject({ url: `http://127.0.0.1:${receiver.port}/crm`, eventKinds: ['member.changed'], enabled: true, disabledReason: null });
    expect(created.secret).toMatch(/^whsec_/);
    const listed = await as('ownerA', hooksOf(MEMBER_A));
    expect(listed.headers.get('cache-control')).toBe('no-store');
    const text = await listed.text();
    expect(text).not.toContain('whsec_');
    expect((JSON.parse(text) as { items: Endpoint[] }).items.map((e) => e.id)).toEqual([created.id]);

    receiver.received.length = 0;
    await describeA('Delivered to the CRM');
    expect(await deliver()).toMatchObject({ delivered: 1, failed: 0 });
    const [message] = receiver.received;
    expect(message?.path).toBe('/crm');
    const verified = new Webhook(created.secret).verify(message!.body, message!.headers as Record<string, string>) as { type: string; data: { id: string } };
    expect(verified).toMatchObject({ type: 'member.changed', data: { id: MEMBER_A } });
    const [logged] = await deliveries(MEMBER_A, created.id);
    expect(logged).toMatchObject({ id: message!.headers['webhook-id'], eventKind: 'member.changed', status: 'delivered', attempt: 1, lastStatusCode: 204 });
    // The secretariat reads any organisation's endpoints.
    expect((await as('secretariat', hooksOf(MEMBER_A, `/${created.id}`))).status).toBe(200);
  });

  it('rotates the secret: the next delivery verifies with the new one only', async () => {
    const first = await register('ownerA', MEMBER_A, '/rotating');
    const rotated = await as('ownerA', hooksOf(MEMBER_A, `/${first.id}/secret`), 'POST');
    expect(rotated.status).toBe(200);
    const { secret } = (await rotated.json()) as { secret: string };
    expect(secret).not.toBe(first.secret);
    receiver.received.length = 0;
    await describeA('Signed anew');
    await deliver();
    const message = receiver.received.find((r) => r.path === '/rotating')!;
    expect(() => new Webhook(secret).verify(message.body, message.headers as Record<string, string>)).not.toThrow();
    expect(() => new Webhook(first.secret).verify(message.body, message.headers as Record<string, string>)).toThrow();
    expect(receiver.received.map((r) => r.path).sort()).toEqual(['/crm', '/rotating']);
  });

  it('pauses and re-enables an endpoint, changes its kinds and URL, and deletes it with its log', async () => {
    const hook = await register('ownerA', MEMBER_A, '/paused');
    const paused = await as('ownerA', hooksOf(MEMBER_A, `/${hook.id}`), 'PATCH', { enabled: false });
    expect(await paused.json()).toMatchObject({ enabled: false, disabledReason: 'disabled by its owner' });
    receiver.received.length = 0;
    await describeA('While paused');
    await deliver();
    expect(receiver.received.map((r) => r.path)).not.toContain('/paused');
    expect(await deliveries(MEMBER_A, hook.id)).toEqual([]);

    const changed = await as('ownerA', hooksOf(MEMBER_A, `/${hook.id}`), 'PATCH', {
      enabled: true, eventKinds: ['member.changed', 'event.published'], url: `http://127.0.0.1:${receiver.port}/moved`,
    }, { 'content-type': 'application/merge-patch+json' });
    expect(await changed.json()).toMatchObject({ enabled: true, disabledReason: null, eventKinds: ['member.changed', 'event.published'], url: `http://127.0.0.1:${receiver.port}/moved` });
    await describeA('Resumed');
    await deliver();
    expect(receiver.received.map((r) => r.path)).toContain('/moved');

    expect((await as('ownerA', hooksOf(MEMBER_A, `/${hook.id}`), 'DELETE')).status).toBe(200);
    await expectProblem(await as('ownerA', hooksOf(MEMBER_A, `/${hook.id}`)), 404);
    await expectProblem(await as('ownerA', hooksOf(MEMBER_A, `/${hook.id}/deliveries`)), 404);
    expect(await h.db.selectFrom('webhook_delivery').select('id').where('endpoint_id', '=', hook.id).execute()).toEqual([]);
  });

  it('refuses URLs that are not https or not public, unknown kinds and fields, with a problem naming them', async () => {
    const post = (body: unknown) => as('ownerB', hooksOf(MEMBER_B), 'POST', body);
    for (const [url, reason] of [
      ['http://hooks.example.org/x', /must use https/], ['https://10.0.0.7/x', /10\.0\.0\.7 is not a public address/],
      ['https://[::1]/x', /not a public address/], ['https://169.254.169.254/latest', /not a public address/],
      ['https://localhost/x', /localhost is this machine/], [`http://127.0.0.1:${receiver.port + 1}/x`, /must use https/],
      ['https://user:pw@hooks.example.org/x', /password/],
    ] as const) {
      const problem = await expectProblem(await post({ url, eventKinds: ['member.changed'] }), 400);
      expect(problem.errors?.[0], url).toMatchObject({ in: 'body', name: 'url', message: expect.stringMatching(reason) });
    }
    expect(invalidNames(await expectProblem(await post({ url: 'https://hooks.example.org/x', eventKinds: ['member.deleted'] }), 400))).toEqual(['body:eventKinds.0']);
    expect(invalidNames(await expectProblem(await post({ url: 'https://hooks.example.org/x', eventKinds: [] }), 400))).toEqual(['body:eventKinds']);
    expect(invalidNames(await expectProblem(await post({ url: 'ftp://hooks.example.org/x', eventKinds: ['member.changed'] }), 400))).toEqual(['body:url']);
    expect(invalidNames(await expectProblem(await post({ url: 'https://hooks.example.org/x', eventKinds: ['member.changed'], secret: 'mine' }), 400))).toEqual(['body:secret']);
    await expectProblem(await as('ownerB', hooksOf(MEMBER_B), 'POST', 'url=https://x.org', { 'content-type': 'application/x-www-form-urlencoded' }), 415);
    await expectProblem(await post({ url: `https://hooks.example.org/${'x'.repeat(9000)}`, eventKinds: ['member.changed'] }), 413);
    // A public name is accepted (delivery resolves and checks it); nothing was made before.
    const listed = (await (await as('ownerB', hooksOf(MEMBER_B))).json()) as { items: Endpoint[] };
    expect(listed.items).toEqual([]);
    const made = await post({ url: 'https://hooks.example.org/b', eventKinds: ['resource.published', 'resource.published'] });
    expect(made.status).toBe(201);
    const { id } = (await made.json()) as Endpoint;
    await expectProblem(await as('ownerB', hooksOf(MEMBER_B, `/${id}`), 'PATCH', {}), 400);
    await expectProblem(await as('ownerB', hooksOf(MEMBER_B, `/${id}`), 'PATCH', { url: 'https://192.168.1.2/x' }), 400);
    expect(invalidNames(await expectProblem(await as('ownerB', hooksOf(MEMBER_B, `/${id}/deliveries?limit=0`)), 400))).toEqual(['query:limit']);
    await expectProblem(await as('ownerB', hooksOf(MEMBER_B, `/${id}/deliveries?page=2`)), 400);
    // At most maxPerOrganisation (3 here).
    await post({ url: 'https://hooks.example.org/c', eventKinds: ['member.changed'] });
    await post({ url: 'https://hooks.example.org/d', eventKinds: ['member.changed'] });
    await expectProblem(await post({ url: 'https://hooks.example.org/e', eventKinds: ['member.changed'] }), 409);
  });

  it('lets nobody but the owners and the secretariat near an organisation\'s endpoints', async () => {
    const [hookOfA] = ((await (await as('ownerA', hooksOf(MEMBER_A))).json()) as { items: Endpoint[] }).items;
    const path = hooksOf(MEMBER_A, `/${hookOfA!.id}`);
    for (const who of ['editorA', 'ownerB'] as const) {
      await expectProblem(await as(who, hooksOf(MEMBER_A)), 403);
      await expectProblem(await as(who, hooksOf(MEMBER_A), 'POST', { url: 'https://hooks.example.org/x', eventKinds: ['member.changed'] }), 403);
      await expectProblem(await as(who, path), 403);
      await expectProblem(await as(who, path, 'PATCH', { enabled: false }), 403);
      await expectProblem(await as(who, path, 'DELETE'), 403);
      await expectProblem(await as(who, `${path}/secret`, 'POST'), 403);
      await expectProblem(await as(who, `${path}/deliveries`), 403);
    }
    // Under its own organisation's path, B's owner cannot name A's endpoint either.
    await expectProblem(await as('ownerB', hooksOf(MEMBER_B, `/${hookOfA!.id}`), 'PATCH', { enabled: false }), 404);
    await expectProblem(await as('ownerB', hooksOf(MEMBER_B, `/${hookOfA!.id}`), 'DELETE'), 404);
    // An organisation's API key acts as an editor: refused too; no one signed in is a 401.
    await expectProblem(await Promise.resolve(h.app.request(hooksOf(MEMBER_A), { headers: { authorization: `Bearer ${editorKey}` } })), 403);
    await expectProblem(await Promise.resolve(h.app.request(hooksOf(MEMBER_A))), 401);
    await expectProblem(await as('secretariat', hooksOf('no-such-member')), 404);
    expect(await (await as('ownerA', path)).json()).toMatchObject({ id: hookOfA!.id, enabled: true });
  });
});
