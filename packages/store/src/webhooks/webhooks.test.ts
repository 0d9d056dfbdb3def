import { describe, expect, it } from 'vitest';
import { createMailQueue } from '../mail-queue/index.ts';
import { BACKENDS } from '../testing/backends.ts';
import { aMember, aResource } from '../testing/records.ts';
import type { RecordWritePlan } from '../writes/types.ts';
import { createWebhookEndpoints, createWebhookQueue, webhookEnqueueStatement } from './index.ts';

const actor = { actor: 'person:u1', label: 'owner@example.org', route: 'PATCH /v1/members/{id}' };

function clock(start = '2026-12-01T09:00:00.000Z') {
  let at = new Date(start).getTime();
  return { now: () => new Date(at), advance: (ms: number) => { at += ms; } };
}

const result = (at: Date, statusCode: number | null) => ({ statusCode, error: null, durationMs: 3, startedAt: at.toISOString() });

describe.each(BACKENDS)('webhooks on $name', (backend) => {
  it('queues a delivery per enabled endpoint that chose the kind, in the batch of the write', async () => {
    const store = await backend.fresh();
    const endpoints = createWebhookEndpoints(store.db);
    const mine = await endpoints.create({ memberId: 'm1', url: 'https://hooks.example.org/a', eventKinds: ['member.created', 'member.changed'] });
    expect(mine.secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    const other = await endpoints.create({ memberId: 'm2', url: 'https://hooks.example.org/b', eventKinds: ['member.changed'] });
    await endpoints.create({ memberId: null, url: 'https://hooks.example.org/c', eventKinds: ['resource.published'] });
    const member = aMember({ id: 'm1' });
    const plan = (next: RecordWritePlan['next'], expect: RecordWritePlan['expect']): RecordWritePlan => ({
      kind: 'members', id: 'm1', actor, action: 'update', before: null, after: null, organisationId: 'm1', next, expect,
    });
    await store.writes.commit(plan({ status: 'published', document: member, organisationId: 'm1' }, { absent: true }));
    expect((await endpoints.deliveries(mine.id)).map((d) => d.eventKind)).toEqual(['member.created']);
    expect(await endpoints.deliveries(other.id)).toEqual([]);
    await endpoints.update(other.id, { enabled: false });
    // A refused write (stale) queues nothing.
    await expect(store.writes.commit(plan({ status: 'published', document: member, organisationId: 'm1' }, { absent: true }))).rejects.toThrow();
    await store.writes.commit(plan({ status: 'published', document: { ...member, name: 'Renamed' }, organisationId: 'm1' }, { unchangedSince: await store.dataVersion() }));
    const log = await endpoints.deliveries(mine.id);
    expect(log.map((d) => d.eventKind)).toEqual(['member.changed', 'member.created']);
    expect(await endpoints.deliveries(other.id)).toEqual([]);
    const row = await store.db.selectFrom('webhook_delivery').select('payload').where('id', '=', log[0]!.id).executeTakeFirstOrThrow();
    expect(JSON.parse(row.payload)).toMatchObject({ type: 'member.changed', data: { kind: 'members', id: 'm1', record: { name: 'Renamed' } } });
    expect((await endpoints.list({ memberId: 'm1' })).map((e) => e.id)).toEqual([mine.id]);
    expect(JSON.stringify(await endpoints.list({}))).not.toContain('whsec_');
  });

  it('queues resource.published only when a resource first becomes public', async () => {
    const store = await backend.fresh();
    const endpoints = createWebhookEndpoints(store.db);
    const hook = await endpoints.create({ memberId: null, url: 'https://hooks.example.org/c', eventKinds: ['resource.published'] });
    const resource = aResource({ id: 'r1' });
    const base = { kind: 'resources' as const, id: 'r1', actor, action: 'create', before: null, after: null, organisationId: null };
    await store.writes.commit({ ...base, expect: { absent: true }, next: { status: 'pending', document: resource, organisationId: null } });
    expect(await endpoints.deliveries(hook.id)).toEqual([]);
    await store.writes.commit({ ...base, action: 'approve', expect: { unchangedSince: await store.dataVersion() }, next: { status: 'published', document: resource, organisationId: null } });
    await store.writes.commit({ ...base, action: 'update', expect: { unchangedSince: await store.dataVersion() }, next: { status: 'published', document: resource, organisationId: null } });
    expect((await endpoints.deliveries(hook.id)).map((d) => d.eventKind)).toEqual(['resource.published']);
  });

  it('gives a due delivery to one deliverer, retries with backoff, and disables after failures in a row', async () => {
    const store = await backend.fresh();
    const time = clock();
    const endpoints = createWebhookEndpoints(store.db, time.now);
    const hook = await endpoints.create({ memberId: 'm1', url: 'https://hooks.example.org/a', eventKinds: ['announcement.published'] });
    await store.db.executeQuery(webhookEnqueueStatement(store.db, 'announcement.published', { id: 'a1' }, time.now()));
    const one = createWebhookQueue(store.db, { now: time.now, writeBatch: store.write, retry: { firstDelayMs: 1000, disableAfterFailures: 3 } });
    const two = createWebhookQueue((await backend.reopen(store)).db, { now: time.now });
    const [first, ...rest] = await Promise.all([one.claimDue(), two.claimDue()]).then((lists) => lists.flat());
    expect(rest).toEqual([]);
    expect(first).toMatchObject({ attempt: 1, eventKind: 'announcement.published', endpoint: { id: hook.id, secret: hook.secret } });
    expect(await one.markFailed(first!, result(time.now(), 500))).toEqual({ nextAttemptAt: '2026-12-01T09:00:01.000Z', disabledEndpoint: null });
    expect(await one.claimDue()).toEqual([]);
    time.advance(1000);
    const second = (await one.claimDue())[0]!;
    expect(second.attempt).toBe(2);
    expect((await one.markFailed(second, result(time.now(), 503))).nextAttemptAt).toBe('2026-12-01T09:00:03.000Z');
    time.advance(2000);
    const third = (await one.claimDue())[0]!;
    const outcome = await one.markFailed(third, result(time.now(), null));
    expect(outcome.disabledEndpoint).toMatchObject({ id: hook.id, enabled: false });
    expect((await endpoints.get(hook.id))?.disabledReason).toMatch(/3 attempts failed in a row/);
    expect(await endpoints.deliveries(hook.id)).toMatchObject([{ status: 'failed', attempt: 3, lastStatusCode: null }]);
    const attempts = await store.db.selectFrom('webhook_delivery_attempt').select(['attempt', 'status_code']).orderBy('attempt').execute();
    expect(attempts.map((a) => [Number(a.attempt), a.status_code])).toEqual([[1, 500], [2, 503], [3, null]]);

    // Enabled again by its owner: the count starts again; a success is logged as delivered.
    await endpoints.update(hook.id, { enabled: true });
    await store.db.executeQuery(webhookEnqueueStatement(store.db, 'announcement.published', { id: 'a2' }, time.now()));
    const next = (await one.claimDue())[0]!;
    expect(await one.markDelivered(next, result(time.now(), 204))).toBe(true);
    expect((await endpoints.deliveries(hook.id))[0]).toMatchObject({ status: 'delivered', lastStatusCode: 204, attempt: 1 });
    expect(await endpoints.remove(hook.id)).toBe(true);
    expect(await store.db.selectFrom('webhook_delivery').selectAll().execute()).toEqual([]);
  });

  it('changes the URL (clearing the failure count) and rotates the secret, which the next claim signs with', async () => {
    const store = await backend.fresh();
    const endpoints = createWebhookEndpoints(store.db);
    const hook = await endpoints.create({ memberId: 'm1', url: 'https://hooks.example.org/old', eventKinds: ['announcement.published'] });
    await store.db.updateTable('webhook_endpoint').set({ consecutive_failures: 2 }).where('id', '=', hook.id).execute();
    expect(await endpoints.update(hook.id, { url: 'https://hooks.example.org/new' })).toMatchObject({ url: 'https://hooks.example.org/new', consecutiveFailures: 0, enabled: true });
    await store.db.executeQuery(webhookEnqueueStatement(store.db, 'announcement.published', { id: 'a1' }, new Date()));
    const secret = await endpoints.rotateSecret(hook.id);
    expect(secret).toMatch(/^whsec_/);
    expect(secret).not.toBe(hook.secret);
    const [claim] = await createWebhookQueue(store.db).claimDue();
    expect(claim?.endpoint).toMatchObject({ url: 'https://hooks.example.org/new', secret });
    expect(await endpoints.rotateSecret('ep_none')).toBeUndefined();
  });

  it('disables an endpoint and queues its owners\' mail in one batch: both commit, or neither', async () => {
    const store = await backend.fresh();
    const time = clock();
    const endpoints = createWebhookEndpoints(store.db, time.now);
    const hook = await endpoints.create({ memberId: 'm1', url: 'https://hooks.example.org/down', eventKinds: ['announcement.published'] });
    const mails = createMailQueue(store.db, { now: time.now });
    const queue = createWebhookQueue(store.db, { now: time.now, writeBatch: store.write, retry: { firstDelayMs: 1000, disableAfterFailures: 1 } });
    const notice = (endpoint: { url: string; disabledReason: string | null }) =>
      mails.enqueueStatements({ recipient: 'owner@example.org', subject: `Off: ${endpoint.url}`, text: endpoint.disabledReason ?? '' }).statements;
    await store.db.executeQuery(webhookEnqueueStatement(store.db, 'announcement.published', { id: 'a1' }, time.now()));
    await store.db.executeQuery(webhookEnqueueStatement(store.db, 'announcement.published', { id: 'a2' }, time.now()));

    // The process "dies" in the middle of the disabling batch (its last statement fails): nothing
    // of it stays, so the endpoint is still on, its other delivery still waits, and no mail is half-told.
    const [first] = await queue.claimDue(1);
    await expect(queue.markFailed(first!, result(time.now(), 500), async (endpoint) => {
      const [mail] = notice(endpoint);
      return [mail!, mail!];
    })).rejects.toThrow();
    expect(await endpoints.get(hook.id)).toMatchObject({ enabled: true, disabledReason: null });
    expect((await endpoints.deliveries(hook.id)).map((d) => d.status)).toEqual(['pending', 'pending']);
    expect(await mails.list()).toEqual([]);

    // The next failure disables it, and the mail is queued with it, telling the reason.
    time.advance(60_000);
    const [next] = await queue.claimDue(1);
    const outcome = await queue.markFailed(next!, result(time.now(), 503), async (endpoint) => notice(endpoint));
    expect(outcome.disabledEndpoint).toMatchObject({ id: hook.id, enabled: false });
    const reason = (await endpoints.get(hook.id))?.disabledReason;
    expect(reason).toMatch(/attempts failed in a row/);
    expect((await mails.list()).map((mail) => [mail.recipient, mail.subject])).toEqual([['owner@example.org', `Off: ${hook.url}`]]);
    expect((await endpoints.deliveries(hook.id)).map((d) => d.status)).toEqual(['failed', 'failed']);
  });

  it('mails the owners once when two deliverers fail at once and both would disable the endpoint', async () => {
    const store = await backend.fresh();
    const other = await backend.reopen(store);
    const time = clock();
    const endpoints = createWebhookEndpoints(store.db, time.now);
    const hook = await endpoints.create({ memberId: 'm1', url: 'https://hooks.example.org/race', eventKinds: ['announcement.published'] });
    await store.db.executeQuery(webhookEnqueueStatement(store.db, 'announcement.published', { id: 'a1' }, time.now()));
    await store.db.executeQuery(webhookEnqueueStatement(store.db, 'announcement.published', { id: 'a2' }, time.now()));
    const options = { now: time.now, retry: { firstDelayMs: 1000, disableAfterFailures: 1 } };
    const deliverers = [store, other].map((s) => ({
      queue: createWebhookQueue(s.db, { ...options, writeBatch: s.write }),
      notice: async () => createMailQueue(s.db, { now: time.now }).enqueueStatements({ recipient: 'owner@example.org', subject: 'Off', text: 'Off' }).statements,
    }));
    const claims = [...await deliverers[0]!.queue.claimDue(1), ...await deliverers[1]!.queue.claimDue(1)];
    expect(claims).toHaveLength(2);
    const outcomes = await Promise.all(deliverers.map((d, i) => d.queue.markFailed(claims[i]!, result(time.now(), 500), d.notice)));
    expect(outcomes.filter((o) => o.disabledEndpoint !== null)).toHaveLength(1);
    expect(await createMailQueue(store.db).list()).toHaveLength(1);
    expect(await endpoints.get(hook.id)).toMatchObject({ enabled: false });
  });
});
