/**
 * CORS for a public API embedded on any site: every origin may read, no credentials. Unlike
 * hono/cors, this touches nothing before the handler runs, so cached reads (which carry their
 * CORS headers already) cost nothing extra.
 */
import type { MiddlewareHandler } from 'hono';

/** Methods a cross-origin page may use; writes are authorised by API key, not by origin. */
const ALLOWED_METHODS = 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS';

/**
 * Answers preflights and adds `Access-Control-Allow-Origin: *` where a response lacks it.
 * @example app.use('*', openCors());
 */
export function openCors(): MiddlewareHandler {
  return async function openCorsMiddleware(c, next) {
    if (c.req.method === 'OPTIONS') {
      const headers: Record<string, string> = {
        'access-control-allow-origin': '*',
        'access-control-allow-methods': ALLOWED_METHODS,
        'access-control-max-age': '86400',
      };
      const requested = c.req.header('access-control-request-headers');
      if (requested) {
        headers['access-control-allow-headers'] = requested;
        headers.vary = 'Access-Control-Request-Headers';
      }
      return new Response(null, { status: 204, headers });
    }
    await next();
    const headers = c.res.headers;
    if (!headers.has('access-control-allow-origin')) {
      headers.set('access-control-allow-origin', '*');
      headers.set('access-control-expose-headers', 'ETag, Content-Language');
    }
  };
}
