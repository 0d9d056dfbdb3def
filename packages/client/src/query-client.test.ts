import { focusManager, onlineManager, QueryObserver } from '@tanstack/query-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startEtagServer, type EtagServer } from '../test/support/etag-server.ts';
import { apiQuery } from './queries.ts';
import { apiClient, pageQueryClient } from './query-client.ts';

let server: EtagServer;
beforeAll(async () => {
  server = await startEtagServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
  server.routes.clear();
  pageQueryClient().clear();
});

/** Subscribes an observer and resolves with its first settled result. */
function observe<T>(options: ConstructorParameters<typeof QueryObserver<T, Error>>[1]) {
  const observer = new QueryObserver<T, Error>(pageQueryClient(), options);
  const results: { status: string; data?: T; fetchStatus: string }[] = [];
  const unsubscribe = observer.subscribe((result) => results.push(result));
  return { observer, results, unsubscribe };
}

describe('the page query client', () => {
  it('is one client and one API client per base URL for the whole page', () => {
    expect(pageQueryClient()).toBe(pageQueryClient());
    expect(apiClient(server.url)).toBe(apiClient(server.url));
    expect(apiClient(server.url)).not.toBe(apiClient(`${server.url}/other`));
  });

  it('makes one request for elements asking for the same data', async () => {
    server.routes.set('/v1/stats', () => ({ status: 200, body: { members: 3 } }));
    const options = apiQuery<{ members: number }>(apiClient(server.url), '/v1/stats');
    const a = observe(options);
    const b = observe(options);
    await vi.waitFor(() => expect(b.results.at(-1)?.status).toBe('success'));
    expect(a.results.at(-1)?.data).toEqual({ members: 3 });
    expect(server.requests).toHaveLength(1);
    a.unsubscribe();
    b.unsubscribe();
  });

  it('retries server errors with backoff but not a bad request', async () => {
    server.routes.set('/v1/stats', () => ({ status: 503, body: {} }));
    server.routes.set('/v1/members?country=XX', () => ({ status: 400, type: 'application/problem+json', body: { title: 'Bad Request', status: 400 } }));
    const api = apiClient(server.url);
    const flaky = observe({ ...apiQuery(api, '/v1/stats'), retryDelay: 1 });
    const bad = observe({ ...apiQuery(api, '/v1/members', { country: 'XX' }), retryDelay: 1 });
    await vi.waitFor(() => expect([flaky.results.at(-1)?.status, bad.results.at(-1)?.status]).toEqual(['error', 'error']));
    expect(server.requests.filter((r) => r.url === '/v1/stats')).toHaveLength(4);
    expect(server.requests.filter((r) => r.url?.startsWith('/v1/members'))).toHaveLength(1);
    flaky.unsubscribe();
    bad.unsubscribe();
  });

  it('refetches on window focus and on reconnect, and a poll of unchanged data is a 304', async () => {
    server.routes.set('/v1/stats', (version) => ({ status: 200, body: { version } }));
    const watched = observe({ ...apiQuery(apiClient(server.url), '/v1/stats'), staleTime: 0 });
    await vi.waitFor(() => expect(watched.results.at(-1)?.status).toBe('success'));
    const data = watched.results.at(-1)!.data;
    focusManager.setFocused(false);
    focusManager.setFocused(true);
    await vi.waitFor(() => expect(server.requests).toHaveLength(2));
    onlineManager.setOnline(false);
    onlineManager.setOnline(true);
    await vi.waitFor(() => expect(server.requests).toHaveLength(3));
    await vi.waitFor(() => expect(watched.results.at(-1)?.fetchStatus).toBe('idle'));
    expect(watched.results.at(-1)!.data).toBe(data);
    expect(server.requests.slice(1).map((r) => r.headers['if-none-match'])).toEqual(['"v1"', '"v1"']);
    watched.unsubscribe();
  });
});
