/**
 * The Worker around the app: one store and one app per isolate (their caches and the search
 * index outlive a request), D1 as the store, the Cache API as the shared read cache, and API
 * keys checked against D1 for writes.
 */
import type { D1Database } from '@cloudflare/workers-types';
import { createApiKeys } from '@thb/store/access';
import { createD1Store } from '@thb/store/d1';
import { createMailQueue, type MailQueue } from '@thb/store/mail-queue';
import { purgeDeleted } from '../routes/writes/purge-deleted.ts';
import type { ZodType } from 'zod';
import { createApp, type AppOpenAPI, type CreateAppOptions, type WriteSideOptions } from '../app.ts';
import { EnvSchema } from '../env.ts';
import { createQueuedMailer, deliverQueuedMail } from '../mail/index.ts';
import type { Mailer } from '../mail/mailer.ts';
import { reviewMails } from '../routes/review/review-mail.ts';
import { edgeReadCache, type EdgeCacheStorage } from './edge-read-cache.ts';
import { workerAccounts, type AccountsEnv } from './worker-accounts.ts';

/** The bindings and variables the Worker reads (see wrangler.toml). */
export interface WorkerEnv extends AccountsEnv {
  /** The D1 database, migrated from packages/store/migrations-d1. */
  DB: D1Database;
  /** `[version_metadata]`: the deployed version, part of every edge-cache key. */
  CF_VERSION_METADATA?: { id: string } | undefined;
  /** `"1"` mounts `/bench/constant`, the benchmark's ceiling. */
  BENCH?: string | undefined;
  /** The Worker's public address (`https://api.example.eu`): its origin may write from a browser. */
  PUBLIC_URL?: string | undefined;
  /** Comma-separated origins of the portal's pages, besides `PUBLIC_URL`'s (credentialed CORS). */
  PORTAL_ORIGINS?: string | undefined;
  /** Writes a key may send in a burst (60 by default), counted per isolate. */
  WRITE_BURST?: string | undefined;
  /** Writes a key regains per minute (60 by default). */
  WRITES_PER_MINUTE?: string | undefined;
}

/** What the runtime passes with each request (Hono's type, so `app.fetch` accepts it). */
export type WorkerContext = NonNullable<Parameters<AppOpenAPI['fetch']>[2]>;

/** A module Worker's handlers: requests, and the hourly Cron Trigger that purges deleted records. */
export interface WorkerHandler {
  fetch(request: Request, env: WorkerEnv, ctx: WorkerContext): Promise<Response>;
  scheduled(controller: unknown, env: WorkerEnv, ctx: WorkerContext): Promise<void>;
}

/** Options of {@link createWorker}: what tests pin. */
export type CreateWorkerOptions = Pick<CreateAppOptions, 'now' | 'logger'> & {
  /** Sends the accounts' mails (sign-in links, invitations, review notices). */
  mailer?: Mailer | undefined;
};

/** `caches.default`, which Node's types do not declare. */
function defaultCache(): EdgeCacheStorage | undefined {
  return (globalThis as { caches?: { default?: EdgeCacheStorage } }).caches?.default;
}

/** A Worker variable checked as the Node server checks the variable of that name. */
function workerVariable<T>(name: keyof typeof EnvSchema.shape & keyof WorkerEnv, schema: ZodType<T>, env: WorkerEnv): T {
  // `NAME = ""` in wrangler.toml means "not set", as an empty variable does on Node.
  const value = env[name] === '' ? undefined : env[name];
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new Error(`The Worker variable ${name} is not valid: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`);
}

/**
 * Keys live in D1 beside the data: `createApiKeys` sends single statements only (D1 has no
 * interactive transactions), including the conditional `last_used_at` update.
 */
function writeSide(env: WorkerEnv, store: ReturnType<typeof createD1Store>, options: CreateWorkerOptions) {
  const publicUrl = workerVariable('PUBLIC_URL', EnvSchema.shape.PUBLIC_URL, env);
  const portalOrigins = workerVariable('PORTAL_ORIGINS', EnvSchema.shape.PORTAL_ORIGINS, env);
  const perMinute = workerVariable('WRITES_PER_MINUTE', EnvSchema.shape.WRITES_PER_MINUTE, env);
  const logger = options.logger ?? console;
  const accounts = workerAccounts(env, { store, publicUrl, portalOrigins, mailer: options.mailer, logger });
  // Review decisions queue their mails in D1, in the decision's own batch; `fetch` delivers them
  // after each write request (waitUntil), so none is lost between the two.
  const queue = accounts && options.mailer && publicUrl ? createMailQueue(store.db) : undefined;
  const writes: WriteSideOptions = {
    keys: createApiKeys(store.db),
    ...(queue && accounts && publicUrl ? { review: { mails: reviewMails(accounts, createQueuedMailer(queue), publicUrl) } } : {}),
    allowedOrigins: [...(publicUrl ? [new URL(publicUrl).origin] : []), ...portalOrigins],
    rateLimit: { capacity: workerVariable('WRITE_BURST', EnvSchema.shape.WRITE_BURST, env), refillPerSecond: perMinute / 60 },
  };
  return { writes, accounts, queue };
}

/** The app of an isolate, and the mail queue its writes fill (when it has a mailer). */
interface IsolateApp {
  app: AppOpenAPI;
  queue: MailQueue | undefined;
}

function buildApp(env: WorkerEnv, options: CreateWorkerOptions): IsolateApp {
  if (!env.DB) throw new Error('The Worker has no D1 binding named DB: add [[d1_databases]] to wrangler.toml');
  const bench = EnvSchema.shape.BENCH.safeParse(env.BENCH);
  if (!bench.success) throw new Error('The Worker variable BENCH must be one of 1, 0, true, false, yes, no');
  const cache = defaultCache();
  const store = createD1Store(env.DB);
  const { writes, accounts, queue } = writeSide(env, store, options);
  const { mailer: _mailer, ...appOptions } = options;
  const app = createApp({
    ...appOptions,
    store,
    ...(accounts ? { accounts } : {}),
    compress: false,
    benchRoute: bench.data,
    writes,
    // Cloudflare's edge sets CF-Connecting-IP itself, so a client cannot forge it there.
    chat: { rateLimit: { clientAddress: (c) => c.req.header('cf-connecting-ip') } },
    ...(cache ? { sharedCache: edgeReadCache(cache, { deployment: env.CF_VERSION_METADATA?.id }) } : {}),
  });
  return { app, queue };
}

/**
 * The Worker's handler. The app is built on the isolate's first request, as bindings only
 * arrive with requests, and kept for the next ones (keyed by the binding, should it change).
 * @example export default createWorker();
 */
export function createWorker(options: CreateWorkerOptions = {}): WorkerHandler {
  const apps = new WeakMap<D1Database, IsolateApp>();
  return {
    async fetch(request, env, ctx) {
      let isolate = apps.get(env.DB);
      if (!isolate) {
        isolate = buildApp(env, options);
        apps.set(env.DB, isolate);
      }
      const { app, queue } = isolate;
      const response = Promise.resolve(app.fetch(request, env, ctx));
      // Reads queue no mail, so only writes pay for a look at the queue.
      if (queue && options.mailer && request.method !== 'GET' && request.method !== 'HEAD') {
        const transport = options.mailer;
        const logger = options.logger ?? console;
        ctx.waitUntil(response.then(() => deliverQueuedMail(queue, transport, { log: (line) => logger.error(line) })).catch(() => undefined));
      }
      // A client that hangs up cancels its request's work, and other requests may be waiting
      // for some of it (a data-version lookup they joined, the search index the store builds
      // once for whichever request comes first). waitUntil lets that work finish.
      ctx.waitUntil(response.catch(() => undefined));
      return response;
    },
    async scheduled(_controller, env) {
      // Deleted records can be restored for 30 days; then they are purged (`[triggers]` in wrangler.toml).
      await purgeDeleted(createD1Store(env.DB), new Date());
    },
  };
}
