/**
 * The public news (issue 13): `GET /v1/news` (published public announcements, paged, in `lang`
 * or `Accept-Language`), `GET /v1/news/{id}`, the same as `/v1/news.atom`, `.rss` and `.json`
 * (JSON Feed 1.1), and `GET /v1/resources.atom` with the filters of `GET /v1/resources`. All
 * are cached reads: ETag and 304 per data version, like every other public read.
 */
import { z } from '@hono/zod-openapi';
import { AnnouncementId, NewsFeedQuery, NewsItem, NewsList, NewsQuery, ResourcesQuery, type EuLanguage } from '@thb/schema';
import type { StoredAnnouncement } from '@thb/store/announcements';
import type { Context } from 'hono';
import { notModified, problemResponses, readHeaders } from '../../lib/openapi.ts';
import { createRouter } from '../../lib/create-router.ts';
import { organisationNames } from '../../lib/organisations.ts';
import { invalidParameters, notFound } from '../../lib/problem.ts';
import { queryObject } from '../../lib/query-object.ts';
import { readContext } from '../../lib/read-context.ts';
import { sendJsonRead, sendRead } from '../../lib/read-response.ts';
import { pageCount, requestKey } from '../../lib/request-key.ts';
import type { AppDeps, AppEnv, AppOpenAPI } from '../../lib/types.ts';
import { toNewsItem } from '../announcements/announcement-view.ts';
import { resourceFilter, toResourceView } from '../resources/resources.views.ts';
import { FEED_MEDIA_TYPES, atomFeed, jsonFeed, rssFeed, type FeedEntry, type FeedHead } from './news-feeds.ts';

const tags = ['News and feeds'];
/** The newest items a feed holds. */
const FEED_SIZE = 50;
const xml = (description: string) => ({ description, headers: readHeaders, content: { 'application/xml': { schema: z.string() } } });

/** Options: the public address links in feeds start with (else the request's origin). */
export interface NewsOptions { publicUrl?: string | undefined }

/** The routes. */
export function newsRouter(deps: AppDeps, options: NewsOptions = {}): AppOpenAPI {
  const router = createRouter();
  const document = router.openAPIRegistry.registerPath.bind(router.openAPIRegistry);
  const base = (c: Context<AppEnv>) => (options.publicUrl ?? new URL(c.req.url).origin).replace(/\/+$/, '');

  function parse<T extends z.ZodType>(c: Context<AppEnv>, schema: T): z.infer<T> | Response {
    const query = schema.safeParse(queryObject(c));
    return query.success ? query.data : invalidParameters(query.error, 'query', c.req.path);
  }

  document({
    method: 'get', path: '/v1/news', tags, summary: 'Public announcements',
    description: 'Published announcements the secretariat marked public, newest first; title and text in `lang` (or `Accept-Language`), else English, each with the language it is in. Plain text: escape it when showing it.',
    request: { query: NewsQuery },
    responses: { 200: { description: 'A page of news', headers: readHeaders, content: { 'application/json': { schema: NewsList } } }, ...notModified, ...problemResponses(400) },
  });
  router.get('/v1/news', async (c) => {
    const query = parse(c, NewsQuery);
    if (query instanceof Response) return query;
    const { language } = await readContext(c, deps);
    const { page, pageSize } = query;
    const { items, total } = await deps.store.announcements.listPublished({ page, pageSize });
    const body = NewsList.parse({ items: items.map((item) => toNewsItem(item, language)), total, page, pageSize, pageCount: pageCount(total, pageSize) });
    return sendJsonRead(c, deps, body, { request: requestKey(c, query), localised: true });
  });

  document({
    method: 'get', path: '/v1/news/{id}', tags, summary: 'One public announcement',
    request: { params: z.strictObject({ id: AnnouncementId }), query: NewsFeedQuery },
    responses: { 200: { description: 'The announcement', headers: readHeaders, content: { 'application/json': { schema: NewsItem } } }, ...notModified, ...problemResponses(400, 404) },
  });
  router.get('/v1/news/:id', async (c) => {
    const query = parse(c, NewsFeedQuery);
    if (query instanceof Response) return query;
    const id = c.req.param('id');
    const stored = AnnouncementId.safeParse(id).success ? await deps.store.announcements.get(id) : undefined;
    if (!stored || stored.status !== 'published' || !stored.public) return notFound('There is no public announcement with this id.', c.req.path);
    const { language } = await readContext(c, deps);
    return sendJsonRead(c, deps, toNewsItem(stored, language), { request: requestKey(c, query), localised: true });
  });

  const newsHead = (c: Context<AppEnv>, language: EuLanguage): FeedHead => ({
    id: 'news', title: 'THB Platform news', description: 'Announcements of the EU Civil Society Platform against trafficking in human beings',
    link: `${base(c)}/v1/news`, language,
    selfLinks: { atom: `${base(c)}/v1/news.atom`, rss: `${base(c)}/v1/news.rss`, json: `${base(c)}/v1/news.json` },
  });
  const newsEntry = (c: Context<AppEnv>, stored: StoredAnnouncement, language: EuLanguage): FeedEntry => {
    const item = toNewsItem(stored, language);
    const links = [...item.eventIds.map((id) => `${base(c)}/v1/events/${encodeURIComponent(id)}`), ...item.resourceIds.map((id) => `${base(c)}/v1/resources/${encodeURIComponent(id)}`)];
    return {
      id: item.id, title: item.title.value, text: [item.text.value, ...links].join('\n\n'), link: `${base(c)}/v1/news/${item.id}`,
      updated: new Date(stored.updatedAt), published: new Date(item.publishedAt),
    };
  };
  const formats = [
    { suffix: 'atom', build: atomFeed, media: FEED_MEDIA_TYPES.atom, name: 'Atom 1.0' },
    { suffix: 'rss', build: rssFeed, media: FEED_MEDIA_TYPES.rss, name: 'RSS 2.0' },
    { suffix: 'json', build: jsonFeed, media: FEED_MEDIA_TYPES.json, name: 'JSON Feed 1.1' },
  ] as const;
  for (const format of formats) {
    document({
      method: 'get', path: `/v1/news.${format.suffix}`, tags, summary: `Public announcements as ${format.name}`,
      description: `The ${FEED_SIZE} newest public announcements, in \`lang\` (or \`Accept-Language\`).`,
      request: { query: NewsFeedQuery },
      responses: { 200: xml(`The ${format.name} feed`), ...notModified, ...problemResponses(400) },
    });
    router.get(`/v1/news.${format.suffix}`, async (c) => {
      const query = parse(c, NewsFeedQuery);
      if (query instanceof Response) return query;
      const { language } = await readContext(c, deps);
      const { items } = await deps.store.announcements.listPublished({ page: 1, pageSize: FEED_SIZE });
      const body = format.build(newsHead(c, language), items.map((item) => newsEntry(c, item, language)));
      return sendRead(c, deps, { body, contentType: format.media, request: requestKey(c, query), localised: true });
    });
  }

  document({
    method: 'get', path: '/v1/resources.atom', tags, summary: 'New resources as Atom 1.0',
    description: 'The resources `GET /v1/resources` returns for the same parameters (newest first without `q`), one page of them, as an Atom feed.',
    request: { query: ResourcesQuery },
    responses: { 200: xml('The Atom feed'), ...notModified, ...problemResponses(400) },
  });
  router.get('/v1/resources.atom', async (c) => {
    const query = parse(c, ResourcesQuery);
    if (query instanceof Response) return query;
    const { language } = await readContext(c, deps);
    const { items } = await deps.store.resources.search(resourceFilter(query), { page: query.page, pageSize: query.pageSize }, language);
    const publisherOf = await organisationNames(deps.store, items.map((r) => r.publisher), language);
    const entries = items.map((resource): FeedEntry => {
      const view = toResourceView(resource, language, publisherOf);
      return {
        id: `resource:${view.id}`, title: view.title, text: view.summary, link: view.url, updated: new Date(view.updatedAt),
        published: new Date(`${view.published}T00:00:00Z`), author: view.publisher.name,
      };
    });
    const self = `${base(c)}/v1/resources.atom`;
    const head: FeedHead = {
      id: 'resources', title: 'THB Platform resources', description: 'New resources of the EU Civil Society Platform against trafficking in human beings',
      link: `${base(c)}/v1/resources`, language, selfLinks: { atom: self, rss: self, json: self },
    };
    return sendRead(c, deps, { body: atomFeed(head, entries), contentType: FEED_MEDIA_TYPES.atom, request: requestKey(c, query), localised: true });
  });
  return router;
}
