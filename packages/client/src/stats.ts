/** Typed options for the statistics. */
import type { Stats } from '@thb/schema';
import type { ApiClient } from './api-client.ts';
import { apiQuery, type ApiQueryOptions } from './queries.ts';

/**
 * `GET /v1/stats`: how many members, resources and events, and where.
 * @example statsQuery(api)
 */
export function statsQuery(api: ApiClient): ApiQueryOptions<Stats> {
  return apiQuery(api, '/v1/stats');
}
