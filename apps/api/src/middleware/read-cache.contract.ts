/**
 * HTTP caching, CORS and method handling of every read, run against every backend by
 * test/contract.test.ts. Requests name their `Accept-Encoding`, since fetch would otherwise
 * add its own; gzip bodies are decoded by fetch, so they are compared as text. Content coding
 * is the platform's on Workers, so only its outcome is part of the contract.
 */
import { describe, expect, it } from 'vitest';
import { Member, type MemberPage } from '@thb/schema';
import type { ApiUnderTest } from '../../test/support/api-under-test.ts';
import { fixtureMembers } from '../../test/support/fixtures.ts';

const IDENTITY = { 'accept-encoding': 'identity' };

/** ETags, 304s, gzip, cache and CORS headers, 405 and 404 on one backend. */
export function readCacheContract(api: ApiUnderTest): void {
  const get = (path: string, headers: Record<string, string> = {}) => api.fetch(path, { headers: { ...IDENTITY, ...headers } });

  describe('cached reads', () => {
    it('carry caching, CORS and language headers', async () => {
      const response = await get('/v1/members');
      expect(response.headers.get('etag')).toMatch(/^"v\d+-[0-9a-z]+"$/);
      expect(response.headers.get('cache-control')).toBe('public, max-age=60, stale-while-revalidate=600');
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      expect(response.headers.get('access-control-expose-headers')).toContain('ETag');
      expect(response.headers.get('vary')).toBe('Accept-Language, Accept-Encoding');
      expect(response.headers.get('content-language')).toBe('en');
      expect(response.headers.get('content-length')).toBe(String(new TextEncoder().encode(await response.text()).byteLength));
    });

    it('answer 304 to a matching If-None-Match: exact, in a list, weak, or *', async () => {
      const etag = (await get('/v1/resources?type=hotline')).headers.get('etag')!;
      for (const ifNoneMatch of [etag, `"nope", ${etag}`, `W/${etag}`, '*']) {
        const response = await get('/v1/resources?type=hotline', { 'if-none-match': ifNoneMatch });
        expect(response.status).toBe(304);
        expect(await response.text()).toBe('');
        expect(response.headers.get('etag')).toBe(etag);
        expect(response.headers.get('cache-control')).toContain('max-age=60');
        expect(response.headers.get('vary')).toBe('Accept-Language, Accept-Encoding');
        expect(response.headers.get('access-control-allow-origin')).toBe('*');
      }
      const stale = await get('/v1/resources?type=hotline', { 'if-none-match': '"v0-old"' });
      expect(stale.status).toBe(200);
    });

    it('give one ETag per normalised request and language', async () => {
      const tag = async (path: string, headers: Record<string, string> = {}) => (await get(path, headers)).headers.get('etag');
      const base = await tag('/v1/members?country=DE&scope=local');
      expect(await tag('/v1/members?scope=local&country=DE')).toBe(base);
      expect(await tag('/v1/members?scope=local&country=DE&page=1&pageSize=20')).toBe(base);
      expect(await tag('/v1/members?country=DE&scope=local&lang=en')).toBe(base);
      expect(await tag('/v1/members?country=DE&scope=local', { 'accept-language': 'de' })).not.toBe(base);
      expect(await tag('/v1/members?country=DE&scope=local&lang=de')).toBe(
        await tag('/v1/members?country=DE&scope=local', { 'accept-language': 'de-CH' }),
      );
      expect(await tag('/v1/members?country=DE&scope=national')).not.toBe(base);
    });

    it('change after a write through the store, and show the write', async () => {
      const path = '/v1/members/fixture-lisbon-network';
      const etag = (await get(path)).headers.get('etag')!;
      expect((await get(path, { 'if-none-match': etag })).status).toBe(304);
      const member = fixtureMembers.find((m) => m.id === 'fixture-lisbon-network')!;
      await api.store.members.put(Member.parse({ ...member, name: 'Fixture Network Lisboa (renamed)', updatedAt: '2026-11-29T11:00:00Z' }));
      try {
        const after = await get(path, { 'if-none-match': etag });
        expect(after.status).toBe(200);
        expect(after.headers.get('etag')).not.toBe(etag);
        expect(((await after.json()) as { name: string }).name).toBe('Fixture Network Lisboa (renamed)');
        const list = (await (await get('/v1/members?q=lisboa')).json()) as MemberPage;
        expect(list.items.map((m) => m.name)).toContain('Fixture Network Lisboa (renamed)');
      } finally {
        await api.store.members.put(member); // the other contracts expect the fixtures as they are
      }
      expect(((await (await get(path)).json()) as { name: string }).name).toBe('Fixture Network Lisboa');
    });

    it('are compressed for clients that accept it, and revalidate with the tag they got', async () => {
      // Node gzips once per data version; on Workers, Cloudflare compresses (read-cache.test.ts
      // has what only Node does: a tag per coding, small bodies sent as they are).
      const text = await (await get('/v1/members')).text();
      const zipped = await get('/v1/members', { 'accept-encoding': 'gzip' });
      expect(zipped.headers.get('content-encoding')).toBe('gzip');
      expect(zipped.headers.get('vary')).toContain('Accept-Encoding');
      expect(await zipped.text()).toBe(text); // fetch decodes it
      const tag = zipped.headers.get('etag')!;
      const revalidated = await get('/v1/members', { 'accept-encoding': 'gzip', 'if-none-match': tag });
      expect(revalidated.status).toBe(304);
      expect(revalidated.headers.get('etag')).toBe(tag);
    });

    it('answer HEAD with the headers and no body', async () => {
      const response = await api.fetch('/v1/stats', { method: 'HEAD', headers: IDENTITY });
      expect(response.status).toBe(200);
      expect(response.headers.get('etag')).toBeTruthy();
      expect(await response.text()).toBe('');
    });
  });

  describe('CORS, methods and unknown routes', () => {
    const preflight = (path: string, method: string, headers = 'if-none-match') => api.fetch(path, {
      method: 'OPTIONS',
      headers: { origin: 'https://ngo.example', 'access-control-request-method': method, 'access-control-request-headers': headers },
    });

    it('answers preflights for any origin, with the methods of the route', async () => {
      const response = await preflight('/v1/members', 'GET');
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      // A foreign origin is told the methods, but no header a write needs (Authorization, If-Match).
      expect(response.headers.get('access-control-allow-methods')).toBe('GET, HEAD, POST, OPTIONS');
      expect(response.headers.get('access-control-allow-headers')).toBe('Content-Type, If-None-Match');
      const item = await preflight('/v1/events/fixture-timed-meeting.ics', 'GET');
      expect(item.headers.get('access-control-allow-methods')).toBe('GET, HEAD, OPTIONS');
      const chat = await preflight('/v1/chat', 'POST', 'content-type');
      expect(chat.status).toBe(204);
      expect(chat.headers.get('access-control-allow-methods')).toBe('POST, OPTIONS');
    });

    it('answers no preflight on a path that does not exist, and reflects no header', async () => {
      const unknown = await preflight('/v1/nothing-here', 'DELETE');
      expect(unknown.status).toBe(404);
      expect(unknown.headers.get('access-control-allow-methods')).toBeNull();
      const asked = await preflight('/v1/members', 'GET', 'x-evil, authorization');
      expect(asked.headers.get('access-control-allow-headers')).toBe('Content-Type, If-None-Match');
    });

    it('sends security headers on every kind of response', async () => {
      const etag = (await get('/v1/members')).headers.get('etag')!;
      const responses = [
        await get('/v1/members'), await get('/v1/members', { 'if-none-match': etag }), await get('/v1/members?contry=DE'),
        await api.fetch('/v1/nope'), await api.fetch('/v1/members', { method: 'PUT' }), await preflight('/v1/members', 'GET'),
        await api.fetch('/openapi.json'), await api.fetch('/healthz'), await api.fetch('/v1/events.ics'),
      ];
      for (const response of responses) {
        const where = `${response.url} ${response.status}`;
        expect(response.headers.get('referrer-policy'), where).toBe('strict-origin-when-cross-origin');
        expect(response.headers.get('x-content-type-options'), where).toBe('nosniff');
        expect(response.headers.get('content-security-policy'), where).toBe("default-src 'none'; frame-ancestors 'none'");
        expect(response.headers.get('x-frame-options'), where).toBe('DENY');
      }
      // The suite's servers are plain http: no HSTS, which would lock out http clients.
      expect(responses[0]!.headers.get('strict-transport-security')).toBeNull();
    });

    it('answers a wrong method with 405 and Allow, and an unknown path with 404', async () => {
      const wrong = await api.fetch('/v1/events/fixture-timed-meeting', { method: 'PUT' });
      expect(wrong.status).toBe(405);
      expect(wrong.headers.get('allow')).toBe('GET, HEAD, PATCH, DELETE, OPTIONS');
      expect(wrong.headers.get('content-type')).toBe('application/problem+json');
      const unknown = await api.fetch('/v2/members');
      expect(unknown.status).toBe(404);
      expect(unknown.headers.get('access-control-allow-origin')).toBe('*');
    });
  });
}
