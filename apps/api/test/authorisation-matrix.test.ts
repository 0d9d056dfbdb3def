/**
 * Nobody writes where they do not belong. Every non-GET operation is read from the app's own
 * OpenAPI document, so a new write route cannot be forgotten: one missing from `OPERATIONS`
 * fails the test. Each is called as every kind of principal, against its own organisation's
 * records and another's; a refusal must leave the data version and the record as they were.
 */
import { Event, Member, Resource } from '@thb/schema';
import type { PlatformStore, RecordKind } from '@thb/store';
import { createApiKeys } from '@thb/store/access';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppOpenAPI } from '../src/app.ts';
import { TEST_NOW, fixtureEvents, fixtureMembers, fixtureResources } from './support/fixtures.ts';
import { openTestStore, testApp, type TestStore } from './support/test-store.ts';

const A = 'fixture-berlin-shelter';
const B = 'fixture-lisbon-network';

/** One record of each kind per organisation, so "A's record" and "B's record" exist for every kind. */
const RECORDS: Record<RecordKind, Record<'A' | 'B', string>> = {
  members: { A, B },
  resources: { A: 'fixture-hotline', B: 'matrix-b-guide' },
  events: { A: 'matrix-a-meeting', B: 'fixture-whole-day-training' },
};
const extraResource = Resource.parse({ ...fixtureResources.find((r) => r.id === 'fixture-commission-guide'), id: 'matrix-b-guide', publisher: { type: 'member', memberId: B } });
const extraEvent = Event.parse({ ...fixtureEvents.find((e) => e.id === 'fixture-whole-day-training'), id: 'matrix-a-meeting', organiser: { type: 'member', memberId: A } });

type Who = 'nobody' | 'revoked key of A' | 'key of A' | 'secretariat key';
const WHO: readonly Who[] = ['nobody', 'revoked key of A', 'key of A', 'secretariat key'];

/** How to call one operation against organisation `org`'s record, and who may. */
interface Operation {
  /** Path parameters for the target record of `org`. */
  path(org: 'A' | 'B'): string;
  body?(org: 'A' | 'B'): unknown;
  /** Puts the target into the state the action needs (deleted for a restore…), on a fresh store. */
  prepare?(store: PlatformStore, org: 'A' | 'B'): Promise<void>;
  /** An organisation's editor (its key) may do it to its own records. */
  editor: boolean;
  /** Anyone may (the chat). */
  public?: boolean;
  /** The kind and id the refusal check compares before and after. */
  record?(org: 'A' | 'B'): { kind: RecordKind; id: string };
  ok: number;
}

function newMember(org: 'A' | 'B'): Member {
  return Member.parse({ ...fixtureMembers[0], id: `matrix-new-${org.toLowerCase()}`, name: `Matrix ${org}` });
}
const newResource = (org: 'A' | 'B') => {
  const { updatedAt: _, ...rest } = { ...extraResource, id: `matrix-new-r-${org.toLowerCase()}`, publisher: { type: 'member', memberId: org === 'A' ? A : B } };
  return rest;
};
const newEvent = (org: 'A' | 'B') => {
  const { updatedAt: _, ...rest } = { ...extraEvent, id: `matrix-new-e-${org.toLowerCase()}`, organiser: { type: 'member', memberId: org === 'A' ? A : B } };
  return rest;
};

async function setStatus(store: PlatformStore, kind: RecordKind, id: string, status: 'deleted' | 'suspended') {
  const snapshot = (await store.writes.snapshot(kind, id))!;
  await store.writes.commit({
    kind, id, expect: { unchangedSince: snapshot.revision },
    next: { status, document: snapshot.document, organisationId: snapshot.organisationId, deletedAt: status === 'deleted' ? TEST_NOW.toISOString() : null },
    actor: { actor: 'cli', label: 'test', route: 'test' }, action: status, before: null, after: null, organisationId: snapshot.organisationId,
  });
}

function recordOperations(kind: RecordKind): Record<string, Operation> {
  const id = (org: 'A' | 'B') => RECORDS[kind][org];
  const record = (org: 'A' | 'B') => ({ kind, id: id(org) });
  const editsOwn = kind !== 'members';
  const patchBody = kind === 'members' ? { city: 'Matrixstadt' } : { languages: ['en', 'de'] };
  const create = kind === 'members' ? newMember : kind === 'resources' ? newResource : newEvent;
  return {
    [`POST /v1/${kind}`]: { path: () => `/v1/${kind}`, body: (org) => (kind === 'members' ? (({ updatedAt: _, ...m }) => m)(create(org) as Member) : create(org)), editor: editsOwn, ok: 201, record: (org) => ({ kind, id: (create(org) as { id: string }).id }) },
    [`PATCH /v1/${kind}/{id}`]: { path: (org) => `/v1/${kind}/${id(org)}`, body: () => patchBody, editor: true, ok: 200, record },
    [`DELETE /v1/${kind}/{id}`]: { path: (org) => `/v1/${kind}/${id(org)}`, editor: editsOwn, ok: 200, record },
    [`POST /v1/${kind}/{id}/restore`]: {
      path: (org) => `/v1/${kind}/${id(org)}/restore`, editor: editsOwn, ok: 200, record,
      prepare: (store, org) => setStatus(store, kind, id(org), 'deleted'),
    },
    [`POST /v1/${kind}/{id}/suspend`]: { path: (org) => `/v1/${kind}/${id(org)}/suspend`, body: () => ({ reason: 'Matrix test' }), editor: false, ok: 200, record },
    [`POST /v1/${kind}/{id}/reinstate`]: {
      path: (org) => `/v1/${kind}/${id(org)}/reinstate`, editor: false, ok: 200, record,
      prepare: (store, org) => setStatus(store, kind, id(org), 'suspended'),
    },
  };
}

const OPERATIONS: Record<string, Operation> = {
  ...recordOperations('members'),
  ...recordOperations('resources'),
  ...recordOperations('events'),
  'POST /v1/chat': { path: () => '/v1/chat', body: () => ({ text: 'hello' }), editor: true, public: true, ok: 200 },
  'POST /v1/review/{id}': {
    path: () => '/v1/review/matrix-pending', body: () => ({ decision: 'approve' }), editor: false, ok: 200,
    record: (org) => ({ kind: 'members', id: RECORDS.members[org] }),
  },
  'PATCH /v1/organisations/{memberId}': { path: (org) => `/v1/organisations/${RECORDS.members[org]}`, body: () => ({ trusted: true }), editor: false, ok: 200 },
};

/** What `who` gets when calling an operation on organisation `org`'s record. */
function expected(operation: Operation, who: Who, org: 'A' | 'B'): number {
  if (operation.public) return operation.ok;
  if (who === 'nobody' || who === 'revoked key of A') return 401;
  if (who === 'secretariat key') return operation.ok;
  return operation.editor && org === 'A' ? operation.ok : 403;
}

interface World {
  testStore: TestStore;
  app: AppOpenAPI;
  headers: Record<Who, Record<string, string>>;
}

async function world(): Promise<World> {
  const testStore = await openTestStore();
  const { store } = testStore;
  await store.putMany({ resources: [extraResource], events: [extraEvent] });
  // A pending name change of A, which the review route approves.
  const a = (await store.writes.snapshot('members', A))!;
  await store.writes.commit({
    kind: 'members', id: A, expect: { unchangedSince: a.revision },
    next: { status: 'published', document: a.document, organisationId: A },
    pending: { add: [{ id: 'matrix-pending', document: { ...a.document, name: 'Matrix Renamed' }, fields: ['name'] }] },
    actor: { actor: 'cli', label: 'test', route: 'test' }, action: 'propose', before: null, after: null, organisationId: A,
  });
  const keys = createApiKeys((testStore.store as unknown as { db: Parameters<typeof createApiKeys>[0] }).db);
  const keyOfA = await keys.create({ organisationId: A, name: 'A', createdBy: 'test' });
  const revoked = await keys.create({ organisationId: A, name: 'A old', createdBy: 'test' });
  await keys.revoke(revoked.id);
  const secretariat = await keys.create({ organisationId: null, name: 'secretariat', createdBy: 'test' });
  const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
  return {
    testStore,
    app: testApp(store, { writes: { keys, rateLimit: { capacity: 10_000 } } }),
    headers: { nobody: {}, 'revoked key of A': bearer(revoked.key), 'key of A': bearer(keyOfA.key), 'secretariat key': bearer(secretariat.key) },
  };
}

function call(w: World, operation: Operation, method: string, who: Who, org: 'A' | 'B'): Promise<Response> {
  const body = operation.body?.(org);
  return Promise.resolve(w.app.request(operation.path(org), {
    method,
    headers: {
      ...w.headers[who], 'if-match': '*', 'x-forwarded-for': '192.0.2.1',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  }));
}

describe('the authorisation matrix of every write route', () => {
  let shared: World;
  let operations: [string, string][];
  beforeAll(async () => {
    shared = await world();
    const document = await (await shared.app.request('/openapi.json')).json() as { paths: Record<string, Record<string, unknown>> };
    operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).filter((method) => method !== 'get').map((method): [string, string] => [method.toUpperCase(), path]));
  });
  afterAll(() => shared.testStore.close());

  it('knows every non-GET operation the API documents', () => {
    expect(operations.length).toBeGreaterThan(15);
    for (const [method, path] of operations) expect(OPERATIONS, `${method} ${path} is not in the matrix`).toHaveProperty([`${method} ${path}`]);
  });

  it('refuses everyone who may not, and a refusal changes nothing', async () => {
    for (const [method, path] of operations) {
      const operation = OPERATIONS[`${method} ${path}`]!;
      for (const who of WHO) {
        for (const org of ['A', 'B'] as const) {
          const status = expected(operation, who, org);
          if (status < 400) continue;
          const { store } = shared.testStore;
          const target = operation.record?.(org);
          const before = [await store.dataVersion(), target && JSON.stringify(await store.writes.snapshot(target.kind, target.id))];
          const response = await call(shared, operation, method, who, org);
          expect(response.status, `${method} ${path} as ${who} on ${org}'s record`).toBe(status);
          expect(response.headers.get('content-type')).toBe('application/problem+json');
          const after = [await store.dataVersion(), target && JSON.stringify(await store.writes.snapshot(target.kind, target.id))];
          expect(after, `${method} ${path} as ${who} on ${org}'s record changed data`).toEqual(before);
        }
      }
    }
  });

  it('lets everyone who may do it, each on a fresh store', async () => {
    for (const [method, path] of operations) {
      const operation = OPERATIONS[`${method} ${path}`]!;
      for (const who of WHO) {
        for (const org of ['A', 'B'] as const) {
          const status = expected(operation, who, org);
          if (status >= 400 || (operation.public && who !== 'nobody')) continue;
          const w = await world();
          try {
            await operation.prepare?.(w.testStore.store, org);
            const response = await call(w, operation, method, who, org);
            expect(response.status, `${method} ${path} as ${who} on ${org}'s record: ${await response.clone().text()}`).toBe(status);
          } finally {
            await w.testStore.close();
          }
        }
      }
    }
  }, 120_000);
});
