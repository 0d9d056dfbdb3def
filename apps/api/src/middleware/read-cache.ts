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
  // Reads being built, by version and cache key: after a write, concurrent requests for the
  // same document (the 10k-member GeoJSON above all) wait for one build instead of each
  // running their own.
  const building = new Map<string, Promise<void>>();
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
    const flight = `${read.version}\n${read.cacheKey}`;
    const leader = building.get(flight);
    if (leader) {
      await leader;
      const built = deps.cache.get(read.version, read.cacheKey, now);
      if (built) return respondFromCache(built, c.req.raw);
      // The leader's answer was not cacheable (an error): this request is answered on its own.
    }
    c.set('read', read);
    if (leader) return next();
    const done = next();
    const settled = done.then(() => undefined, () => undefined);
    building.set(flight, settled);
    try {
      await done;
    } finally {
      building.delete(flight);
    }
  };
}
