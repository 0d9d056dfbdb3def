import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEtagServer, type EtagServer } from '../test/etag-server.ts';
import { ApiClient } from './api-client.ts';
import { ApiError } from './api-error.ts';
import { memberPointsQuery } from './members.ts';

let server: EtagServer;
beforeAll(async () => {
  server = await startEtagServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
  server.routes.clear();
});

describe('ApiClient', () => {
  it('builds URLs with parameters in a stable order, leaving out empty ones', () => {
    const api = new ApiClient('https://api.example.eu/');
    expect(api.url('/v1/members', { q: 'strada', country: 'DE', focus: undefined, scope: '' })).toBe(
      'https://api.example.eu/v1/members?country=DE&q=strada',
    );
  });

  it('revalidates with the last ETag and resolves a 304 to the very same object', async () => {
    server.routes.set('/v1/stats', (version) => ({ status: 200, body: { members: version } }));
    const api = new ApiClient(server.url);
    const first = await api.get<{ members: number }>('/v1/stats');
    const second = await api.get<{ members: number }>('/v1/stats');
    expect(second).toBe(first);
    expect(server.requests.map((r) => r.headers['if-none-match'])).toEqual([undefined, '"v1"']);
    server.version = 2;
    expect(await api.get('/v1/stats')).toEqual({ members: 2 });
  });

  it('keeps the converted form of a body, so a 304 costs no conversion either', async () => {
    server.routes.set('/v1/members.geojson', () => ({
      status: 200,
      body: { type: 'FeatureCollection', features: [{ type: 'Feature', id: 'a', geometry: { type: 'Point', coordinates: [4.35, 50.85] }, properties: { id: 'a' } }] },
    }));
    const api = new ApiClient(server.url);
    const query = memberPointsQuery(api, {});
    const run = () => (query.queryFn as (context: { signal: AbortSignal }) => Promise<unknown>)({ signal: new AbortController().signal });
    const points = await run();
    expect(points).toEqual({ members: [{ id: 'a' }], coordinates: Float64Array.from([4.35, 50.85]) });
    expect(await run()).toBe(points);
  });

  it('rejects with the problem the API reported, and knows what is worth retrying', async () => {
    server.routes.set('/v1/members/nobody', () => ({
      status: 404, type: 'application/problem+json', body: { type: 'about:blank', title: 'Not Found', status: 404, detail: 'There is no member with id "nobody".' },
    }));
    server.routes.set('/v1/stats', () => ({ status: 503, body: {} }));
    const api = new ApiClient(server.url);
    const missing = await api.get('/v1/members/nobody').catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(ApiError);
    expect(missing).toMatchObject({ status: 404, message: 'There is no member with id "nobody".', retryable: false });
    expect(await api.get('/v1/stats').catch((error: unknown) => error)).toMatchObject({ status: 503, retryable: true });
  });
});
