/**
 * An organisation's API keys over HTTP (issue 11): its owners and the secretariat list, create
 * and revoke them; a key is shown once, when it is created. Secretariat keys are made with the
 * command line (`pnpm thb keys create --secretariat`), never over the web.
 */
import { z } from '@hono/zod-openapi';
import { ApiKeyInfo, ApiKeyList, ApiKeyRequest, CreatedApiKey, Slug } from '@thb/schema';
import type { ApiKeys } from '@thb/store/access';
import type { Context } from 'hono';
import { actorOf, standingOf } from '../../access/authorise.ts';
import { createRouter } from '../../lib/create-router.ts';
import type { AppDeps, AppEnv, AppOpenAPI } from '../../lib/types.ts';
import { WRITE_SECURITY, writeProblems } from '../writes/write-openapi.ts';
import { invalidBody, problem, readJsonObject, requireSignedIn } from '../writes/write-request.ts';

const noStore = { 'cache-control': 'no-store' };
const MemberParams = z.strictObject({ memberId: Slug });

/** The routes, on the keys of `keys`. */
export function keysRouter(deps: AppDeps, keys: ApiKeys): AppOpenAPI {
  const router = createRouter();
  const document = router.openAPIRegistry.registerPath.bind(router.openAPIRegistry);
  const tags = ['API keys'];

  /** The member id when the principal may manage its keys, else the problem. */
  async function manageable(c: Context<AppEnv>): Promise<{ memberId: string; createdBy: string } | Response> {
    const principal = requireSignedIn(c);
    if (principal instanceof Response) return principal;
    const memberId = c.req.param('memberId')!;
    const standing = standingOf(principal, memberId);
    if (standing !== 'owner' && standing !== 'secretariat') {
      return problem(c, 403, 'forbidden', 'Only the organisation\'s owners and the secretariat manage its API keys.');
    }
    if (!(await deps.store.writes.snapshot('members', memberId))) return problem(c, 404, 'not-found', `There is no member with id "${memberId}".`);
    return { memberId, createdBy: actorOf(principal).label };
  }

  document({
    method: 'get', path: '/v1/organisations/{memberId}/keys', tags, security: WRITE_SECURITY, summary: 'An organisation\'s API keys',
    description: 'Its owners and the secretariat; the keys themselves are never listed.',
    request: { params: MemberParams },
    responses: { 200: { description: 'The keys', content: { 'application/json': { schema: ApiKeyList } } }, ...writeProblems(403, 404) },
  });
  router.get('/v1/organisations/:memberId/keys', async (c) => {
    const allowed = await manageable(c);
    if (allowed instanceof Response) return allowed;
    const items = (await keys.list({ organisationId: allowed.memberId })).map((key) => ApiKeyInfo.parse(key));
    return c.json({ items }, 200, noStore);
  });

  document({
    method: 'post', path: '/v1/organisations/{memberId}/keys', tags, security: WRITE_SECURITY, summary: 'Create an API key',
    description: 'The key acts as an editor of the organisation. It is in this answer only: store it now.',
    request: { params: MemberParams, body: { required: true, content: { 'application/json': { schema: ApiKeyRequest } } } },
    responses: { 201: { description: 'The new key', content: { 'application/json': { schema: CreatedApiKey } } }, ...writeProblems(400, 403, 404, 415) },
  });
  router.post('/v1/organisations/:memberId/keys', async (c) => {
    const allowed = await manageable(c);
    if (allowed instanceof Response) return allowed;
    const body = await readJsonObject(c);
    if (body instanceof Response) return body;
    const request = ApiKeyRequest.safeParse(body);
    if (!request.success) return invalidBody(c, request.error);
    const created = await keys.create({ organisationId: allowed.memberId, name: request.data.name, createdBy: allowed.createdBy });
    return c.json(CreatedApiKey.parse(created), 201, noStore);
  });

  document({
    method: 'delete', path: '/v1/organisations/{memberId}/keys/{keyId}', tags, security: WRITE_SECURITY, summary: 'Revoke an API key',
    description: 'At once: the next request with it is a 401.',
    request: { params: MemberParams.extend({ keyId: z.string().max(100) }) },
    responses: { 200: { description: 'Revoked' }, ...writeProblems(403, 404) },
  });
  router.delete('/v1/organisations/:memberId/keys/:keyId', async (c) => {
    const allowed = await manageable(c);
    if (allowed instanceof Response) return allowed;
    const keyId = c.req.param('keyId');
    const own = (await keys.list({ organisationId: allowed.memberId })).find((key) => key.id === keyId && key.revokedAt === null);
    if (!own || !(await keys.revoke(keyId))) return problem(c, 404, 'not-found', 'This organisation has no active key with this id.');
    return c.json({ id: keyId, revoked: true }, 200, noStore);
  });
  return router;
}
