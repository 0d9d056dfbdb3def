/** The query string as zod-openapi's validator sees it, for routes validated by hand. */
import type { Context } from 'hono';

/**
 * Each parameter as a string, or an array when repeated, exactly like `zValidator('query')`.
 * @example queryObject(c) // { lang: 'de' } for ?lang=de
 */
export function queryObject(c: Context): Record<string, string | string[]> {
  return Object.fromEntries(
    Object.entries(c.req.queries()).map(([key, values]) => [key, values.length === 1 ? values[0]! : values]),
  );
}
