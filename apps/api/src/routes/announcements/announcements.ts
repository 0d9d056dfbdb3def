/**
 * The secretariat's announcements (issue 13): `GET /v1/announcements` (drafts too), `GET`,
 * `POST`, `PATCH` and `DELETE` of one, and `POST /v1/announcements/{id}/publish`; changes,
 * publication and deletion take `If-Match` with the announcement's ETag (or `*`).
 */
import { z } from '@hono/zod-openapi';
import { Announcement, AnnouncementCreate, AnnouncementId, AnnouncementList, AnnouncementPatch } from '@thb/schema';
import { StaleAnnouncementError, type StoredAnnouncement } from '@thb/store/announcements';
import type { Context } from 'hono';
import { actorOf } from '../../access/authorise.ts';
import { createRouter } from '../../lib/create-router.ts';
import type { AppDeps, AppEnv, AppOpenAPI } from '../../lib/types.ts';
import { NO_STORE, secretariatOnly } from '../calls/portal-options.ts';
import { WRITE_SECURITY, writeProblems } from '../writes/write-openapi.ts';
import { invalidBody, problem, readJsonObject } from '../writes/write-request.ts';
import { announcementETag, ifMatchRevision, toAnnouncement } from './announcement-view.ts';
import { publishAnnouncement } from './publish-announcement.ts';

const tags = ['Announcements'];
const Params = z.strictObject({ id: AnnouncementId });
const etagHeader = { ETag: { description: 'Send it back in `If-Match` to change, publish or delete the announcement', schema: { type: 'string' as const } } };
const IfMatch = z.strictObject({ 'if-match': z.string().meta({ description: 'The announcement\'s ETag as read, or `*`' }) });
const ok = (description: string) => ({ description, headers: etagHeader, content: { 'application/json': { schema: Announcement } } });

/** The routes. */
export function announcementsRouter(deps: AppDeps): AppOpenAPI {
  const router = createRouter();
  const document = router.openAPIRegistry.registerPath.bind(router.openAPIRegistry);
  const news = deps.store.announcements;
  const send = (c: Context<AppEnv>, stored: StoredAnnouncement, status: 200 | 201 = 200, extra: Record<string, string> = {}) =>
    c.json(toAnnouncement(stored), status, { ...NO_STORE, etag: announcementETag(stored), ...extra });

  /** The announcement and the revision `If-Match` names, or the problem to answer. */
  async function target(c: Context<AppEnv>): Promise<{ stored: StoredAnnouncement; revision: number } | Response> {
    const id = c.req.param('id') ?? '';
    const stored = AnnouncementId.safeParse(id).success ? await news.get(id) : undefined;
    if (!stored) return problem(c, 404, 'not-found', 'There is no announcement with this id.');
    const header = c.req.header('if-match');
    if (!header) return problem(c, 428, 'precondition-required', 'Send If-Match with the ETag of the announcement you read.');
    const revision = ifMatchRevision(header, stored);
    if (revision === undefined || (revision !== 'any' && revision !== stored.revision)) {
      return problem(c, 412, 'precondition-failed', 'The announcement changed since your copy: read it again and retry with its new ETag.');
    }
    return { stored, revision: stored.revision };
  }

  /** A 400 naming linked events or resources that do not exist, or undefined. */
  async function unknownLinks(c: Context<AppEnv>, fields: { eventIds: string[]; resourceIds: string[] }) {
    for (const id of fields.eventIds) if (!(await deps.store.events.get(id))) return problem(c, 400, 'invalid-parameters', `There is no event with id "${id}".`);
    for (const id of fields.resourceIds) if (!(await deps.store.resources.get(id))) return problem(c, 400, 'invalid-parameters', `There is no resource with id "${id}".`);
    return undefined;
  }

  const stale = (c: Context<AppEnv>) => problem(c, 412, 'precondition-failed', 'The announcement changed meanwhile: read it again.');
  const who = (_c: Context<AppEnv>, principal: Parameters<typeof actorOf>[0], route: string) => ({ ...actorOf(principal), route });

  document({
    method: 'get', path: '/v1/announcements', tags, security: WRITE_SECURITY, summary: 'Every announcement',
    description: 'The secretariat only: drafts and published ones, newest first.',
    responses: { 200: { description: 'The announcements', content: { 'application/json': { schema: AnnouncementList } } }, ...writeProblems(403) },
  });
  router.get('/v1/announcements', async (c) => {
    const principal = secretariatOnly(c);
    if (principal instanceof Response) return principal;
    return c.json(AnnouncementList.parse({ items: (await news.listAll()).map(toAnnouncement) }), 200, NO_STORE);
  });

  document({
    method: 'get', path: '/v1/announcements/{id}', tags, security: WRITE_SECURITY, summary: 'One announcement',
    description: 'The secretariat only. The `ETag` is what changes want in `If-Match`.',
    request: { params: Params },
    responses: { 200: ok('The announcement'), ...writeProblems(403, 404) },
  });
  router.get('/v1/announcements/:id', async (c) => {
    const principal = secretariatOnly(c);
    if (principal instanceof Response) return principal;
    const id = c.req.param('id');
    const stored = AnnouncementId.safeParse(id).success ? await news.get(id) : undefined;
    if (!stored) return problem(c, 404, 'not-found', 'There is no announcement with this id.');
    return send(c, stored);
  });

  document({
    method: 'post', path: '/v1/announcements', tags, security: WRITE_SECURITY, summary: 'Write an announcement',
    description: 'The secretariat only. Saved as a draft; `POST /v1/announcements/{id}/publish` publishes it. Title and text are plain text in one or more languages (English required); both audience lists empty means all members.',
    request: { body: { required: true, content: { 'application/json': { schema: AnnouncementCreate } } } },
    responses: { 201: ok('The draft'), ...writeProblems(400, 403, 415) },
  });
  router.post('/v1/announcements', async (c) => {
    const principal = secretariatOnly(c);
    if (principal instanceof Response) return principal;
    const body = await readJsonObject(c);
    if (body instanceof Response) return body;
    const input = AnnouncementCreate.safeParse(body);
    if (!input.success) return invalidBody(c, input.error);
    const refused = await unknownLinks(c, input.data);
    if (refused) return refused;
    const created = await news.create(input.data, who(c, principal, 'POST /v1/announcements'));
    return send(c, created, 201, { location: `/v1/announcements/${created.id}` });
  });

  document({
    method: 'patch', path: '/v1/announcements/{id}', tags, security: WRITE_SECURITY, summary: 'Change an announcement',
    description: 'The secretariat only. Send the fields to change and `If-Match`; a published announcement stays published.',
    request: { params: Params, headers: IfMatch, body: { required: true, content: { 'application/json': { schema: AnnouncementPatch } } } },
    responses: { 200: ok('Changed'), ...writeProblems(400, 403, 404, 412, 415, 428) },
  });
  router.patch('/v1/announcements/:id', async (c) => {
    const principal = secretariatOnly(c);
    if (principal instanceof Response) return principal;
    const found = await target(c);
    if (found instanceof Response) return found;
    const body = await readJsonObject(c);
    if (body instanceof Response) return body;
    const patch = AnnouncementPatch.safeParse(body);
    if (!patch.success) return invalidBody(c, patch.error);
    const { stored } = found;
    const merged = AnnouncementCreate.safeParse({
      title: stored.title, text: stored.text, eventIds: stored.eventIds, resourceIds: stored.resourceIds,
      audience: stored.audience, public: stored.public, ...patch.data,
    });
    if (!merged.success) return invalidBody(c, merged.error);
    const refused = await unknownLinks(c, merged.data);
    if (refused) return refused;
    try {
      return send(c, await news.update(stored.id, found.revision, merged.data, who(c, principal, 'PATCH /v1/announcements/{id}')));
    } catch (error) {
      if (error instanceof StaleAnnouncementError) return stale(c);
      throw error;
    }
  });

  document({
    method: 'post', path: '/v1/announcements/{id}/publish', tags, security: WRITE_SECURITY, summary: 'Publish an announcement',
    description: 'The secretariat only, with `If-Match`. Its audience sees it in `GET /v1/me/announcements`; a public one is also in `GET /v1/news` and the feeds.',
    request: { params: Params, headers: IfMatch },
    responses: { 200: ok('Published'), ...writeProblems(403, 404, 409, 412, 428) },
  });
  router.post('/v1/announcements/:id/publish', async (c) => {
    const principal = secretariatOnly(c);
    if (principal instanceof Response) return principal;
    const found = await target(c);
    if (found instanceof Response) return found;
    if (found.stored.status === 'published') return problem(c, 409, 'conflict', 'The announcement is published already.');
    try {
      return send(c, await publishAnnouncement(deps.store, found.stored.id, found.revision, who(c, principal, 'POST /v1/announcements/{id}/publish')));
    } catch (error) {
      if (error instanceof StaleAnnouncementError) return stale(c);
      throw error;
    }
  });

  document({
    method: 'delete', path: '/v1/announcements/{id}', tags, security: WRITE_SECURITY, summary: 'Delete an announcement',
    description: 'The secretariat only, with `If-Match`. It leaves the news, the feeds and every member\'s list at once.',
    request: { params: Params, headers: IfMatch },
    responses: { 200: { description: 'Deleted' }, ...writeProblems(403, 404, 412, 428) },
  });
  router.delete('/v1/announcements/:id', async (c) => {
    const principal = secretariatOnly(c);
    if (principal instanceof Response) return principal;
    const found = await target(c);
    if (found instanceof Response) return found;
    try {
      await news.remove(found.stored.id, found.revision, who(c, principal, 'DELETE /v1/announcements/{id}'));
      return c.json({ id: found.stored.id, deleted: true }, 200, NO_STORE);
    } catch (error) {
      if (error instanceof StaleAnnouncementError) return stale(c);
      throw error;
    }
  });
  return router;
}
