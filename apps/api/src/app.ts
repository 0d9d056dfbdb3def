/**
 * The THB Platform Kit HTTP API as one Hono app, free of Node APIs so that the Node server and
 * the Cloudflare Worker run the same code. Entries add only what their platform owns.
 *
 * @example
 * import { createApp } from '@thb/api';
 * const app = createApp({ store });
 * const response = await app.request('/v1/members?country=DE');
 */
import type { PlatformStore } from '@thb/store';
import type { Accounts } from './auth/accounts.ts';
import { createRouter } from './lib/create-router.ts';
import { ResponseCache, type ResponseCacheOptions } from './lib/response-cache.ts';
import type { SharedReadCache } from './lib/shared-read-cache.ts';
import type { AppDeps, AppOpenAPI, Logger } from './lib/types.ts';
import { coalescedLookup } from './lib/version-lookup.ts';
import type { ApiKeys } from '@thb/store/access';
import { identify, type KeyVerifier, type SessionReader } from './access/identify.ts';
import { keysRouter } from './routes/keys/keys.ts';
import { DEFAULT_BODY_LIMIT, WRITE_BODY_LIMIT, limitBody } from './middleware/body-limit.ts';
import { afterWrites, isGuardedWrite, portalCors, writeGuard } from './middleware/write-guard.ts';
import { reviewRouter, type ReviewOptions } from './routes/review/review.ts';
import { secretariatListsRouter } from './routes/review/secretariat-lists.ts';
import { RECORD_KIND_SPECS } from './routes/writes/record-kinds.ts';
import { organisationContentRouter } from './routes/writes/organisation-content.ts';
import { recordWriteRouter } from './routes/writes/record-routes.ts';
import { SECURITY_SCHEMES } from './routes/writes/write-openapi.ts';
import { answerPreflights, openCors, routeMethods } from './middleware/cors.ts';
import { answerWrongMethods, problemOnError, routeNotFound } from './middleware/errors.ts';
import { readCache } from './middleware/read-cache.ts';
import { securityHeaders } from './middleware/security-headers.ts';
import { registerDocs, type DocsOptions } from './routes/docs/index.ts';
import { eventsRouter } from './routes/events/index.ts';
import { healthRouter } from './routes/health/index.ts';
import { membersRouter } from './routes/members/index.ts';
import { resourcesRouter } from './routes/resources/index.ts';
import { statsRouter } from './routes/stats/index.ts';
import { chatRouter, type ChatRouteOptions } from './routes/chat/index.ts';
import { accountsRouter } from './routes/organisations/index.ts';
import { portalRouter, type PortalOptions } from './routes/calls/index.ts';
import { announcementsAndNewsRouter } from './routes/announcements/index.ts';
import { notificationsRouter, type NotificationRouteOptions } from './routes/notifications/notifications.ts';
import { meetingsRouter, type MeetingOptions } from './routes/meetings/meetings.ts';
import { webhooksRouter, type WebhookRouteOptions } from './routes/webhooks/webhooks.ts';

/** What `createApp` needs: a store, and optionally a clock, a logger and entry-specific parts. */
export interface CreateAppOptions extends DocsOptions {
  store: PlatformStore;
  /** The clock deciding which events are upcoming; tests pin it. */
  now?: () => Date;
  /** Where errors are logged; `console` by default. */
  logger?: Logger;
  /**
   * Reads the data version; `store.dataVersion`, coalesced between concurrent requests, by
   * default. It runs before every cached read; each store makes its own as cheap as its
   * backend allows (on SQLite, `PRAGMA data_version`), so entries rarely need to pass one.
   */
  dataVersion?: () => Promise<number>;
  /** Limits of the serialised-response cache. */
  cache?: ResponseCacheOptions;
  /** A cache shared with other instances of the app (the Worker's Cache API), behind `cache`. */
  sharedCache?: SharedReadCache;
  /**
   * Gzips reads once per data version (default true). Workers pass false: Cloudflare's front
   * line compresses responses itself, per client, and hands the Worker a normalised
   * `Accept-Encoding`, so compressing here would spend Worker CPU for nothing.
   */
  compress?: boolean;
  /** The chat's rate limit and the site pages its answers link to. */
  chat?: ChatRouteOptions;
  /**
   * Accounts (`createAccounts`): mounts `/v1/auth/*` (sign-in, confirm page, session) and the
   * people routes of each organisation. Without it the API has no accounts.
   */
  accounts?: Accounts;
  /** Sends `Strict-Transport-Security`: set it when the server's public address is https. */
  hsts?: boolean;
  /** Mounts `GET /bench/constant`, a constant JSON route: the benchmark's ceiling. */
  benchRoute?: boolean;
  /** The write side: how requests are identified, where writes may come from, who hears of reviews. */
  writes?: WriteSideOptions;
  /** The members' portal: calls, applications, the yearly check (`createPortalStore` from `@thb/store/portal`). */
  portal?: PortalOptions;
  /** Notification settings and one-click unsubscribe (issue 13); without it those routes are absent. */
  notifications?: NotificationRouteOptions;
  /** Platform meetings and their registrations (`createMeetingStore` from `@thb/store/meetings`). */
  meetings?: MeetingOptions | undefined;
  /** Organisations' webhook endpoints (issue 13): `createWebhookEndpoints` and the operator's allow list. */
  webhooks?: WebhookRouteOptions | undefined;
  /** Adds routes the entry owns (static files on Node) after the API, before 405/404 handling. */
  extend?: (app: AppOpenAPI) => void;
}

/** Options of the write side; without keys or sessions every write is a 401. */
export interface WriteSideOptions {
  /** API keys: checked on every request, and managed by organisations' owners when they can be (`@thb/store/access`). */
  keys?: (KeyVerifier & Partial<Pick<ApiKeys, 'create' | 'list' | 'revoke'>>) | undefined;
  sessions?: SessionReader | undefined;
  /** Origins of the platform's own pages (`PUBLIC_URL`'s, `PORTAL_ORIGINS`): credentialed CORS, cookie writes. */
  allowedOrigins?: readonly string[] | undefined;
  review?: ReviewOptions | undefined;
  /** Writes a principal may burst, and regains per second. */
  rateLimit?: { capacity?: number; refillPerSecond?: number } | undefined;
  /**
   * Called after each `/v1` write request that succeeded (a 2xx or 3xx answer), when what it
   * committed is visible: the Node server starts its webhook delivery then, so the deliveries a
   * write queued do not wait for the poll interval.
   */
  afterWrite?: (() => void) | undefined;
}

/** The body of `/bench/constant`. */
export const BENCH_CONSTANT = { ok: true, service: 'thb-platform-kit' } as const;

/**
 * Builds the app. Order matters: the cached-read fast path comes first so a hit skips
 * everything else; routes follow; 405 and 404 handling last.
 * @example const app = createApp({ store, now: () => new Date('2026-11-29T12:00:00Z') });
 */
export function createApp(options: CreateAppOptions): AppOpenAPI {
  const deps: AppDeps = {
    store: options.store,
    dataVersion: options.dataVersion ?? coalescedLookup(() => options.store.dataVersion()),
    now: options.now ?? (() => new Date()),
    cache: new ResponseCache(options.cache),
    sharedCache: options.sharedCache,
    compress: options.compress ?? true,
    logger: options.logger ?? console,
  };
  const app = createRouter();
  // Registered before any middleware so that the ceiling is a bare Hono route.
  if (options.benchRoute) app.get('/bench/constant', (c) => c.json(BENCH_CONSTANT));
  app.use('*', securityHeaders({ hsts: options.hsts }));
  app.use('/v1/*', readCache(deps));
  app.use('*', openCors());
  const writeSide = options.writes ?? {};
  const allowedOrigins = writeSide.allowedOrigins ?? [];
  app.use('/v1/*', portalCors(allowedOrigins));
  const readLimit = limitBody(DEFAULT_BODY_LIMIT);
  const writeLimit = limitBody(WRITE_BODY_LIMIT);
  app.use('*', (c, next) => (isGuardedWrite(c.req.method, c.req.path) ? writeLimit(c, next) : readLimit(c, next)));
  app.use('/v1/*', identify({ keys: writeSide.keys, sessions: writeSide.sessions ?? options.accounts }));
  app.use('/v1/*', writeGuard({ allowedOrigins, ...writeSide.rateLimit }));
  const { afterWrite } = writeSide;
  if (afterWrite) app.use('/v1/*', afterWrites(afterWrite));
  app.route('/', healthRouter(deps));
  app.route('/', membersRouter(deps));
  app.route('/', resourcesRouter(deps));
  app.route('/', eventsRouter(deps));
  app.route('/', statsRouter(deps));
  app.route('/', chatRouter(deps, options.chat));
  for (const spec of Object.values(RECORD_KIND_SPECS)) app.route('/', recordWriteRouter(deps, spec));
  // Before the review router, whose `/v1/review/{id}` paths would otherwise be tried first.
  app.route('/', secretariatListsRouter(deps));
  app.route('/', reviewRouter(deps, writeSide.review));
  app.route('/', organisationContentRouter(deps));
  app.route('/', announcementsAndNewsRouter(deps, { publicUrl: options.publicUrl ?? options.portal?.publicUrl }));
  const keys = writeSide.keys;
  if (keys?.create && keys.list && keys.revoke) app.route('/', keysRouter(deps, keys as ApiKeys));
  for (const [name, scheme] of Object.entries(SECURITY_SCHEMES)) app.openAPIRegistry.registerComponent('securitySchemes', name, scheme);
  if (options.accounts) {
    app.route('/', accountsRouter(options.accounts, {
      memberName: async (id) => (await options.store.members.get(id))?.name,
      clientAddress: options.chat?.rateLimit?.clientAddress,
    }));
  }
  if (options.portal) {
    app.route('/', portalRouter(deps, options.portal, { accounts: options.accounts, clientAddress: options.chat?.rateLimit?.clientAddress }));
  }
  if (options.notifications) app.route('/', notificationsRouter(options.notifications));
  if (options.meetings) app.route('/', meetingsRouter(options.meetings));
  if (options.webhooks) app.route('/', webhooksRouter(deps, options.webhooks));
  registerDocs(app, options);
  options.extend?.(app);
  const methods = routeMethods(app);
  answerPreflights(app, methods);
  answerWrongMethods(app, methods);
  app.notFound(routeNotFound);
  app.onError(problemOnError(deps.logger));
  return app;
}

export type { AppDeps, AppOpenAPI, Logger } from './lib/types.ts';
export type { CachedResponse } from './lib/response-cache.ts';
export type { SharedReadCache } from './lib/shared-read-cache.ts';
export type { DocsAssetName, DocsAssetReader } from './routes/docs/docs.page.ts';
export { DOCS_ASSETS } from './routes/docs/docs.page.ts';
