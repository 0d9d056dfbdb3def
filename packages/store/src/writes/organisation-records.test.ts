import { describe, expect, it } from 'vitest';
import { BACKENDS } from '../testing/backends.ts';
import { aResource, anEvent } from '../testing/records.ts';
import { ownerOf } from './record-writes.ts';
import type { AnyRecord, RecordStatus, RecordWritePlan } from './types.ts';

const actor = { actor: 'person:u1', label: 'editor@example.org', route: 'POST /v1/resources' };
const ours = { type: 'member', memberId: 'ours' } as const;

function create(kind: 'resources' | 'events', document: AnyRecord, status: RecordStatus, reason?: string): RecordWritePlan {
  const organisationId = ownerOf(kind, document);
  return {
    kind, id: document.id, actor, action: 'create', before: null, after: document, organisationId,
    expect: { absent: true }, next: { status, document, organisationId, reason: reason ?? null },
  };
}

describe.each(BACKENDS)('an organisation\'s records on $name', (backend) => {
  it('lists its resources in every status but deleted, with reason and revision, and nobody else\'s', async () => {
    const store = await backend.fresh();
    // Seeded: published without any state row. Another organisation's and the Commission's stay out.
    await store.putMany({ resources: [
      aResource({ id: 'seeded', publisher: ours, updatedAt: '2026-01-01T00:00:00Z' }),
      aResource({ id: 'theirs', publisher: { type: 'member', memberId: 'ours-too' } }),
      aResource({ id: 'commission' }),
    ] });
    const pending = await store.writes.commit(create('resources', aResource({ id: 'waiting', publisher: ours, updatedAt: '2026-03-01T00:00:00Z' }), 'pending'));
    await store.writes.commit(create('resources', aResource({ id: 'refused', publisher: ours, updatedAt: '2026-02-01T00:00:00Z' }), 'rejected', 'Not about trafficking.'));
    const live = await store.writes.commit(create('resources', aResource({ id: 'live', publisher: ours, updatedAt: '2026-04-01T00:00:00Z' }), 'published'));
    await store.writes.commit(create('resources', aResource({ id: 'gone', publisher: ours }), 'deleted'));

    const records = await store.writes.organisationRecords('resources', 'ours');
    expect(records.map((r) => [r.id, r.status, r.reason])).toEqual([
      ['live', 'published', null], ['waiting', 'pending', null], ['refused', 'rejected', 'Not about trafficking.'],
      ['seeded', 'published', null],
    ]);
    expect(records.find((r) => r.id === 'waiting')?.revision).toBe(pending);
    expect(records.find((r) => r.id === 'live')?.revision).toBe(live);
    expect(records.find((r) => r.id === 'seeded')).toMatchObject({ revision: 0, document: { title: { en: 'Resource seeded' } } });
    expect(await store.writes.organisationRecords('resources', 'ours-too')).toMatchObject([{ id: 'theirs' }]);
    expect(await store.writes.organisationRecords('resources', 'nobody')).toEqual([]);
  });

  it('lists its events, suspended ones with the reason', async () => {
    const store = await backend.fresh();
    await store.writes.commit(create('events', anEvent({ id: 'paused', organiser: ours }), 'suspended', 'Under investigation.'));
    await store.writes.commit(create('events', anEvent({ id: 'seasonal', organiser: ours, datePrecision: 'season', approximateDate: '2027-23', start: '2027-09-01', end: '2027-11-30' }), 'pending'));
    await store.writes.commit(create('events', anEvent({ id: 'elsewhere', organiser: { type: 'member', memberId: 'other' } }), 'pending'));
    const records = await store.writes.organisationRecords('events', 'ours');
    expect(records.map((r) => [r.id, r.status, r.reason]).sort()).toEqual([
      ['paused', 'suspended', 'Under investigation.'], ['seasonal', 'pending', null],
    ]);
    expect(records.find((r) => r.id === 'seasonal')?.document).toMatchObject({ approximateDate: '2027-23' });
    expect(await store.writes.organisationRecords('resources', 'ours')).toEqual([]);
  });
});
