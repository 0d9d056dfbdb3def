/**
 * Public read responses: serialised (and compressed) once per data version and request, with
 * a strong ETag, `304` on revalidation, shared-cache headers, CORS and language headers.
 */
import type { Context, TypedResponse } from 'hono';
import type { JSONParsed } from 'hono/utils/types';
import { buildCachedResponse, type ReadRepresentation } from './cached-response.ts';
import { acceptsGzip } from './content-coding.ts';
import { ifNoneMatchMatches } from './etag.ts';
import { readContext } from './read-context.ts';
import type { CachedResponse } from './response-cache.ts';
import type { AppDeps, AppEnv } from './types.ts';

export type { ReadRepresentation } from './cached-response.ts';

/** What a handler says about the body it built; the language comes from the read context. */
export type ReadOptions = Omit<ReadRepresentation, 'language'> & {
  /** The body has localised fields, resolved to the read context's language (default false). */
  localised?: boolean;
};

/**
 * Replays a cached response in the coding the request accepts, as a `304` when `If-None-Match`
 * names either coding's tag: the client's copy is current whichever coding it holds, and the
 * 304 repeats the tag of that copy.
 */
export function respondFromCache(entry: CachedResponse, request: Request): Response {
  const headers = request.headers;
  const chosen = entry.gzip && acceptsGzip(headers.get('accept-encoding')) ? entry.gzip : entry.identity;
  const ifNoneMatch = headers.get('if-none-match');
  if (ifNoneMatch) {
    const other = chosen === entry.identity ? entry.gzip : entry.identity;
    const held = ifNoneMatchMatches(ifNoneMatch, chosen.etag) ? chosen
      : other && ifNoneMatchMatches(ifNoneMatch, other.etag) ? other : undefined;
    if (held) return new Response(null, { status: 304, headers: held.notModifiedHeaders });
  }
  // workerd would gzip a body sent with Content-Encoding once more unless told it is encoded
  // already; Node ignores the option.
  const init: ResponseInit & { encodeBody?: 'manual' } = { status: 200, headers: chosen.headers };
  if (chosen !== entry.identity) init.encodeBody = 'manual';
  return new Response(chosen.body, init);
}

/** Lets a promise outlive the response: on Workers through `waitUntil`, elsewhere by itself. */
function keepRunning(c: Context<AppEnv>, work: Promise<void>, deps: AppDeps): void {
  const settled = work.catch((error: unknown) => deps.logger.error('Could not store a read in the shared cache', error));
  try {
    c.executionCtx.waitUntil(settled);
  } catch {
    // Not on Workers: there is no execution context, and Node keeps the promise running anyway.
  }
}

/**
 * Stores a freshly built representation in the response cache and sends it (or a `304`).
 * @example return sendRead(c, deps, { body, contentType: 'application/json', request: key, localised: true });
 */
export async function sendRead(c: Context<AppEnv>, deps: AppDeps, options: ReadOptions): Promise<Response> {
  const read = await readContext(c, deps);
  const { localised, ...rest } = options;
  const representation: ReadRepresentation = localised
    ? { ...rest, language: { language: read.language, negotiated: read.languageNegotiated } }
    : rest;
  const entry = await buildCachedResponse(read.version, representation, deps.compress ?? true);
  deps.cache.set(read.version, read.cacheKey, entry);
  if (deps.sharedCache) {
    const stored = deps.sharedCache.put(read.version, read.cacheKey, c.req.url, entry, deps.now().getTime());
    keepRunning(c, stored, deps);
  }
  return respondFromCache(entry, c.req.raw);
}

/** A JSON read response, typed with its body so the route's response schema is checked. */
export type JsonRead<T> = Response & TypedResponse<JSONParsed<T>, 200, 'json'>;

/**
 * Serialises `value` once and sends it as a cached read.
 * @example return sendJsonRead(c, deps, page, { request: key, localised: true });
 */
export async function sendJsonRead<T>(
  c: Context<AppEnv>,
  deps: AppDeps,
  value: T,
  options: Omit<ReadOptions, 'body' | 'contentType'> & { contentType?: string },
): Promise<JsonRead<T>> {
  const response = await sendRead(c, deps, {
    contentType: 'application/json',
    ...options,
    body: JSON.stringify(value),
  });
  // The same bytes go out as a 200 or, when revalidated, as a bodiless 304: both are this route's.
  return response as JsonRead<T>;
}
