/**
 * Calls for expression of interest: `GET /v1/calls/current` and `GET /v1/calls/{id}` for
 * everyone; `GET /v1/calls`, `POST /v1/calls` and `PATCH /v1/calls/{id}` (with `If-Match`)
 * for the secretariat. Times are instants; `timeZone` says where the secretariat set them.
 */
import { z } from '@hono/zod-openapi';
import { Call, CallInput, CallList, CallPatch, CurrentCall, PortalId } from '@thb/schema';
import { StaleCallError, type StoredCall } from '@thb/store/portal';
import { createRouter } from '../../lib/create-router.ts';
import { problemResponses } from '../../lib/openapi.ts';
import type { AppDeps, AppOpenAPI } from '../../lib/types.ts';
import { WRITE_SECURITY, writeProblems } from '../writes/write-openapi.ts';
import { invalidBody, problem, readJsonObject } from '../writes/write-request.ts';
import { callETag, ifMatchRevision, toCallView } from './call-view.ts';
import { NO_STORE, secretariatOnly, type PortalDeps } from './portal-options.ts';

const tags = ['Calls and applications'];
const CallParams = z.strictObject({ id: PortalId });
const etagHeader = { ETag: { description: 'Send it back in `If-Match` to change the call', schema: { type: 'string' as const } } };

/** The routes. */
export function callsRouter(deps: AppDeps, portal: PortalDeps): AppOpenAPI {
  const router = createRouter();
  const document = router.openAPIRegistry.registerPath.bind(router.openAPIRegistry);
  const calls = portal.store.calls;
  const view = (call: StoredCall | undefined) => (call ? toCallView(call, deps.now()) : null);

  document({
    method: 'get', path: '/v1/calls/current', tags, summary: 'The open call, or the last closed and the next',
    description: 'Public. `open` is the call open now; without one, `lastClosed` says when the last call closed. `next` is the next scheduled call, if any. Not cached: the answer follows the clock.',
    responses: { 200: { description: 'The calls', content: { 'application/json': { schema: CurrentCall } } }, ...problemResponses(400) },
  });
  router.get('/v1/calls/current', async (c) => {
    const current = await calls.current(deps.now());
    const body = CurrentCall.parse({ open: view(current.open), lastClosed: current.open ? null : view(current.lastClosed), next: view(current.next) });
    return c.json(body, 200, NO_STORE);
  });

  document({
    method: 'get', path: '/v1/calls', tags, security: WRITE_SECURITY, summary: 'Every call',
    description: 'The secretariat only: every call, newest opening first.',
    responses: { 200: { description: 'The calls', content: { 'application/json': { schema: CallList } } }, ...writeProblems(403) },
  });
  router.get('/v1/calls', async (c) => {
    const principal = secretariatOnly(c);
    if (principal instanceof Response) return principal;
    return c.json(CallList.parse({ items: (await calls.list()).map((call) => toCallView(call, deps.now())) }), 200, NO_STORE);
  });

  document({
    method: 'get', path: '/v1/calls/{id}', tags, summary: 'One call',
    description: 'Public: a call whatever its phase. The `ETag` is what `PATCH` wants in `If-Match`.',
    request: { params: CallParams },
    responses: { 200: { description: 'The call', headers: etagHeader, content: { 'application/json': { schema: Call } } }, ...problemResponses(400, 404) },
  });
  router.get('/v1/calls/:id', async (c) => {
    const call = await calls.get(c.req.param('id'));
    if (!call) return problem(c, 404, 'not-found', 'There is no call with this id.');
    return c.json(toCallView(call, deps.now()), 200, { ...NO_STORE, etag: callETag(call) });
  });

  document({
    method: 'post', path: '/v1/calls', tags, security: WRITE_SECURITY, summary: 'Open a call',
    description: 'The secretariat only. `opensAt` and `closesAt` are instants (with an offset); `timeZone` is the IANA zone they were set in, for showing them. Subscribers are told when it opens.',
    request: { body: { required: true, content: { 'application/json': { schema: CallInput } } } },
    responses: { 201: { description: 'Created', headers: etagHeader, content: { 'application/json': { schema: Call } } }, ...writeProblems(400, 403, 415) },
  });
  router.post('/v1/calls', async (c) => {
    const principal = secretariatOnly(c);
    if (principal instanceof Response) return principal;
    const body = await readJsonObject(c);
    if (body instanceof Response) return body;
    const input = CallInput.safeParse(body);
    if (!input.success) return invalidBody(c, input.error);
    const call = await calls.create(input.data);
    return c.json(toCallView(call, deps.now()), 201, { ...NO_STORE, etag: callETag(call), location: `/v1/calls/${call.id}` });
  });

  document({
    method: 'patch', path: '/v1/calls/{id}', tags, security: WRITE_SECURITY, summary: 'Change a call',
    description: 'The secretariat only. Send the fields to change and `If-Match` with the call\'s ETag (or `*`).',
    request: {
      params: CallParams, headers: z.strictObject({ 'if-match': z.string().meta({ description: 'The call\'s ETag as read, or `*`' }) }),
      body: { required: true, content: { 'application/json': { schema: CallPatch } } },
    },
    responses: { 200: { description: 'Changed', headers: etagHeader, content: { 'application/json': { schema: Call } } }, ...writeProblems(400, 403, 404, 412, 415, 428) },
  });
  router.patch('/v1/calls/:id', async (c) => {
    const principal = secretariatOnly(c);
    if (principal instanceof Response) return principal;
    const call = await calls.get(c.req.param('id'));
    if (!call) return problem(c, 404, 'not-found', 'There is no call with this id.');
    const header = c.req.header('if-match');
    if (!header) return problem(c, 428, 'precondition-required', 'Send If-Match with the ETag of the call you read.');
    const revision = ifMatchRevision(header, call);
    if (revision === undefined || (revision !== 'any' && revision !== call.revision)) {
      return problem(c, 412, 'precondition-failed', 'The call changed since your copy: read it again and retry with its new ETag.');
    }
    const body = await readJsonObject(c);
    if (body instanceof Response) return body;
    const patch = CallPatch.safeParse(body);
    if (!patch.success) return invalidBody(c, patch.error);
    const merged = CallInput.safeParse({
      title: call.title, text: call.text, criteria: call.criteria, opensAt: call.opensAt, closesAt: call.closesAt, timeZone: call.timeZone,
      ...patch.data,
    });
    if (!merged.success) return invalidBody(c, merged.error);
    try {
      const changed = await calls.update(call.id, call.revision, merged.data);
      return c.json(toCallView(changed, deps.now()), 200, { ...NO_STORE, etag: callETag(changed) });
    } catch (error) {
      if (error instanceof StaleCallError) return problem(c, 412, 'precondition-failed', 'The call changed meanwhile: read it again.');
      throw error;
    }
  });
  return router;
}
