import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEtagServer, type EtagServer } from '../test/support/etag-server.ts';
import { ApiClient } from './api-client.ts';
import { ApiError, retryAfterSeconds } from './api-error.ts';
import { sendChatMessage } from './chat.ts';
import { memberPointsQuery } from './members.ts';

let server: EtagServer;
beforeAll(async () => {
  server = await startEtagServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
  server.bodies.length = 0;
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

describe('the chat request', () => {
  const reply = { topic: 'greeting', text: 'Hello!', locale: 'en', confidence: 1, suggestions: [] };

  it('POSTs the message as JSON, trimmed to the limit, with a valid locale only, and reads the answer', async () => {
    server.routes.set('/v1/chat', () => ({ status: 200, body: reply }));
    const api = new ApiClient(server.url);
    expect(await sendChatMessage(api, { text: '  hello  ', locale: 'fr-BE' })).toEqual(reply);
    await sendChatMessage(api, { text: `${'x'.repeat(1200)}`, locale: 'not a tag' });
    const [first, second] = server.bodies.map((body) => JSON.parse(body) as { text: string; locale?: string });
    expect(first).toEqual({ text: 'hello', locale: 'fr-BE' });
    expect(second).toEqual({ text: 'x'.repeat(1000) });
    expect(server.requests.map((r) => [r.method, r.headers['content-type'], r.headers['if-none-match']])).toEqual([
      ['POST', 'application/json', undefined], ['POST', 'application/json', undefined],
    ]);
  });

  it('rejects a rate-limited message with an ApiError that says how long to wait', async () => {
    server.routes.set('/v1/chat', () => ({
      status: 429, type: 'application/problem+json', headers: { 'retry-after': '7' },
      body: { type: 'about:blank', title: 'Too many requests', status: 429 },
    }));
    const error = await sendChatMessage(new ApiClient(server.url), { text: 'hello' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 429, retryAfter: 7, retryable: true, message: 'Too many requests' });
  });

  it('rejects with the fetch TypeError when the API cannot be reached', async () => {
    const closed = new ApiClient('http://127.0.0.1:9');
    expect(await sendChatMessage(closed, { text: 'hello' }).catch((e: unknown) => e)).toBeInstanceOf(TypeError);
  });
});

describe('retryAfterSeconds', () => {
  it('reads seconds and HTTP dates, and nothing else', () => {
    expect(retryAfterSeconds('7')).toBe(7);
    expect(retryAfterSeconds('0')).toBe(1);
    expect(retryAfterSeconds('Wed, 21 Oct 2026 07:28:30 GMT', Date.parse('Wed, 21 Oct 2026 07:28:00 GMT'))).toBe(30);
    expect(retryAfterSeconds(null)).toBeUndefined();
    expect(retryAfterSeconds('soon')).toBeUndefined();
  });
});
