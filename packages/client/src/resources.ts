/** Typed options for the resource search. */
import type { ResourcePage, ResourcesQuery } from '@thb/schema';
import type { ApiClient } from './api-client.ts';
import { apiQuery, type ApiQueryOptions } from './queries.ts';

/**
 * `GET /v1/resources`: search results with facet counts.
 * @example resourcesQuery(api, { q: 'hotline', country: 'FR' })
 */
export function resourcesQuery(api: ApiClient, query: Partial<ResourcesQuery>): ApiQueryOptions<ResourcePage> {
  return apiQuery(api, '/v1/resources', query);
}
