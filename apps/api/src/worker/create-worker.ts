/**
 * The Worker around the app: one store and one app per isolate (their caches and the search
 * index outlive a request), D1 as the store, and the Cache API as the shared read cache.
 */
import type { D1Database } from '@cloudflare/workers-types';
import { createD1Store } from '@thb/store/d1';
import { createApp, type AppOpenAPI, type CreateAppOptions } from '../app.ts';
import { EnvSchema } from '../env.ts';
import { edgeReadCache, type EdgeCacheStorage } from './edge-read-cache.ts';

/** The bindings and variables the Worker reads (see wrangler.toml). */
export interface WorkerEnv {
  /** The D1 database, migrated from packages/store/migrations-d1. */
  DB: D1Database;
  /** `[version_metadata]`: the deployed version, part of every edge-cache key. */
  CF_VERSION_METADATA?: { id: string } | undefined;
  /** `"1"` mounts `/bench/constant`, the benchmark's ceiling. */
  BENCH?: string | undefined;
}

/** What the runtime passes with each request (Hono's type, so `app.fetch` accepts it). */
export type WorkerContext = NonNullable<Parameters<AppOpenAPI['fetch']>[2]>;

/** A module Worker's `fetch` handler. */
export interface WorkerHandler {
  fetch(request: Request, env: WorkerEnv, ctx: WorkerContext): Promise<Response>;
}

/** Options of {@link createWorker}: what tests pin. */
export type CreateWorkerOptions = Pick<CreateAppOptions, 'now' | 'logger'>;

/** `caches.default`, which Node's types do not declare. */
function defaultCache(): EdgeCacheStorage | undefined {
  return (globalThis as { caches?: { default?: EdgeCacheStorage } }).caches?.default;
}

function buildApp(env: WorkerEnv, options: CreateWorkerOptions): AppOpenAPI {
  if (!env.DB) throw new Error('The Worker has no D1 binding named DB: add [[d1_databases]] to wrangler.toml');
  const bench = EnvSchema.shape.BENCH.safeParse(env.BENCH);
  if (!bench.success) throw new Error('The Worker variable BENCH must be one of 1, 0, true, false, yes, no');
  const cache = defaultCache();
  return createApp({
    ...options,
    store: createD1Store(env.DB),
    compress: false,
    benchRoute: bench.data,
    // Cloudflare's edge sets CF-Connecting-IP itself, so a client cannot forge it there.
    chat: { rateLimit: { clientAddress: (c) => c.req.header('cf-connecting-ip') } },
    ...(cache ? { sharedCache: edgeReadCache(cache, { deployment: env.CF_VERSION_METADATA?.id }) } : {}),
  });
}

/**
 * The Worker's handler. The app is built on the isolate's first request, as bindings only
 * arrive with requests, and kept for the next ones (keyed by the binding, should it change).
 * @example export default createWorker();
 */
export function createWorker(options: CreateWorkerOptions = {}): WorkerHandler {
  const apps = new WeakMap<D1Database, AppOpenAPI>();
  return {
    async fetch(request, env, ctx) {
      let app = apps.get(env.DB);
      if (!app) {
        app = buildApp(env, options);
        apps.set(env.DB, app);
      }
      const response = Promise.resolve(app.fetch(request, env, ctx));
      // A client that hangs up cancels its request's work, and other requests may be waiting
      // for some of it (a data-version lookup they joined, the search index the store builds
      // once for whichever request comes first). waitUntil lets that work finish.
      ctx.waitUntil(response.catch(() => undefined));
      return response;
    },
  };
}
