/** Route definitions of the member reads: list, one member, GeoJSON. */
import { createRoute } from '@hono/zod-openapi';
import { ItemQuery, MemberPage, MemberView, MembersGeoQuery, MembersQuery } from '@thb/schema';
import { IdParams, notModified, problemResponses, readHeaders } from '../../lib/openapi.ts';
import { GEOJSON_MEDIA_TYPE, MemberFeatureCollection } from './members.geojson.ts';

const tags = ['Members'];

/** `GET /v1/members` */
export const listMembersRoute = createRoute({
  method: 'get',
  path: '/v1/members',
  tags,
  summary: 'List member organisations',
  description: 'Members ordered by name, filtered by country, focus area, scope and words (`q`).',
  request: { query: MembersQuery },
  responses: {
    200: { description: 'A page of members', headers: readHeaders, content: { 'application/json': { schema: MemberPage } } },
    ...notModified,
    ...problemResponses(400),
  },
});

/** `GET /v1/members/{id}` */
export const getMemberRoute = createRoute({
  method: 'get',
  path: '/v1/members/{id}',
  tags,
  summary: 'Get one member organisation',
  request: { params: IdParams, query: ItemQuery },
  responses: {
    200: { description: 'The member', headers: readHeaders, content: { 'application/json': { schema: MemberView } } },
    ...notModified,
    ...problemResponses(400, 404),
  },
});

/** `GET /v1/members.geojson` */
export const membersGeoJsonRoute = createRoute({
  method: 'get',
  path: '/v1/members.geojson',
  tags,
  summary: 'Members as GeoJSON',
  description: 'Every matching member as an RFC 7946 Point feature ([longitude, latitude]); no paging, for maps.',
  request: { query: MembersGeoQuery },
  responses: {
    200: {
      description: 'A FeatureCollection of members',
      headers: readHeaders,
      content: { [GEOJSON_MEDIA_TYPE]: { schema: MemberFeatureCollection } },
    },
    ...notModified,
    ...problemResponses(400),
  },
});
