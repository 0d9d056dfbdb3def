/**
 * Webhook endpoints on the Worker under workerd, on D1: the secretariat's key registers one for
 * an organisation, a change of its entry is sent by the Cron Trigger's run through the Worker's
 * `fetch` (answered here, as the member's system would) signed so that `standardwebhooks`
 * verifies it, and the delivery log, a rotation and the deletion work on D1 as on the Node stores.
 */
import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKeys } from '@thb/store/access';
import { createD1Store, migrateD1 } from '@thb/store/d1';
import { seedTestData } from '../../test/support/test-store.ts';
import { startWorkerRuntime, type WorkerRuntime } from '../../test/support/worker-runtime.ts';

const WORKER = 'thb-api';
const MEMBER = 'fixture-berlin-shelter';
const HOOKS = `/v1/organisations/${MEMBER}/webhooks`;
const received: Array<{ url: string; headers: Record<string, string>; body: string }> = [];
let runtime: WorkerRuntime;
let key = '';

beforeAll(async () => {
  runtime = await startWorkerRuntime({
    databaseId: `webhooks-${randomBytes(4).toString('hex')}`,
    outbound: async (request) => {
      received.push({ url: request.url, headers: Object.fromEntries(request.headers), body: await request.text() });
      return new Response(null, { status: 204 });
    },
  });
  await migrateD1(runtime.d1);
  const store = createD1Store(runtime.d1);
  await seedTestData(store);
  key = (await createApiKeys(store.db).create({ organisationId: null, name: 'secretariat', createdBy: 'test' })).key;
}, 120_000);
afterAll(() => runtime?.dispose());

const call = (path: string, method = 'GET', body?: unknown) => fetch(`${runtime.url}${path}`, {
  method,
  headers: { authorization: `Bearer ${key}`, 'if-match': '*', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
  ...(body === undefined ? {} : { body: JSON.stringify(body) }),
});
const cron = async () => (await runtime.miniflare.getWorker(WORKER)).scheduled({ scheduledTime: new Date(), cron: '*/5 * * * *' });

describe('webhook endpoints on the Worker (D1, workerd)', { timeout: 60_000 }, () => {
  it('registers, delivers from the Cron Trigger signed with the secret shown once, logs, rotates and deletes', async () => {
    await expect(call(HOOKS, 'POST', { url: 'https://10.0.0.7/hook', eventKinds: ['member.changed'] }).then((r) => r.status)).resolves.toBe(400);
    const created = await call(HOOKS, 'POST', { url: 'https://crm.example.org/hooks/thb', eventKinds: ['member.changed'] });
    expect(created.status).toBe(201);
    const endpoint = (await created.json()) as { id: string; secret: string };
    const listed = await (await call(HOOKS)).text();
    expect(listed).toContain(endpoint.id);
    expect(listed).not.toContain('whsec_');

    const patched = await call(`/v1/members/${MEMBER}`, 'PATCH', { description: { en: 'Sent from the edge' } });
    expect(patched.status, await patched.clone().text()).toBeLessThan(300);
    await cron();
    expect(received).toHaveLength(1);
    expect(received[0]!.url).toBe('https://crm.example.org/hooks/thb');
    const message = new Webhook(endpoint.secret).verify(received[0]!.body, received[0]!.headers) as { type: string; data: { id: string } };
    expect(message).toMatchObject({ type: 'member.changed', data: { id: MEMBER } });
    const log = (await (await call(`${HOOKS}/${endpoint.id}/deliveries`)).json()) as { items: Array<{ id: string; status: string; attempt: number }> };
    expect(log.items).toEqual([expect.objectContaining({ id: received[0]!.headers['webhook-id'], status: 'delivered', attempt: 1, lastStatusCode: 204 })]);

    const rotated = (await (await call(`${HOOKS}/${endpoint.id}/secret`, 'POST')).json()) as { secret: string };
    expect(rotated.secret).not.toBe(endpoint.secret);
    expect((await call(`${HOOKS}/${endpoint.id}`, 'DELETE')).status).toBe(200);
    expect((await call(`${HOOKS}/${endpoint.id}`)).status).toBe(404);
    expect(await (await call(HOOKS)).json()).toEqual({ items: [] });
  });
});
