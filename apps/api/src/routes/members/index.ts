/** The member reads as one router. */
import { createRouter } from '../../lib/create-router.ts';
import type { AppDeps } from '../../lib/types.ts';
import { getMember, listMembers, membersGeoJson } from './members.handlers.ts';
import { getMemberRoute, listMembersRoute, membersGeoJsonRoute } from './members.routes.ts';

/**
 * `/v1/members`, `/v1/members/{id}` and `/v1/members.geojson`.
 * @example app.route('/', membersRouter(deps));
 */
export function membersRouter(deps: AppDeps) {
  return createRouter()
    .openapi(listMembersRoute, listMembers(deps))
    .openapi(membersGeoJsonRoute, membersGeoJson(deps))
    .openapi(getMemberRoute, getMember(deps));
}
