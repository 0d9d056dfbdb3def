/** The write API as a script or the portal uses it: concurrency, merge patch, review, deletion, hostile input. */
import fc from 'fast-check';
import { createApiKeys } from '@thb/store/access';
import { afterEach, describe, expect, it } from 'vitest';
import { purgeDeleted } from '../src/routes/writes/purge-deleted.ts';
import { TEST_NOW } from './support/fixtures.ts';
import { openTestStore, testApp, type TestStore } from './support/test-store.ts';

const A = 'fixture-berlin-shelter';
const opened: TestStore[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
});

async function setup() {
  const testStore = await openTestStore();
  opened.push(testStore);
  const keys = createApiKeys((testStore.store as unknown as { db: Parameters<typeof createApiKeys>[0] }).db);
  const editor = (await keys.create({ organisationId: A, name: 'crm', createdBy: 'test' })).key;
  const secretariat = (await keys.create({ organisationId: null, name: 'sec', createdBy: 'test' })).key;
  const app = testApp(testStore.store, { writes: { keys, rateLimit: { capacity: 100_000 } } });
  const send = (method: string, path: string, key: string, body?: unknown, headers: Record<string, string> = {}) =>
    Promise.resolve(app.request(path, {
      method,
      headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    }));
  const etagOf = async (path: string) => (await app.request(path)).headers.get('etag')!;
  return { store: testStore.store, app, editor, secretariat, send, etagOf };
}

describe('the write API', () => {
  it('needs If-Match on PATCH and DELETE, and refuses a stale one with 412', async () => {
    const { send, editor, etagOf } = await setup();
    const path = `/v1/members/${A}`;
    expect((await send('PATCH', path, editor, { city: 'Potsdam' })).status).toBe(428);
    const etag = await etagOf(path);
    const first = await send('PATCH', path, editor, { city: 'Potsdam' }, { 'if-match': etag });
    expect(first.status).toBe(200);
    const second = await send('PATCH', path, editor, { city: 'Cottbus' }, { 'if-match': etag });
    expect(second.status).toBe(412);
    const third = await send('PATCH', path, editor, { city: 'Cottbus' }, { 'if-match': first.headers.get('etag')! });
    expect(third.status).toBe(200);
    expect(((await (await send('GET', path, editor)).json()) as { city: string }).city).toBe('Cottbus');
  });

  it('applies a JSON merge patch: null removes an optional field, objects merge, unknown fields are a 400', async () => {
    const { send, editor, etagOf, store } = await setup();
    const path = `/v1/members/${A}`;
    const response = await send('PATCH', path, editor, { acronym: null, description: { fr: 'Un foyer.' } }, { 'if-match': await etagOf(path) });
    expect(response.status).toBe(200);
    const member = (await store.members.get(A))!;
    expect(member.acronym).toBeUndefined();
    expect(member.description).toEqual({ en: 'Runs a shelter for survivors.', de: 'Betreibt eine Schutzwohnung für Betroffene.', fr: 'Un foyer.' });
    const unknown = await send('PATCH', path, editor, { secretNote: 'x' }, { 'if-match': '*' });
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { errors: { name: string }[] }).errors[0]!.name).toBe('secretNote');
  });

  it('keeps an editor\'s name change waiting for the secretariat while the rest goes live, and mails nothing it has not', async () => {
    const { send, editor, secretariat, store } = await setup();
    const path = `/v1/members/${A}`;
    const response = await send('PATCH', path, editor, { name: 'Shelter Berlin e.V.', city: 'Potsdam' }, { 'if-match': '*' });
    expect(await response.json()).toMatchObject({ status: 'published', pendingReview: ['name'], item: { name: 'Fixture Shelter Berlin', city: 'Potsdam' } });
    const queue = (await (await send('GET', '/v1/review', secretariat)).json()) as { items: { id: string; fields: string[] }[] };
    expect(queue.items).toMatchObject([{ fields: ['name'] }]);
    expect((await send('GET', '/v1/review', editor)).status).toBe(403);
    const approved = await send('POST', `/v1/review/${queue.items[0]!.id}`, secretariat, { decision: 'approve' });
    expect(approved.status).toBe(200);
    expect((await store.members.get(A))!).toMatchObject({ name: 'Shelter Berlin e.V.', city: 'Potsdam' });
    expect((await send('POST', `/v1/review/${queue.items[0]!.id}`, secretariat, { decision: 'approve' })).status).toBe(404);
  });

  it('holds an untrusted organisation\'s new resource for review, and publishes a trusted one\'s at once', async () => {
    const { send, editor, secretariat, app } = await setup();
    const body = {
      id: 'new-guide', type: 'guide', title: { en: 'A new guide' }, summary: { en: 'How to help.' }, url: 'https://guide.example.org/new',
      publisher: { type: 'member', memberId: A }, languages: ['en'], countries: ['DE'], topics: ['victim-protection'], audience: ['practitioners'], published: '2026-11-01',
    };
    const created = await send('POST', '/v1/resources', editor, body);
    expect(created.status, await created.clone().text()).toBe(201);
    expect(await created.json()).toMatchObject({ status: 'pending', pendingReview: ['*'] });
    expect((await app.request('/v1/resources/new-guide')).status).toBe(404);
    const queue = (await (await send('GET', '/v1/review', secretariat)).json()) as { items: { id: string }[] };
    const rejected = await send('POST', `/v1/review/${queue.items[0]!.id}`, secretariat, { decision: 'reject' });
    expect(rejected.status).toBe(400);
    expect((await send('POST', `/v1/review/${queue.items[0]!.id}`, secretariat, { decision: 'reject', reason: 'Not about trafficking.' })).status).toBe(200);
    expect((await app.request('/v1/resources/new-guide')).status).toBe(404);

    expect((await send('PATCH', `/v1/organisations/${A}`, secretariat, { trusted: true })).status).toBe(200);
    const audit = (await (await send('GET', `/v1/audit?record=${A}`, secretariat)).json()) as { items: { action: string; after: unknown }[] };
    expect(audit.items[0]).toMatchObject({ action: 'trust', after: { trusted: true } });
    const trusted = await send('POST', '/v1/resources', editor, { ...body, id: 'trusted-guide' });
    expect(await trusted.json()).toMatchObject({ status: 'published', pendingReview: [] });
    expect((await app.request('/v1/resources/trusted-guide')).status).toBe(200);
  });

  it('creates one record for retries with the same Idempotency-Key, and refuses the key for another body', async () => {
    const { send, secretariat, store } = await setup();
    const member = { ...(await store.members.get(A))!, id: 'idempotent-member', updatedAt: undefined };
    const headers = { 'idempotency-key': 'retry-1' };
    const first = await send('POST', '/v1/members', secretariat, member, headers);
    const again = await send('POST', '/v1/members', secretariat, member, headers);
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(await again.text()).toBe(await first.text());
    expect(again.headers.get('etag')).toBe(first.headers.get('etag'));
    const other = await send('POST', '/v1/members', secretariat, { ...member, id: 'other-member' }, headers);
    expect(other.status).toBe(422);
    expect(await store.members.get('other-member')).toBeUndefined();
  });

  it('deletes softly: gone from the reads, restorable, purged after 30 days', async () => {
    const { send, secretariat, app, store } = await setup();
    const path = `/v1/members/${A}`;
    expect((await send('DELETE', path, secretariat, undefined, { 'if-match': '*' })).status).toBe(200);
    expect((await app.request(path)).status).toBe(404);
    expect((await send('POST', `${path}/restore`, secretariat)).status).toBe(200);
    expect((await app.request(path)).status).toBe(200);
    await send('DELETE', path, secretariat, undefined, { 'if-match': '*' });
    expect(await purgeDeleted(store, new Date(TEST_NOW.getTime() + 29 * 86_400_000))).toBe(0);
    expect(await purgeDeleted(store, new Date(TEST_NOW.getTime() + 31 * 86_400_000))).toBe(1);
    expect((await send('POST', `${path}/restore`, secretariat)).status).toBe(404);
    const audit = (await (await send('GET', `/v1/audit?record=${A}`, secretariat)).json()) as { items: { action: string }[] };
    expect(audit.items.map((entry) => entry.action)).toEqual(['purge', 'delete', 'restore', 'delete']);
  });

  it('changes the ETag of the GeoJSON the map reads as soon as a write commits', async () => {
    const { send, editor, app } = await setup();
    const before = (await app.request('/v1/members.geojson')).headers.get('etag');
    await send('PATCH', `/v1/members/${A}`, editor, { city: 'Potsdam' }, { 'if-match': '*' });
    const after = await app.request('/v1/members.geojson');
    expect(after.headers.get('etag')).not.toBe(before);
    expect(JSON.stringify(await after.json())).toContain('Potsdam');
  });

  it('answers hostile bodies with a 4xx problem and changes nothing', async () => {
    const { send, editor, store } = await setup();
    const path = `/v1/members/${A}`;
    const version = await store.dataVersion();
    const cases: [string, Record<string, string>, number][] = [
      ['not json', { 'content-type': 'application/json' }, 400],
      ['{"city":"x"}', { 'content-type': 'text/plain' }, 415],
      ['[1,2]', { 'content-type': 'application/json' }, 400],
      [`${'['.repeat(5000)}${']'.repeat(5000)}`, { 'content-type': 'application/json' }, 400],
      [JSON.stringify({ city: 'x'.repeat(300 * 1024) }), { 'content-type': 'application/json' }, 413],
      ['{"website":"javascript:alert(1)"}', { 'content-type': 'application/json' }, 400],
      ['{"updatedAt":"2020-01-01T00:00:00Z"}', { 'content-type': 'application/json' }, 400],
      ['{"id":"someone-else"}', { 'content-type': 'application/json' }, 400],
    ];
    for (const [body, headers, status] of cases) {
      const response = await send('PATCH', path, editor, body, { 'if-match': '*', ...headers });
      expect(response.status, body.slice(0, 40)).toBe(status);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
    }
    expect(await store.dataVersion()).toBe(version);
  });

  it('never answers random bodies and headers with a 5xx, and a 4xx changes nothing', async () => {
    const { send, editor, secretariat, store } = await setup();
    const paths = ['/v1/members', `/v1/members/${A}`, '/v1/resources', '/v1/resources/fixture-hotline', '/v1/events', `/v1/members/${A}/suspend`, '/v1/review/x', `/v1/organisations/${A}`];
    await fc.assert(fc.asyncProperty(
      fc.constantFrom('POST', 'PATCH', 'DELETE'), fc.constantFrom(...paths), fc.constantFrom(editor, secretariat, 'thb_nonsense'),
      fc.oneof(fc.json(), fc.jsonValue().map((v) => JSON.stringify(v)), fc.string()),
      fc.record({ 'if-match': fc.oneof(fc.constant('*'), fc.string()), 'idempotency-key': fc.string() }, { requiredKeys: [] }),
      async (method, path, key, body, headers) => {
        const version = await store.dataVersion();
        const response = await send(method, path, key, body, headers);
        expect(response.status).toBeLessThan(500);
        if (response.status >= 400) expect(await store.dataVersion()).toBe(version);
      },
    ), { numRuns: 150 });
  }, 60_000);
});


