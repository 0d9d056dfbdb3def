/** Builds the cache entry of a read: its identity and gzip variants with all their headers. */
import type { EuLanguage } from '@thb/schema';
import { GZIP_MIN_BYTES, gzipText } from './content-coding.ts';
import { strongETag } from './etag.ts';
import type { CachedResponse, CachedVariant } from './response-cache.ts';

/** Shared caches may keep a read for a minute and serve it stale while they revalidate. */
export const READ_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=600';

/** Headers every public read carries: any origin may read it, and may see its ETag. */
const CORS_READ_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'ETag, Content-Language',
} as const;

/** What a handler knows about the representation it produced. */
export interface ReadRepresentation {
  body: string;
  contentType: string;
  /** Path plus canonical validated query (plus anything else that shaped the body, e.g. a clock bucket). */
  request: string;
  /** Set for localised bodies: the language and whether `Accept-Language` decided it. */
  language?: { language: EuLanguage; negotiated: boolean };
  /** When the body goes stale without any write (epoch ms); never by default. */
  expiresAt?: number;
}

const encoder = new TextEncoder();

function variant(
  etag: string, body: string | Uint8Array, byteLength: number, common: Record<string, string>,
  contentHeaders: Record<string, string>,
): CachedVariant {
  const notModifiedHeaders = { etag, ...common };
  return {
    etag, body, notModifiedHeaders,
    headers: { ...contentHeaders, 'content-length': String(byteLength), ...notModifiedHeaders },
  };
}

/**
 * The entry for a representation at a data version. Each content coding has its own strong
 * ETag (RFC 9110 §8.8.3: different bytes, different strong tag). With `compress: false` (on
 * Workers, where Cloudflare compresses responses itself) there is only the identity variant,
 * but a body big enough to be compressed still varies by `Accept-Encoding` on the wire.
 * @example const entry = await buildCachedResponse(3, { body: '{}', contentType: 'application/json', request: '/v1/stats' });
 */
export async function buildCachedResponse(
  version: number, representation: ReadRepresentation, compress = true,
): Promise<CachedResponse> {
  const { language, body } = representation;
  const etag = strongETag(version, `${representation.request}\n${language?.language ?? ''}`);
  const byteLength = encoder.encode(body).byteLength;
  const compressible = byteLength >= GZIP_MIN_BYTES;
  const gzipped = compressible && compress ? await gzipText(body) : undefined;
  const variesByEncoding = compress ? gzipped !== undefined : compressible;
  const vary = [language?.negotiated ? 'Accept-Language' : '', variesByEncoding ? 'Accept-Encoding' : ''].filter(Boolean).join(', ');
  const common: Record<string, string> = { 'cache-control': READ_CACHE_CONTROL, ...CORS_READ_HEADERS };
  if (vary) common.vary = vary;
  const contentHeaders: Record<string, string> = {
    'content-type': representation.contentType,
    'x-content-type-options': 'nosniff',
  };
  if (language) contentHeaders['content-language'] = language.language;
  return {
    identity: variant(etag, body, byteLength, common, contentHeaders),
    gzip: gzipped && variant(`${etag.slice(0, -1)}-gzip"`, gzipped, gzipped.byteLength, common, {
      ...contentHeaders, 'content-encoding': 'gzip',
    }),
    byteLength: byteLength + (gzipped?.byteLength ?? 0),
    expiresAt: representation.expiresAt ?? Number.POSITIVE_INFINITY,
  };
}
