/**
 * A second level behind the in-memory response cache, shared by many instances of the app:
 * on Cloudflare, the Cache API of the data centre, which every Worker isolate there can read.
 * An isolate that has never served a read can then answer it without querying the data.
 */
import type { CachedResponse } from './response-cache.ts';

/** Where entries are found and kept; keys are the data version plus the read's cache key. */
export interface SharedReadCache {
  /**
   * The entry kept for a read at a data version, if any and not expired at `now` (epoch ms).
   * `url` is the request's URL, for caches whose keys must be URLs of the same origin.
   */
  get(version: number, cacheKey: string, url: string, now: number): Promise<CachedResponse | undefined>;
  /** Keeps an entry built at `now`; the returned promise may settle after the response is sent. */
  put(version: number, cacheKey: string, url: string, entry: CachedResponse, now: number): Promise<void>;
}
