/**
 * Query options on one key scheme (base URL, path, parameters), so that equal requests from
 * different elements share one cache entry and one request. Each endpoint's typed options
 * live in its own module (members.ts, resources.ts, …) so a bundle keeps only what it uses.
 */
import type { QueryObserverOptions } from '@tanstack/query-core';
import type { ApiClient, QueryParams } from './api-client.ts';

/** Keeps showing the previous results while a changed query loads (query-core's own helper). */
export { keepPreviousData } from '@tanstack/query-core';

/** Options of a query observer for data of type `T` from the read API. */
export type ApiQueryOptions<T> = QueryObserverOptions<T, Error, T, T, readonly unknown[]>;

/**
 * Query options for a GET of `path`, fetched conditionally.
 * @example observer.setOptions(apiQuery<Stats>(api, '/v1/stats'))
 */
export function apiQuery<T>(api: ApiClient, path: string, params: QueryParams = {}): ApiQueryOptions<T> {
  return {
    queryKey: [api.baseUrl, path, params],
    queryFn: ({ signal }) => api.get<T>(path, params, signal),
  };
}
