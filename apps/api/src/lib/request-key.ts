/** The part of an ETag that identifies the request. */
import type { Context } from 'hono';
import { canonicalQuery } from './etag.ts';

/**
 * Path plus the validated query with its defaults applied, so `?page=1` and no page share a tag.
 * `lang` is left out: the read context's language joins the ETag, however it was chosen.
 * @example requestKey(c, { page: 1, pageSize: 20 }) // '/v1/members?{"page":1,"pageSize":20}'
 */
export function requestKey(c: Context, query: Readonly<Record<string, unknown>>): string {
  const { lang: _language, ...rest } = query;
  return `${c.req.path}?${canonicalQuery(rest)}`;
}

/**
 * The page count for a total, never less than 0.
 * @example pageCount(41, 20) // 3
 */
export function pageCount(total: number, pageSize: number): number {
  return Math.ceil(total / pageSize);
}
