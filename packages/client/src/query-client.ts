/**
 * The page's one QueryClient, shared by every widget on it (even by copies of the bundle
 * loaded twice, through a global symbol), so that two elements asking for the same data make
 * one request and share one cache.
 */
import { notifyManager, QueryClient } from '@tanstack/query-core';
import { ApiError } from './api-error.ts';
import { ApiClient } from './api-client.ts';

const PAGE_KEY = Symbol.for('thb.query-client');
const CLIENTS_KEY = Symbol.for('thb.api-clients');
type Shared = typeof globalThis & { [PAGE_KEY]?: QueryClient; [CLIENTS_KEY]?: Map<string, ApiClient> };

/** How often a failed request is tried again: three times, with query-core's exponential backoff. */
const MAX_RETRIES = 3;

/**
 * The page's shared QueryClient, created and mounted (focus and reconnect refetching) on first use.
 * @example const client = pageQueryClient(); client.getQueryCache().getAll().length
 */
export function pageQueryClient(): QueryClient {
  const shared = globalThis as Shared;
  if (!shared[PAGE_KEY]) {
    // Deliver results in a microtask instead of query-core's default setTimeout(0): the
    // first paint after a response comes one task earlier.
    notifyManager.setScheduler(queueMicrotask);
    const client = new QueryClient({
      defaultOptions: {
        queries: {
          staleTime: 15_000,
          retry: (failures, error) =>
            failures < MAX_RETRIES && (!(error instanceof ApiError) || error.retryable),
        },
      },
    });
    client.mount();
    shared[PAGE_KEY] = client;
  }
  return shared[PAGE_KEY];
}

/**
 * The page's API client for a base URL, so its ETags are shared like its cache.
 * @example apiClient('https://api.example.eu').url('/v1/stats')
 */
export function apiClient(baseUrl: string): ApiClient {
  const shared = globalThis as Shared;
  const clients = (shared[CLIENTS_KEY] ??= new Map());
  let client = clients.get(baseUrl);
  if (!client) clients.set(baseUrl, (client = new ApiClient(baseUrl)));
  return client;
}
