/** Route definition of the health check. */
import { createRoute } from '@hono/zod-openapi';
import { Health, NoQuery } from '@thb/schema';
import { problemResponses } from '../../lib/openapi.ts';

/** `GET /healthz` */
export const healthRoute = createRoute({
  method: 'get',
  path: '/healthz',
  tags: ['Operations'],
  summary: 'Health check',
  description: 'Answers 200 when the store can be read; `dataVersion` changes on every write. `status` is '
    + '`degraded`, with the number of `corruptRecords`, while stored records are skipped as unreadable (the log names them).',
  request: { query: NoQuery },
  responses: {
    200: { description: 'The API and its store work', content: { 'application/json': { schema: Health } } },
    ...problemResponses(400),
  },
});
