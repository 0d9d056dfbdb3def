import { describe, expect, it } from 'vitest';
import { BACKENDS } from '../testing/backends.ts';
import { aMember, aResource } from '../testing/records.ts';
import { IdempotencyReplayError, StaleWriteError } from './errors.ts';
import type { RecordWritePlan } from './types.ts';

const actor = { actor: 'person:u1', label: 'editor@example.org', route: 'PATCH /v1/members/{id}' };

function plan(overrides: Partial<RecordWritePlan> & Pick<RecordWritePlan, 'expect' | 'next'>): RecordWritePlan {
  return {
    kind: 'members', id: 'm1', actor, action: 'update', before: null, after: null, organisationId: 'm1', ...overrides,
  };
}

describe.each(BACKENDS)('record writes on $name', (backend) => {
  it('creates a record with its state and audit row in one write, and refuses a second create', async () => {
    const store = await backend.fresh();
    const member = aMember({ id: 'm1' });
    const revision = await store.writes.commit(plan({ expect: { absent: true }, next: { status: 'published', document: member, organisationId: 'm1' }, action: 'create', after: member }));
    expect(revision).toBe(await store.dataVersion());
    expect((await store.members.get('m1'))?.name).toBe(member.name);
    expect(await store.writes.snapshot('members', 'm1')).toMatchObject({ status: 'published', revision, organisationId: 'm1' });
    const { items } = await store.writes.audit({ recordId: 'm1' }, { page: 1, pageSize: 10 });
    expect(items).toMatchObject([{ action: 'create', actor: 'person:u1', before: null, after: { id: 'm1' } }]);

    const version = await store.dataVersion();
    await expect(store.writes.commit(plan({ expect: { absent: true }, next: { status: 'published', document: aMember({ id: 'm1', name: 'Other' }), organisationId: 'm1' } })))
      .rejects.toBeInstanceOf(StaleWriteError);
    expect(await store.dataVersion()).toBe(version);
    expect((await store.members.get('m1'))?.name).toBe(member.name);
    expect((await store.writes.audit({}, { page: 1, pageSize: 10 })).total).toBe(1);
  });

  it('commits several writes as one batch, all or nothing (a bulk import)', async () => {
    const store = await backend.fresh();
    await store.members.put(aMember({ id: 'm2', name: 'Seeded' }));
    const known = await store.dataVersion();
    const create = (id: string) => plan({ id, organisationId: id, action: 'create', expect: { absent: true }, next: { status: 'published', document: aMember({ id, name: `New ${id}` }), organisationId: id } });
    // The last plan expects m2 absent, which it is not: nothing of the batch may stay.
    await expect(store.writes.commitAll([create('m1'), create('m3'), create('m2')])).rejects.toBeInstanceOf(StaleWriteError);
    expect(await store.dataVersion()).toBe(known);
    expect(await store.members.get('m1')).toBeUndefined();
    expect((await store.writes.audit({}, { page: 1, pageSize: 10 })).total).toBe(0);

    const update = plan({ id: 'm2', organisationId: 'm2', expect: { unchangedSince: known }, next: { status: 'published', document: aMember({ id: 'm2', name: 'Replaced' }), organisationId: 'm2' } });
    const version = await store.writes.commitAll([create('m1'), create('m3'), update]);
    expect(version).toBe(await store.dataVersion());
    expect(version).toBeGreaterThan(known);
    expect((await store.members.get('m2'))?.name).toBe('Replaced');
    expect((await store.members.get('m3'))?.name).toBe('New m3');
    expect((await store.writes.audit({}, { page: 1, pageSize: 10 })).total).toBe(3);
    expect(await store.writes.snapshot('members', 'm1')).toMatchObject({ status: 'published' });
  });

  it('refuses an update expecting an older version and changes nothing', async () => {
    const store = await backend.fresh();
    await store.members.put(aMember({ id: 'm1', name: 'Seeded' }));
    const known = await store.dataVersion();
    await store.writes.commit(plan({ expect: { unchangedSince: known }, next: { status: 'published', document: aMember({ id: 'm1', name: 'First' }), organisationId: 'm1' } }));
    const after = await store.dataVersion();
    // A second writer that read at `known` too loses.
    await expect(store.writes.commit(plan({ expect: { unchangedSince: known }, next: { status: 'published', document: aMember({ id: 'm1', name: 'Second' }), organisationId: 'm1' } })))
      .rejects.toBeInstanceOf(StaleWriteError);
    expect((await store.members.get('m1'))?.name).toBe('First');
    expect(await store.dataVersion()).toBe(after);
  });

  it('keeps records that are not published out of the public tables, and brings them back', async () => {
    const store = await backend.fresh();
    const resource = aResource({ id: 'r1' });
    await store.writes.commit(plan({ kind: 'resources', id: 'r1', expect: { absent: true }, next: { status: 'pending', document: resource, organisationId: null },
      pending: { add: [{ id: 'p1', document: resource, fields: ['*'] }] } }));
    expect(await store.resources.get('r1')).toBeUndefined();
    expect(await store.resources.count()).toBe(0);
    expect(await store.writes.snapshot('resources', 'r1')).toMatchObject({ status: 'pending', document: { id: 'r1' } });
    expect(await store.writes.pendingChanges()).toMatchObject([{ id: 'p1', kind: 'resources', recordId: 'r1', fields: ['*'] }]);

    const { revision } = (await store.writes.snapshot('resources', 'r1'))!;
    await store.writes.commit(plan({ kind: 'resources', id: 'r1', expect: { unchangedSince: revision }, next: { status: 'published', document: resource, organisationId: null },
      pending: { remove: ['p1'] }, action: 'approve' }));
    expect((await store.resources.get('r1'))?.id).toBe('r1');
    expect(await store.writes.pendingChanges()).toEqual([]);
  });

  it('answers a retried request with the same key from the first one, once', async () => {
    const store = await backend.fresh();
    const idempotent = { actor: 'key:k1', key: 'abc', fingerprint: 'POST /v1/members 123', status: 201, body: '{"id":"m1"}', headers: { location: '/v1/members/m1' } };
    const revision = await store.writes.commit(plan({ expect: { absent: true }, next: { status: 'published', document: aMember({ id: 'm1' }), organisationId: 'm1' }, idempotent }));
    await expect(store.writes.commit(plan({ id: 'm2', expect: { absent: true }, next: { status: 'published', document: aMember({ id: 'm2' }), organisationId: 'm2' }, idempotent })))
      .rejects.toBeInstanceOf(IdempotencyReplayError);
    expect(await store.members.get('m2')).toBeUndefined();
    expect(await store.writes.idempotentAnswer('key:k1', 'abc')).toMatchObject({ status: 201, revision, headers: { location: '/v1/members/m1' } });
  });

  it('purges a deleted record for good, and a new record of the same id gets a higher revision', async () => {
    const store = await backend.fresh();
    const member = aMember({ id: 'm1' });
    const created = await store.writes.commit(plan({ expect: { absent: true }, next: { status: 'published', document: member, organisationId: 'm1' } }));
    await store.writes.commit(plan({ expect: { unchangedSince: created }, next: { status: 'deleted', document: member, organisationId: 'm1', deletedAt: '2026-01-01T00:00:00.000Z' } }));
    expect(await store.members.get('m1')).toBeUndefined();
    expect(await store.writes.deletedBefore('2026-02-01T00:00:00.000Z')).toEqual([{ kind: 'members', id: 'm1' }]);
    const deleted = (await store.writes.snapshot('members', 'm1'))!;
    await store.writes.commit(plan({ expect: { unchangedSince: deleted.revision }, next: 'purge', action: 'purge' }));
    expect(await store.writes.snapshot('members', 'm1')).toBeUndefined();
    const again = await store.writes.commit(plan({ expect: { absent: true }, next: { status: 'published', document: member, organisationId: 'm1' } }));
    expect(again).toBeGreaterThan(deleted.revision);
  });

  it('writes nothing, not even the audit row, when the record does not match its schema', async () => {
    const store = await backend.fresh();
    const version = await store.dataVersion();
    const bad = { ...aMember({ id: 'm1' }), country: 'XX-not-a-country' };
    await expect(store.writes.commit(plan({ expect: { absent: true }, next: { status: 'published', document: bad, organisationId: 'm1' } }))).rejects.toThrow();
    expect(await store.dataVersion()).toBe(version);
    expect((await store.writes.audit({}, { page: 1, pageSize: 10 })).total).toBe(0);
  });

  it('lists suspended records with their reason, by kind, and only while they stay suspended', async () => {
    const store = await backend.fresh();
    await store.members.put(aMember({ id: 'm1', name: 'Seeded member' }));
    await store.resources.put(aResource({ id: 'r1' }));
    const member = (await store.writes.snapshot('members', 'm1'))!;
    const resource = (await store.writes.snapshot('resources', 'r1'))!;
    await store.writes.commit(plan({ expect: { unchangedSince: member.revision }, action: 'suspend',
      next: { status: 'suspended', document: member.document, organisationId: 'm1', reason: 'Complaint' } }));
    await store.writes.commit(plan({ kind: 'resources', id: 'r1', organisationId: 'm1', expect: { unchangedSince: resource.revision }, action: 'suspend',
      next: { status: 'suspended', document: resource.document, organisationId: 'm1', reason: 'Broken link' } }));

    const all = await store.writes.recordsWithStatus('suspended');
    expect(all.map((r) => `${r.kind}/${r.id}`).sort()).toEqual(['members/m1', 'resources/r1']);
    expect(all.find((r) => r.kind === 'members')).toMatchObject({ name: 'Seeded member', organisationId: 'm1', status: 'suspended', reason: 'Complaint' });
    expect(all.find((r) => r.kind === 'resources')?.name).toBe(resource.document.title.en);
    expect(typeof all[0]?.updatedAt).toBe('string');
    expect(await store.writes.recordsWithStatus('suspended', 'resources')).toMatchObject([{ id: 'r1', reason: 'Broken link' }]);
    expect(await store.writes.recordsWithStatus('deleted')).toEqual([]);

    const suspended = (await store.writes.snapshot('members', 'm1'))!;
    await store.writes.commit(plan({ expect: { unchangedSince: suspended.revision }, action: 'reinstate',
      next: { status: 'published', document: suspended.document, organisationId: 'm1' } }));
    expect((await store.writes.recordsWithStatus('suspended')).map((r) => r.id)).toEqual(['r1']);
  });

  it('lists the trusted organisations with their names, and drops one no longer trusted', async () => {
    const store = await backend.fresh();
    await store.members.put(aMember({ id: 'm1', name: 'First' }));
    await store.members.put(aMember({ id: 'm2', name: 'Second' }));
    expect(await store.writes.trustedOrganisations()).toEqual([]);
    await store.writes.setTrusted('m1', true, actor);
    await store.writes.setTrusted('m2', true, actor);
    expect(await store.writes.trustedOrganisations()).toMatchObject([{ memberId: 'm1', name: 'First' }, { memberId: 'm2', name: 'Second' }]);
    await store.writes.setTrusted('m1', false, actor);
    const trusted = await store.writes.trustedOrganisations();
    expect(trusted.map((o) => o.memberId)).toEqual(['m2']);
    expect(Number.isNaN(Date.parse(trusted[0]!.trustedSince))).toBe(false);
  });
});
