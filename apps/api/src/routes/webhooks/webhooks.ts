/**
 * An organisation's webhook endpoints over HTTP (issue 13): its owners and the secretariat
 * register, list, change, pause, re-enable and delete them, rotate their signing secret and read
 * their delivery log. The secret is in the answers to a registration and a rotation only. A URL
 * must be https and public (`registrationUrlProblem`); delivery checks the resolved addresses again.
 */
import { z } from '@hono/zod-openapi';
import {
  CreatedWebhookEndpoint, RotatedWebhookSecret, Slug, WebhookDeliveriesQuery, WebhookDeliveryList, WebhookEndpoint as EndpointView,
  WebhookEndpointInput, WebhookEndpointList, WebhookEndpointPatch,
} from '@thb/schema';
import type { WebhookEndpoints } from '@thb/store/webhooks';
import type { Context } from 'hono';
import { createRouter } from '../../lib/create-router.ts';
import { invalidParameters } from '../../lib/problem.ts';
import type { AppDeps, AppEnv, AppOpenAPI } from '../../lib/types.ts';
import { limitBody } from '../../middleware/body-limit.ts';
import { registrationUrlProblem, type WebhookAllowList } from '../../webhooks/webhook-url.ts';
import { WRITE_SECURITY, writeProblems } from '../writes/write-openapi.ts';
import { badBody, invalidBody, problem, readJsonObject } from '../writes/write-request.ts';
import { manageableOrganisation, ownEndpoint } from './webhook-access.ts';
import { toDelivery, toEndpoint } from './webhook-view.ts';

/** What `createApp` needs for the webhook routes (its `webhooks` option). */
export interface WebhookRouteOptions {
  /** `createWebhookEndpoints(store.db)` from `@thb/store/webhooks`. */
  endpoints: WebhookEndpoints;
  /** `parseAllowHosts(WEBHOOK_ALLOW_HOSTS)`: hosts registration accepts although private (tests). */
  allowHosts: WebhookAllowList;
  /** Endpoints an organisation may have (default 20): each write fans out to all of them. */
  maxPerOrganisation?: number | undefined;
}

/** A URL, a handful of kinds and a flag: 8 KB is plenty. */
export const WEBHOOK_BODY_LIMIT = 8 * 1024;

const noStore = { 'cache-control': 'no-store' };
const tags = ['Webhooks'];
const Params = z.strictObject({ memberId: Slug });
const EndpointParams = Params.extend({ webhookId: z.string().max(100) });
const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } });

/** The body validated by `schema` with a registrable URL, or the problem to answer. */
async function readBody<T extends typeof WebhookEndpointInput | typeof WebhookEndpointPatch>(
  c: Context<AppEnv>, schema: T, allow: WebhookAllowList,
): Promise<z.infer<T> | Response> {
  const raw = await readJsonObject(c);
  if (raw instanceof Response) return raw;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return invalidBody(c, parsed.error);
  const url = (parsed.data as { url?: string }).url;
  const refused = url === undefined ? null : registrationUrlProblem(url, allow);
  if (refused) return badBody(c, `url is refused: ${refused}`, 'url');
  return parsed.data as z.infer<T>;
}

/** The routes, on `options.endpoints`. */
export function webhooksRouter(deps: AppDeps, options: WebhookRouteOptions): AppOpenAPI {
  const router = createRouter();
  const document = router.openAPIRegistry.registerPath.bind(router.openAPIRegistry);
  const { endpoints, allowHosts } = options;
  const limit = limitBody(WEBHOOK_BODY_LIMIT);
  router.use('/v1/organisations/:memberId/webhooks', limit);
  router.use('/v1/organisations/:memberId/webhooks/*', limit);
  const collection = '/v1/organisations/{memberId}/webhooks';
  const item = `${collection}/{webhookId}`;

  document({
    method: 'get', path: collection, tags, security: WRITE_SECURITY, summary: 'An organisation\'s webhook endpoints',
    description: 'Its owners and the secretariat; secrets are never listed.',
    request: { params: Params },
    responses: { 200: { description: 'The endpoints', ...json(WebhookEndpointList) }, ...writeProblems(403, 404) },
  });
  router.get('/v1/organisations/:memberId/webhooks', async (c) => {
    const memberId = await manageableOrganisation(c, deps);
    if (memberId instanceof Response) return memberId;
    return c.json(WebhookEndpointList.parse({ items: (await endpoints.list({ memberId })).map(toEndpoint) }), 200, noStore);
  });

  document({
    method: 'post', path: collection, tags, security: WRITE_SECURITY, summary: 'Register a webhook endpoint',
    description: 'Deliveries follow Standard Webhooks, signed with the `secret` in this answer: it is shown once, store it now. '
      + 'The URL must be https and its host public (no private, loopback or link-local address; checked again at each delivery after DNS).',
    request: { params: Params, body: { required: true, ...json(WebhookEndpointInput) } },
    responses: { 201: { description: 'The new endpoint, with its secret', ...json(CreatedWebhookEndpoint) }, ...writeProblems(400, 403, 404, 409, 415) },
  });
  router.post('/v1/organisations/:memberId/webhooks', async (c) => {
    const memberId = await manageableOrganisation(c, deps);
    if (memberId instanceof Response) return memberId;
    const input = await readBody(c, WebhookEndpointInput, allowHosts);
    if (input instanceof Response) return input;
    const most = options.maxPerOrganisation ?? 20;
    if ((await endpoints.list({ memberId })).length >= most) {
      return problem(c, 409, 'too-many-webhooks', `An organisation can have ${most} webhook endpoints; delete one first.`);
    }
    const created = await endpoints.create({ memberId, url: input.url, eventKinds: input.eventKinds });
    return c.json(CreatedWebhookEndpoint.parse({ ...toEndpoint(created), secret: created.secret }), 201, {
      ...noStore, location: `/v1/organisations/${memberId}/webhooks/${created.id}`,
    });
  });

  document({
    method: 'get', path: item, tags, security: WRITE_SECURITY, summary: 'A webhook endpoint',
    request: { params: EndpointParams },
    responses: { 200: { description: 'The endpoint', ...json(EndpointView) }, ...writeProblems(403, 404) },
  });
  router.get('/v1/organisations/:memberId/webhooks/:webhookId', async (c) => {
    const endpoint = await ownEndpoint(c, deps, endpoints);
    if (endpoint instanceof Response) return endpoint;
    return c.json(toEndpoint(endpoint), 200, noStore);
  });

  document({
    method: 'patch', path: item, tags, security: WRITE_SECURITY, summary: 'Change, pause or re-enable a webhook endpoint',
    description: '`enabled: true` re-enables an endpoint that failures disabled and clears its failure count; a new `url` clears it too.',
    request: { params: EndpointParams, body: { required: true, ...json(WebhookEndpointPatch) } },
    responses: { 200: { description: 'The endpoint as changed', ...json(EndpointView) }, ...writeProblems(400, 403, 404, 415) },
  });
  router.patch('/v1/organisations/:memberId/webhooks/:webhookId', async (c) => {
    const endpoint = await ownEndpoint(c, deps, endpoints);
    if (endpoint instanceof Response) return endpoint;
    const change = await readBody(c, WebhookEndpointPatch, allowHosts);
    if (change instanceof Response) return change;
    const changed = await endpoints.update(endpoint.id, change);
    if (!changed) return problem(c, 404, 'not-found', 'This organisation has no webhook endpoint with this id.');
    return c.json(toEndpoint(changed), 200, noStore);
  });

  document({
    method: 'delete', path: item, tags, security: WRITE_SECURITY, summary: 'Delete a webhook endpoint',
    description: 'With its delivery log; deliveries not yet sent are dropped.',
    request: { params: EndpointParams },
    responses: { 200: { description: 'Deleted' }, ...writeProblems(403, 404) },
  });
  router.delete('/v1/organisations/:memberId/webhooks/:webhookId', async (c) => {
    const endpoint = await ownEndpoint(c, deps, endpoints);
    if (endpoint instanceof Response) return endpoint;
    if (!(await endpoints.remove(endpoint.id))) return problem(c, 404, 'not-found', 'This organisation has no webhook endpoint with this id.');
    return c.json({ id: endpoint.id, deleted: true }, 200, noStore);
  });

  document({
    method: 'post', path: `${item}/secret`, tags, security: WRITE_SECURITY, summary: 'Rotate a webhook endpoint\'s signing secret',
    description: 'The new secret is in this answer only; from now on every attempt, retries included, is signed with it.',
    request: { params: EndpointParams },
    responses: { 200: { description: 'The new secret', ...json(RotatedWebhookSecret) }, ...writeProblems(403, 404) },
  });
  router.post('/v1/organisations/:memberId/webhooks/:webhookId/secret', async (c) => {
    const endpoint = await ownEndpoint(c, deps, endpoints);
    if (endpoint instanceof Response) return endpoint;
    const secret = await endpoints.rotateSecret(endpoint.id);
    if (!secret) return problem(c, 404, 'not-found', 'This organisation has no webhook endpoint with this id.');
    return c.json(RotatedWebhookSecret.parse({ id: endpoint.id, secret }), 200, noStore);
  });

  document({
    method: 'get', path: `${item}/deliveries`, tags, security: WRITE_SECURITY, summary: 'A webhook endpoint\'s delivery log',
    description: 'Newest first: each message with its status, attempts so far and the latest attempt\'s HTTP status or error.',
    request: { params: EndpointParams, query: WebhookDeliveriesQuery },
    responses: { 200: { description: 'The deliveries', ...json(WebhookDeliveryList) }, ...writeProblems(400, 403, 404) },
  });
  router.get('/v1/organisations/:memberId/webhooks/:webhookId/deliveries', async (c) => {
    const endpoint = await ownEndpoint(c, deps, endpoints);
    if (endpoint instanceof Response) return endpoint;
    const query = WebhookDeliveriesQuery.safeParse(c.req.query());
    if (!query.success) return invalidParameters(query.error, 'query', c.req.path);
    const items = (await endpoints.deliveries(endpoint.id, query.data.limit)).map(toDelivery);
    return c.json(WebhookDeliveryList.parse({ items }), 200, noStore);
  });
  return router;
}
