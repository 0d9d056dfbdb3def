/** Route definitions of the resource reads. */
import { createRoute } from '@hono/zod-openapi';
import { ItemQuery, ResourcePage, ResourceView, ResourcesQuery } from '@thb/schema';
import { IdParams, notModified, problemResponses, readHeaders } from '../../lib/openapi.ts';

const tags = ['Resources'];

/** `GET /v1/resources` */
export const listResourcesRoute = createRoute({
  method: 'get',
  path: '/v1/resources',
  tags,
  summary: 'Search resources',
  description:
    'Guides, reports, toolkits, hotlines and more. With `q`, ranked by relevance (stemmed in the ' +
    'resolved language, accents folded, typo-tolerant); otherwise newest first. Facet counts apply ' +
    'every active filter except their own.',
  request: { query: ResourcesQuery },
  responses: {
    200: { description: 'A page of resources with facets', headers: readHeaders, content: { 'application/json': { schema: ResourcePage } } },
    ...notModified,
    ...problemResponses(400),
  },
});

/** `GET /v1/resources/{id}` */
export const getResourceRoute = createRoute({
  method: 'get',
  path: '/v1/resources/{id}',
  tags,
  summary: 'Get one resource',
  request: { params: IdParams, query: ItemQuery },
  responses: {
    200: { description: 'The resource', headers: readHeaders, content: { 'application/json': { schema: ResourceView } } },
    ...notModified,
    ...problemResponses(400, 404),
  },
});
