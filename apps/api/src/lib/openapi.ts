/** Pieces every route definition shares: problem responses, read headers, the 304. */
import { z } from '@hono/zod-openapi';
import { PROBLEM_MEDIA_TYPE, Problem, Slug } from '@thb/schema';

const ERROR_DESCRIPTIONS = {
  400: 'Invalid parameters: each wrong or unknown parameter is named in `errors`',
  401: 'Not signed in: send the session cookie or an API key',
  403: 'Signed in, but not allowed to do this',
  404: 'No such item',
  405: 'Method not allowed on this path',
  409: 'Conflicts with the current state (named in `detail`)',
  413: 'The request body is larger than this route accepts; it was not read',
  429: 'Too many requests; `Retry-After` says when to try again',
  500: 'Unexpected server error (logged; no details are returned)',
} as const;

type ErrorStatus = keyof typeof ERROR_DESCRIPTIONS;

/**
 * `application/problem+json` responses for the given statuses (500 is always included).
 * @example responses: { 200: ok, ...problemResponses(400, 404) }
 */
export function problemResponses<S extends ErrorStatus>(...statuses: S[]) {
  const all = [...new Set<ErrorStatus>([...statuses, 500])];
  return Object.fromEntries(
    all.map((status) => [
      status,
      { description: ERROR_DESCRIPTIONS[status], content: { [PROBLEM_MEDIA_TYPE]: { schema: Problem } } },
    ]),
  ) as Record<S | 500, { description: string; content: { 'application/problem+json': { schema: typeof Problem } } }>;
}

/** Headers of every cacheable read. */
export const readHeaders = {
  ETag: { description: 'Strong validator; send it back in `If-None-Match` to get a 304', schema: { type: 'string' } },
  'Cache-Control': { description: '`public, max-age=60, stale-while-revalidate=600`', schema: { type: 'string' } },
  'Content-Language': { description: 'Language localised fields were resolved to', schema: { type: 'string' } },
  Vary: { description: '`Accept-Language` when the header, not `lang`, chose the language', schema: { type: 'string' } },
} as const;

/** The `304 Not Modified` answer to a matching `If-None-Match`. */
export const notModified = {
  304: { description: 'Not modified: the `If-None-Match` tag is still current', headers: { ETag: readHeaders.ETag } },
} as const;

/** `{id}` of a single-item route. */
export const IdParams = z.strictObject({ id: Slug });
