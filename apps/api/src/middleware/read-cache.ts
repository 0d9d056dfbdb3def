/**
 * The fast path of every public read: one data-version lookup, one language negotiation and
 * one map lookup. On a hit the response (or a `304`) goes out before routing validators or
 * handlers run; on a miss the read context (version, language, cache key) is handed to the
 * handler, which takes it with `readContext` and fills the cache through `sendRead`.
 */
import type { MiddlewareHandler } from 'hono';
import { beginRead } from '../lib/read-context.ts';
import { respondFromCache } from '../lib/read-response.ts';
import type { AppDeps, AppEnv } from '../lib/types.ts';

/**
 * Serves cached reads, from memory first, then from the shared cache (Workers' Cache API) if
 * the entry has one. Only successful reads are ever cached, so a hit implies the same raw
 * request passed validation before: skipping zod here cannot let a bad request through.
 * @example app.use('/v1/*', readCache(deps));
 */
export function readCache(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async function readCacheMiddleware(c, next) {
    const method = c.req.method;
    if (method !== 'GET' && method !== 'HEAD') return next();
    const read = await beginRead(c.req.raw, deps);
    const now = () => deps.now().getTime();
    let entry = deps.cache.get(read.version, read.cacheKey, now);
    if (!entry && deps.sharedCache) {
      entry = await deps.sharedCache.get(read.version, read.cacheKey, c.req.url, now());
      if (entry) deps.cache.set(read.version, read.cacheKey, entry);
    }
    if (entry) return respondFromCache(entry, c.req.raw);
    c.set('read', read);
    await next();
  };
}
