/**
 * The write routes of one kind: `POST /v1/{kind}`, `PATCH` and `DELETE /v1/{kind}/{id}`, and
 * `POST /v1/{kind}/{id}/restore|suspend|reinstate`. They are documented in `/openapi.json`
 * through the registry and handled by plain Hono routes, because the body is validated only
 * after it is merged into the stored record (a merge patch is not a record yet).
 */
import { z, type RouteConfig } from '@hono/zod-openapi';
import { SuspendBody } from '@thb/schema';
import { createRouter } from '../../lib/create-router.ts';
import { IdParams } from '../../lib/openapi.ts';
import type { AppDeps, AppOpenAPI } from '../../lib/types.ts';
import { recordWriteHandlers } from './record-handlers.ts';
import type { RecordKindSpec } from './record-kinds.ts';
import { IdempotencyHeader, IfMatchHeader, WRITE_SECURITY, writeHeaders, writeProblems } from './write-openapi.ts';

/** Every write route of one kind, documented and handled. */
export function recordWriteRouter(deps: AppDeps, spec: RecordKindSpec): AppOpenAPI {
  const router = createRouter();
  const handlers = recordWriteHandlers(deps, spec);
  const { kind, noun, tag } = spec;
  const tags = [tag];
  const ok = (description: string) => ({
    description, headers: writeHeaders, content: { 'application/json': { schema: spec.result } },
  });
  const document = (config: RouteConfig) => router.openAPIRegistry.registerPath({ security: WRITE_SECURITY, tags, ...config });

  document({
    method: 'post', path: `/v1/${kind}`, summary: `Create a ${noun}`,
    description: kind === 'members'
      ? 'The secretariat only. `updatedAt` is set by the server.'
      : `For your own organisation (\`${kind === 'resources' ? 'publisher' : 'organiser'}\`); it waits for review unless the organisation is trusted. \`updatedAt\` is set by the server.`,
    request: { headers: IdempotencyHeader, body: { required: true, content: { 'application/json': { schema: spec.schema } } } },
    responses: { 201: ok(`The ${noun} was created`), ...writeProblems(400, 403, 409, 415, 422) },
  });
  router.post(`/v1/${kind}`, handlers.create);

  document({
    method: 'patch', path: `/v1/${kind}/{id}`, summary: `Change a ${noun} (JSON merge patch)`,
    description: kind === 'members'
      ? 'An organisation\'s people change their own entry at once, except `name` and `country`, which wait for the secretariat.'
      : 'An untrusted organisation\'s changes wait for review; the published version stays until then.',
    request: {
      params: IdParams, headers: IfMatchHeader,
      body: { required: true, content: { 'application/merge-patch+json': { schema: z.record(z.string(), z.unknown()) } } },
    },
    responses: { 200: ok(`The ${noun} as it is now`), ...writeProblems(400, 403, 404, 412, 415, 428) },
  });
  router.patch(`/v1/${kind}/:id`, handlers.update);

  document({
    method: 'delete', path: `/v1/${kind}/{id}`, summary: `Delete a ${noun} (restorable for 30 days)`,
    request: { params: IdParams, headers: IfMatchHeader },
    responses: { 200: ok(`The ${noun} is deleted`), ...writeProblems(403, 404, 412, 428) },
  });
  router.delete(`/v1/${kind}/:id`, handlers.remove);

  const statusRoutes = [
    ['restore', `Restore a deleted ${noun}`, kind === 'members' ? 'The secretariat only.' : 'Whoever may delete it.'],
    ['suspend', `Suspend a ${noun}`, 'The secretariat only; the reason is kept.'],
    ['reinstate', `Reinstate a suspended ${noun}`, 'The secretariat only.'],
  ] as const;
  for (const [action, summary, description] of statusRoutes) {
    document({
      method: 'post', path: `/v1/${kind}/{id}/${action}`, summary, description,
      request: {
        params: IdParams,
        ...(action === 'suspend' ? { body: { required: true, content: { 'application/json': { schema: SuspendBody } } } } : {}),
      },
      responses: { 200: ok(`The ${noun} as it is now`), ...writeProblems(400, 403, 404, 409, 412) },
    });
    router.post(`/v1/${kind}/:id/${action}`, handlers.status(action));
  }
  return router;
}
