/**
 * A small bounded LRU of finished read responses (docs/decisions/0002). A hit costs one map
 * lookup: no query, no JSON.stringify, no compression, no header building.
 */

/** One encoding of a cached response, ready to send. */
export interface CachedVariant {
  etag: string;
  /**
   * Text is kept as a string: Node writes a string body together with the headers in one
   * write, where bytes cost a second buffer in a writev. gzip bodies are bytes.
   */
  body: string | Uint8Array;
  /** Headers of the 200 response, including `ETag`, caching, CORS and language headers. */
  headers: Readonly<Record<string, string>>;
  /** Headers of the 304 response (RFC 9110 §15.4.5: the ones a 200 would carry, minus content). */
  notModifiedHeaders: Readonly<Record<string, string>>;
}

/** A serialised response, ready to send again as long as its data version is current. */
export interface CachedResponse {
  identity: CachedVariant;
  /** The gzip-encoded variant, for bodies big enough to gain from it. */
  gzip?: CachedVariant | undefined;
  /** Bytes held, counted once, for the cache's limit. */
  byteLength: number;
  /** Epoch ms after which the entry is stale even without a write (lists that depend on the clock). */
  expiresAt: number;
}

/** Limits of a `ResponseCache`. */
export interface ResponseCacheOptions {
  /** Most entries kept; default 1000. */
  maxEntries?: number;
  /** Most body bytes kept; default 64 MiB. */
  maxBytes?: number;
}

/**
 * LRU keyed by request; entries of an older data version are dropped as soon as a newer
 * version is seen, since no request can ask for them again.
 * @example
 * const cache = new ResponseCache({ maxEntries: 500 });
 * cache.set(7, '/v1/members|en', entry); cache.get(7, '/v1/members|en', Date.now) // entry
 */
export class ResponseCache {
  readonly #entries = new Map<string, CachedResponse>();
  readonly #maxEntries: number;
  readonly #maxBytes: number;
  #bytes = 0;
  #version: number | undefined;

  constructor(options: ResponseCacheOptions = {}) {
    this.#maxEntries = options.maxEntries ?? 1000;
    this.#maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
  }

  /** The entry for a key at a data version, if fresh; marks it recently used. `now` is epoch ms. */
  get(version: number, key: string, now: () => number): CachedResponse | undefined {
    if (version !== this.#version) return undefined;
    const entry = this.#entries.get(key);
    if (entry === undefined) return undefined;
    // Most entries never expire; only those need a clock reading.
    if (entry.expiresAt !== Number.POSITIVE_INFINITY && now() >= entry.expiresAt) {
      this.#delete(key, entry);
      return undefined;
    }
    // Re-inserting moves the key to the end of the Map's insertion order: the LRU order.
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry;
  }

  /** Stores an entry, evicting the least recently used ones beyond the limits. */
  set(version: number, key: string, entry: CachedResponse): void {
    if (version !== this.#version) this.clear(version);
    if (entry.byteLength > this.#maxBytes / 4) return; // one huge body must not flush the rest
    const previous = this.#entries.get(key);
    if (previous) this.#delete(key, previous);
    this.#entries.set(key, entry);
    this.#bytes += entry.byteLength;
    for (const [oldKey, old] of this.#entries) {
      if (this.#entries.size <= this.#maxEntries && this.#bytes <= this.#maxBytes) break;
      this.#delete(oldKey, old);
    }
  }

  /** Drops everything, e.g. when the data version changes. */
  clear(version?: number): void {
    this.#entries.clear();
    this.#bytes = 0;
    this.#version = version;
  }

  /** How many entries and body bytes are held. */
  get size(): { entries: number; bytes: number } {
    return { entries: this.#entries.size, bytes: this.#bytes };
  }

  #delete(key: string, entry: CachedResponse): void {
    this.#entries.delete(key);
    this.#bytes -= entry.byteLength;
  }
}
