/**
 * The Worker's edge cache on the real Cache API of workerd (Miniflare): directly from Node, and
 * through two Worker isolates sharing one D1 database and one data centre's cache.
 */
import { randomBytes } from 'node:crypto';
import { Request as MiniflareRequest, Response as MiniflareResponse } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Member, MemberView } from '@thb/schema';
import { createD1Store, migrateD1 } from '@thb/store/d1';
import type { KyselyPlatformStore } from '@thb/store';
import { buildCachedResponse } from '../lib/cached-response.ts';
import { readCacheKey } from '../lib/read-context.ts';
import { fixtureMembers } from '../../test/support/fixtures.ts';
import { seedTestData } from '../../test/support/test-store.ts';
import { startWorkerRuntime, type WorkerRuntime } from '../../test/support/worker-runtime.ts';
import { edgeCacheKey, edgeReadCache, type EdgeCacheStorage } from './edge-read-cache.ts';

let runtime: WorkerRuntime;
let store: KyselyPlatformStore;
let storage: EdgeCacheStorage;

beforeAll(async () => {
  runtime = await startWorkerRuntime({ workers: ['isolate-a', 'isolate-b'], databaseId: `edge-${randomBytes(4).toString('hex')}` });
  await migrateD1(runtime.d1);
  store = createD1Store(runtime.d1);
  await seedTestData(store);
  // The Cache API of the runtime, used from Node: the same `caches.default` the Worker sees.
  // Miniflare's proxy takes its own Request and Response classes, hence the conversions.
  const cache = (await runtime.miniflare.getCaches()).default;
  storage = {
    async match(key) {
      const found = await cache.match(new MiniflareRequest(key.url));
      return found && new Response(await found.arrayBuffer(), { headers: Object.fromEntries(found.headers) });
    },
    async put(key, response) {
      const body = new Uint8Array(await response.arrayBuffer());
      await cache.put(new MiniflareRequest(key.url), new MiniflareResponse(body, { headers: Object.fromEntries(response.headers) }));
    },
  };
}, 120_000);
afterAll(async () => {
  await store?.close();
  await runtime?.dispose();
});

const URL_OF_READ = 'https://api.example/v1/members?country=DE';

describe('edgeReadCache', () => {
  it('keeps both codings with their headers, per deployment and data version', async () => {
    const body = JSON.stringify({ items: Array.from({ length: 60 }, (_, i) => ({ id: `m-${i}`, name: 'Ä member' })) });
    const entry = await buildCachedResponse(7, { body, contentType: 'application/json', request: '/v1/members?{}' });
    expect(entry.gzip).toBeDefined();
    await edgeReadCache(storage, { deployment: 'one' }).put(7, 'key', URL_OF_READ, entry, Date.now());
    const found = await edgeReadCache(storage, { deployment: 'one' }).get(7, 'key', URL_OF_READ, Date.now());
    expect(found).toEqual(entry);
    expect(await edgeReadCache(storage, { deployment: 'two' }).get(7, 'key', URL_OF_READ, Date.now())).toBeUndefined();
    expect(await edgeReadCache(storage, { deployment: 'one' }).get(8, 'key', URL_OF_READ, Date.now())).toBeUndefined();
  });

  it('drops an entry once the data it shows has gone stale with the clock', async () => {
    const now = Date.now();
    const entry = await buildCachedResponse(7, { body: '{}', contentType: 'application/json', request: '/v1/events?{}', expiresAt: now + 30_000 });
    const cache = edgeReadCache(storage);
    await cache.put(7, 'clocked', URL_OF_READ, entry, now);
    expect(await cache.get(7, 'clocked', URL_OF_READ, now + 29_000)).toEqual(entry);
    expect(await cache.get(7, 'clocked', URL_OF_READ, now + 30_000)).toBeUndefined();
  });
});

describe('the Worker with the edge cache', () => {
  const path = '/v1/members/fixture-berlin-shelter';
  const isolate = async (name: string, headers: Record<string, string> = {}) =>
    (await runtime.miniflare.getWorker(name)).fetch(`${runtime.url}${path}`, { headers: { 'accept-encoding': 'identity', ...headers } });

  it('serves a read another isolate cached without querying the data, until a write', async () => {
    const first = await isolate('isolate-a');
    const etag = first.headers.get('etag')!;
    expect(MemberView.parse(await first.json()).name).toBe('Fixture Shelter Berlin');
    // The put runs after the response (waitUntil): wait until the entry is there.
    const key = edgeCacheKey(runtime.url, 'local', await store.dataVersion(), readCacheKey(new Request(`${runtime.url}${path}`)));
    await vi.waitFor(async () => expect(await storage.match(new Request(key))).toBeDefined(), { timeout: 20_000 });

    // Changed behind the store's back (no version bump): only a query of the data would see it.
    await runtime.d1.prepare("update members set document = replace(document, 'Fixture Shelter Berlin', 'Changed behind the cache') where id = ?")
      .bind('fixture-berlin-shelter').run();
    const fromEdge = await isolate('isolate-b');
    expect(fromEdge.headers.get('etag')).toBe(etag);
    expect(MemberView.parse(await fromEdge.json()).name).toBe('Fixture Shelter Berlin');
    expect((await isolate('isolate-b', { 'if-none-match': etag })).status).toBe(304);
    const otherLanguage = await isolate('isolate-b', { 'accept-language': 'de' }); // another key: queried
    expect(MemberView.parse(await otherLanguage.json()).name).toBe('Changed behind the cache');

    const member = fixtureMembers.find((m) => m.id === 'fixture-berlin-shelter')!;
    await store.members.put(Member.parse({ ...member, city: 'Potsdam', updatedAt: '2026-11-29T11:00:00Z' }));
    for (const name of ['isolate-a', 'isolate-b']) {
      const after = await isolate(name, { 'if-none-match': etag });
      expect(after.status).toBe(200);
      expect(after.headers.get('etag')).not.toBe(etag);
      expect(MemberView.parse(await after.json())).toMatchObject({ name: 'Fixture Shelter Berlin', city: 'Potsdam' });
    }
  }, 60_000);
});
