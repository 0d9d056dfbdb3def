/** Typed options for the member endpoints. */
import type { MemberPage, MembersGeoQuery, MembersQuery, MemberView } from '@thb/schema';
import type { ApiClient } from './api-client.ts';
import { apiQuery, type ApiQueryOptions } from './queries.ts';
import { toMemberPoints, type MemberPoints } from './member-features.ts';

/**
 * `GET /v1/members`: a page of members.
 * @example membersQuery(api, { country: 'DE', page: 2 })
 */
export function membersQuery(api: ApiClient, query: Partial<MembersQuery>): ApiQueryOptions<MemberPage> {
  return apiQuery(api, '/v1/members', query);
}

/**
 * `GET /v1/members/{id}`: one member, its description in `lang`.
 * @example memberQuery(api, 'la-strada-international', 'de')
 */
export function memberQuery(api: ApiClient, id: string, lang?: string): ApiQueryOptions<MemberView> {
  return apiQuery(api, `/v1/members/${encodeURIComponent(id)}`, { lang });
}

/**
 * `GET /v1/members.geojson`: every matching member, kept in the compact `MemberPoints` form.
 * @example { ...memberPointsQuery(api, { lang: 'fr' }), refetchInterval: 60_000 }
 */
export function memberPointsQuery(api: ApiClient, query: Partial<MembersGeoQuery>): ApiQueryOptions<MemberPoints> {
  const path = '/v1/members.geojson';
  return {
    // Its own key: the cache holds the compact form, not the GeoJSON another caller may want.
    queryKey: [api.baseUrl, path, query, 'points'],
    queryFn: ({ signal }) => api.get(path, query, signal, toMemberPoints),
  };
}
