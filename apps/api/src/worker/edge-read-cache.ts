/**
 * The shared read cache of the Worker: Cloudflare's Cache API (`caches.default`), which every
 * isolate in a data centre reads. Entries are keyed by deployment, data version and request,
 * so a write or a deploy simply makes new keys; old entries are never served and age out.
 */
import type { CachedResponse, CachedVariant } from '../lib/response-cache.ts';
import type { SharedReadCache } from '../lib/shared-read-cache.ts';

/** The part of the Cache API used here (declared locally: Node's and Workers' Request types differ). */
export interface EdgeCacheStorage {
  match(key: Request): Promise<Response | undefined>;
  put(key: Request, response: Response): Promise<void>;
}

/** Options of {@link edgeReadCache}. */
export interface EdgeReadCacheOptions {
  /** Identifies the deployed code (the Worker's version id), so a deploy never serves older bodies. */
  deployment?: string | undefined;
  /** How long an entry without an expiry is kept, in seconds (default one day). */
  maxAgeSeconds?: number | undefined;
}

/** What is stored besides the bodies: each variant's headers and where its body starts. */
interface EntryHeader {
  identity: Omit<CachedVariant, 'body'> & { bytes: number };
  gzip?: (Omit<CachedVariant, 'body'> & { bytes: number }) | undefined;
  expiresAt: number | null;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** One body: a 4-byte header length, the JSON header, the identity bytes, then the gzip bytes. */
function encodeEntry(entry: CachedResponse): Uint8Array {
  const identity = typeof entry.identity.body === 'string' ? encoder.encode(entry.identity.body) : entry.identity.body;
  const gzip = entry.gzip && (typeof entry.gzip.body === 'string' ? encoder.encode(entry.gzip.body) : entry.gzip.body);
  const { body: _identityBody, ...identityMeta } = entry.identity;
  const header: EntryHeader = {
    identity: { ...identityMeta, bytes: identity.byteLength },
    expiresAt: Number.isFinite(entry.expiresAt) ? entry.expiresAt : null,
  };
  if (entry.gzip && gzip) {
    const { body: _gzipBody, ...gzipMeta } = entry.gzip;
    header.gzip = { ...gzipMeta, bytes: gzip.byteLength };
  }
  const json = encoder.encode(JSON.stringify(header));
  const bytes = new Uint8Array(4 + json.byteLength + identity.byteLength + (gzip?.byteLength ?? 0));
  new DataView(bytes.buffer).setUint32(0, json.byteLength);
  bytes.set(json, 4);
  bytes.set(identity, 4 + json.byteLength);
  if (gzip) bytes.set(gzip, 4 + json.byteLength + identity.byteLength);
  return bytes;
}

/** The inverse of {@link encodeEntry}; the identity body goes back to text, as the app keeps it. */
function decodeEntry(bytes: Uint8Array): CachedResponse {
  const length = new DataView(bytes.buffer, bytes.byteOffset).getUint32(0);
  const header = JSON.parse(decoder.decode(bytes.subarray(4, 4 + length))) as EntryHeader;
  const start = 4 + length;
  const { bytes: identityBytes, ...identity } = header.identity;
  const entry: CachedResponse = {
    identity: { ...identity, body: decoder.decode(bytes.subarray(start, start + identityBytes)) },
    byteLength: identityBytes + (header.gzip?.bytes ?? 0),
    expiresAt: header.expiresAt ?? Number.POSITIVE_INFINITY,
  };
  if (header.gzip) {
    const { bytes: gzipBytes, ...gzip } = header.gzip;
    entry.gzip = { ...gzip, body: bytes.slice(start + identityBytes, start + identityBytes + gzipBytes) };
  }
  return entry;
}

/**
 * The URL an entry is kept under: on the request's origin, under a path no route uses, with
 * everything that selects the entry in it, since the Cache API ignores most of `Vary`.
 * @example edgeCacheKey('https://api.example/v1/stats', 'b2f1…', 42, '/v1/stats\nen')
 */
export function edgeCacheKey(url: string, deployment: string, version: number, cacheKey: string): string {
  return `${new URL(url).origin}/__thb/read-cache/${encodeURIComponent(deployment)}/v${version}?key=${encodeURIComponent(cacheKey)}`;
}

/**
 * A {@link SharedReadCache} on the Cache API; an entry expires with its data (lists that depend
 * on the clock) or after `maxAgeSeconds`, whichever comes first.
 * @example createApp({ store, sharedCache: edgeReadCache(caches.default, { deployment: env.CF_VERSION_METADATA?.id }) });
 */
export function edgeReadCache(storage: EdgeCacheStorage, options: EdgeReadCacheOptions = {}): SharedReadCache {
  const deployment = options.deployment ?? 'local';
  const maxAge = options.maxAgeSeconds ?? 86_400;
  const keyOf = (version: number, cacheKey: string, url: string) => new Request(edgeCacheKey(url, deployment, version, cacheKey));
  return {
    async get(version, cacheKey, url, now) {
      const found = await storage.match(keyOf(version, cacheKey, url));
      if (!found) return undefined;
      const entry = decodeEntry(new Uint8Array(await found.arrayBuffer()));
      // The Cache API's clock is the real one; the app's (pinned in tests) decides what is stale.
      return now < entry.expiresAt ? entry : undefined;
    },
    async put(version, cacheKey, url, entry, now) {
      const seconds = Number.isFinite(entry.expiresAt) ? Math.ceil((entry.expiresAt - now) / 1000) : maxAge;
      if (seconds <= 0) return;
      const response = new Response(encodeEntry(entry), {
        headers: { 'content-type': 'application/octet-stream', 'cache-control': `public, max-age=${Math.min(seconds, maxAge)}` },
      });
      await storage.put(keyOf(version, cacheKey, url), response);
    },
  };
}
