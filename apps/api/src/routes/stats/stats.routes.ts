/** Route definition of the platform statistics. */
import { createRoute } from '@hono/zod-openapi';
import { ItemQuery, Stats } from '@thb/schema';
import { notModified, problemResponses, readHeaders } from '../../lib/openapi.ts';

/** `GET /v1/stats` */
export const statsRoute = createRoute({
  method: 'get',
  path: '/v1/stats',
  tags: ['Members'],
  summary: 'Platform statistics',
  description:
    'How many members, resources and events there are, and members per country, focus area and scope. ' +
    '`lang` is accepted, like on every read, though nothing here is localised.',
  request: { query: ItemQuery },
  responses: {
    200: { description: 'Counts', headers: readHeaders, content: { 'application/json': { schema: Stats } } },
    ...notModified,
    ...problemResponses(400),
  },
});
