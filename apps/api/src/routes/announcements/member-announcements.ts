/**
 * `GET /v1/me/announcements`: the published announcements (public or not) whose audience
 * includes one of the caller's organisations; the secretariat sees all. Personal: never cached.
 */
import { NewsList, NewsQuery } from '@thb/schema';
import type { AudienceMember } from '@thb/store/announcements';
import { createRouter } from '../../lib/create-router.ts';
import { invalidParameters } from '../../lib/problem.ts';
import { queryObject } from '../../lib/query-object.ts';
import { readContext } from '../../lib/read-context.ts';
import { pageCount } from '../../lib/request-key.ts';
import type { AppDeps, AppOpenAPI } from '../../lib/types.ts';
import { WRITE_SECURITY, writeProblems } from '../writes/write-openapi.ts';
import { requireSignedIn } from '../writes/write-request.ts';
import { toNewsItem } from './announcement-view.ts';

/** The route. */
export function memberAnnouncementsRouter(deps: AppDeps): AppOpenAPI {
  const router = createRouter();
  router.openAPIRegistry.registerPath({
    method: 'get', path: '/v1/me/announcements', tags: ['Announcements'], security: WRITE_SECURITY, summary: 'Announcements for my organisation',
    description: 'Signed-in people and API keys: published announcements whose audience includes one of their organisations (the secretariat: all), newest first, in `lang` or `Accept-Language`.',
    request: { query: NewsQuery },
    responses: { 200: { description: 'A page of announcements', content: { 'application/json': { schema: NewsList } } }, ...writeProblems(400) },
  });
  router.get('/v1/me/announcements', async (c) => {
    const principal = requireSignedIn(c);
    if (principal instanceof Response) return principal;
    const query = NewsQuery.safeParse(queryObject(c));
    if (!query.success) return invalidParameters(query.error, 'query', c.req.path);
    const { page, pageSize } = query.data;
    const memberIds = principal.secretariat ? [] : principal.type === 'key' ? [principal.organisation ?? ''] : [...principal.organisations.keys()];
    const members: AudienceMember[] = [];
    for (const id of memberIds) {
      const member = id ? await deps.store.members.get(id) : undefined;
      if (member) members.push({ country: member.country, focus: member.focus });
    }
    const { items, total } = await deps.store.announcements.listPublishedFor(principal.secretariat ? 'all' : members, { page, pageSize });
    const { language } = await readContext(c, deps);
    const body = NewsList.parse({ items: items.map((item) => toNewsItem(item, language)), total, page, pageSize, pageCount: pageCount(total, pageSize) });
    return c.json(body, 200, { 'cache-control': 'no-store', vary: 'authorization, cookie', 'content-language': language });
  });
  return router;
}
