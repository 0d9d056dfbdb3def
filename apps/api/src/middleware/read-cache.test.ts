import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlatformStore } from '@thb/store';
import type { ReadContext } from '../lib/read-context.ts';
import { fixtureMembers } from '../../test/support/fixtures.ts';
import { openTestStore, testApp, type TestStore } from '../../test/support/test-store.ts';

let testStore: TestStore;

beforeAll(async () => {
  testStore = await openTestStore();
});
afterAll(() => testStore.close());

/** The real store, counting how often members are queried. */
function countingStore(store: PlatformStore) {
  const calls = { list: 0 };
  const members = { ...store.members, list: (...args: Parameters<PlatformStore['members']['list']>) => {
    calls.list++;
    return store.members.list(...args);
  } };
  return { store: { ...store, members }, calls };
}

// What every backend does (headers, 304s, compression, CORS) is in read-cache.contract.ts.
describe('cached reads', () => {
  it('serve a repeated request from memory, with the same bytes and ETag', async () => {
    const { store, calls } = countingStore(testStore.store);
    const app = testApp(store);
    const first = await app.request('/v1/members?country=DE');
    const second = await app.request('/v1/members?country=DE');
    expect(calls.list).toBe(1);
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(await second.text()).toBe(await first.text());
  });

  it('after a write, build the GeoJSON once for many concurrent requests, all given the same bytes', async () => {
    const { store, calls } = countingStore(testStore.store);
    const app = testApp(store);
    const before = await app.request('/v1/members.geojson');
    const member = fixtureMembers[0]!;
    await testStore.store.putMany({ members: [{ ...member, name: `${member.name} (renamed)` }] });
    calls.list = 0;
    const answers = await Promise.all(Array.from({ length: 8 }, async () => await app.request('/v1/members.geojson')));
    expect(calls.list).toBe(1);
    const tags = new Set(answers.map((answer) => answer.headers.get('etag')));
    expect(tags.size).toBe(1);
    expect([...tags][0]).not.toBe(before.headers.get('etag'));
    const bodies = new Set(await Promise.all(answers.map((answer) => answer.text())));
    expect(bodies.size).toBe(1);
    expect([...bodies][0]).toContain('(renamed)');
    await testStore.store.putMany({ members: [member] });
  });

  it('answer every waiting request on its own when the build fails validation', async () => {
    const { store, calls } = countingStore(testStore.store);
    const app = testApp(store);
    const answers = await Promise.all(Array.from({ length: 3 }, async () => await app.request('/v1/members.geojson?page=2')));
    expect(answers.map((answer) => answer.status)).toEqual([400, 400, 400]);
    expect(calls.list).toBe(0);
  });

  it('answer 304 on the first request to a fresh process too (the tag is derived, not remembered)', async () => {
    const etag = (await testApp(testStore.store).request('/v1/events?when=upcoming')).headers.get('etag')!;
    const fresh = testApp(testStore.store);
    expect((await fresh.request('/v1/events?when=upcoming', { headers: { 'if-none-match': etag } })).status).toBe(304);
  });

  it('are gzipped once for clients that accept it, with a tag per coding', async () => {
    // fetch would decode the bytes; app.request hands them over as sent.
    const app = testApp(testStore.store);
    const plain = await app.request('/v1/members');
    const text = await plain.text();
    const zipped = await app.request('/v1/members', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    const bytes = new Uint8Array(await zipped.arrayBuffer());
    expect(Number(zipped.headers.get('content-length'))).toBe(bytes.byteLength);
    expect(bytes.byteLength).toBeLessThan(text.length / 3);
    const unzipped = await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
    expect(unzipped).toBe(text);
    const gzipTag = zipped.headers.get('etag')!;
    expect(gzipTag).toBe(`${plain.headers.get('etag')!.slice(0, -1)}-gzip"`);
    // A client holding the plain copy is current too, and is told so with its own tag.
    const plainHeld = await app.request('/v1/members', { headers: { 'accept-encoding': 'gzip', 'if-none-match': plain.headers.get('etag')! } });
    expect(plainHeld.status).toBe(304);
    expect(plainHeld.headers.get('etag')).toBe(plain.headers.get('etag'));
    const refused = await app.request('/v1/members', { headers: { 'accept-encoding': 'gzip;q=0, identity' } });
    expect(refused.headers.get('content-encoding')).toBeNull();
  });

  it('leave small bodies uncompressed', async () => {
    const response = await testApp(testStore.store).request('/v1/members/fixture-lisbon-network', { headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(response.headers.get('vary')).toBe('Accept-Language');
  });

  it('with compression left to the platform (Workers), keep one tag and still vary by encoding', async () => {
    const app = testApp(testStore.store, { compress: false });
    const response = await app.request('/v1/members', { headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(response.headers.get('etag')).not.toContain('-gzip');
    expect(response.headers.get('vary')).toBe('Accept-Language, Accept-Encoding');
  });
});

describe('the read context', () => {
  /** The app with a probe route that answers with the read context the middleware made. */
  function probeApp() {
    return testApp(testStore.store, {
      extend: (api) => api.get('/v1/probe', (c) => c.json(c.get('read') ?? null)),
    });
  }
  const probe = async (path: string, headers: Record<string, string> = {}) =>
    (await (await probeApp().request(path, { headers })).json()) as ReadContext | null;

  it('is made once by the middleware: version, language and cache key, for the handlers to share', async () => {
    const version = await testStore.store.dataVersion();
    expect(await probe('/v1/probe?x=1', { 'accept-language': 'fr-BE, de;q=0.5' })).toEqual({
      version, language: 'fr', languageNegotiated: true, cacheKey: '/v1/probe?x=1\nfr',
    });
    // `?lang=` wins over the header, percent-encoded or not, and the key names the language used.
    for (const path of ['/v1/probe?lang=de', '/v1/probe?lang=%64e']) {
      const read = await probe(path, { 'accept-language': 'fr' });
      expect(read).toMatchObject({ language: 'de', languageNegotiated: false });
      expect(read!.cacheKey.endsWith('\nde')).toBe(true);
    }
    // A `lang` the route will reject does not choose the language; the header still does.
    expect(await probe('/v1/probe?lang=xx', { 'accept-language': 'pl' })).toMatchObject({ language: 'pl', languageNegotiated: true });
    expect(await probe('/v1/probe')).toMatchObject({ language: 'en', languageNegotiated: true });
  });

  it('gives handlers the language the cache key and ETag were made with', async () => {
    const app = testApp(testStore.store);
    const german = await app.request('/v1/resources/fixture-hotline?lang=%64e', { headers: { 'accept-language': 'fr' } });
    expect(german.headers.get('content-language')).toBe('de');
    expect(((await german.json()) as { title: string }).title).toBe('Fixture-Hilfetelefon');
    const negotiated = await app.request('/v1/resources/fixture-hotline', { headers: { 'accept-language': 'de' } });
    expect(negotiated.headers.get('etag')).toBe(german.headers.get('etag'));
    expect(negotiated.headers.get('vary')).toBe('Accept-Language');
    expect(german.headers.get('vary')).toBeNull();
  });
});
