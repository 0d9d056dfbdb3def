/**
 * CORS for a public API embedded on any site: every origin may read, no credentials. Unlike
 * hono/cors, the response side touches nothing before the handler runs, so cached reads (which
 * carry their CORS headers already) cost nothing extra. Preflights are answered only on the
 * routes that exist, with the methods each has.
 */
import type { MiddlewareHandler } from 'hono';
import type { AppOpenAPI } from '../lib/types.ts';

/**
 * The request headers a cross-origin page may add: a JSON body's type and a revalidation tag
 * (`Accept-Language` needs no permission). There are no credentials to send: no route takes any.
 */
const ALLOWED_HEADERS = 'Content-Type, If-None-Match';

/**
 * Adds `Access-Control-Allow-Origin: *` where a response lacks it.
 * @example app.use('*', openCors());
 */
export function openCors(): MiddlewareHandler {
  return async function openCorsMiddleware(c, next) {
    await next();
    const headers = c.res.headers;
    if (!headers.has('access-control-allow-origin')) {
      headers.set('access-control-allow-origin', '*');
      headers.set('access-control-expose-headers', 'ETag, Content-Language');
    }
  };
}

/**
 * The methods of every concrete path of the app (middleware and wildcards left out), HEAD
 * with GET. Taken once, after all routes, for the preflights and the 405s.
 * @example const methods = routeMethods(app);
 */
export function routeMethods(app: AppOpenAPI): Map<string, Set<string>> {
  const methodsByPath = new Map<string, Set<string>>();
  for (const { method, path } of app.routes) {
    if (method === 'ALL' || path.includes('*')) continue;
    const methods = methodsByPath.get(path) ?? new Set<string>();
    methods.add(method);
    if (method === 'GET') methods.add('HEAD');
    methodsByPath.set(path, methods);
  }
  return methodsByPath;
}

/**
 * Registers an `OPTIONS` answer on each path, allowing its own methods. A preflight for a path
 * that does not exist gets the app's 404, which allows nothing.
 * @example answerPreflights(app, routeMethods(app));
 */
export function answerPreflights(app: AppOpenAPI, methodsByPath: ReadonlyMap<string, ReadonlySet<string>>): void {
  for (const [path, methods] of methodsByPath) {
    const headers = {
      'access-control-allow-origin': '*',
      'access-control-allow-methods': [...methods, 'OPTIONS'].join(', '),
      'access-control-allow-headers': ALLOWED_HEADERS,
      'access-control-max-age': '86400',
    };
    app.options(path, () => new Response(null, { status: 204, headers }));
  }
}
