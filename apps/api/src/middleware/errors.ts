/** The app's error handling: every failure becomes a problem response, never a bare 500. */
import type { ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { PROBLEM_TYPE_BASE, notFound, problemResponse, statusTitle } from '../lib/problem.ts';
import type { AppOpenAPI, Logger } from '../lib/types.ts';

/**
 * 404 for a route that does not exist.
 * @example app.notFound(routeNotFound);
 */
export const routeNotFound: NotFoundHandler = (c) =>
  notFound(`There is no ${c.req.method} ${c.req.path}. The API is described at /openapi.json.`, c.req.path);

/**
 * Turns anything thrown into a problem: Hono's HTTP exceptions keep their status and message,
 * everything else is a 500 that is logged with its details and answered without them.
 * @example app.onError(problemOnError(console));
 */
export function problemOnError(logger: Logger): ErrorHandler {
  return (error, c) => {
    if (error instanceof HTTPException && error.status < 500) {
      return problemResponse({
        type: `${PROBLEM_TYPE_BASE}http-${error.status}`,
        title: statusTitle(error.status),
        status: error.status,
        detail: error.message || statusTitle(error.status),
        instance: c.req.path,
      });
    }
    logger.error(`${c.req.method} ${c.req.path} failed`, error);
    return problemResponse({
      type: `${PROBLEM_TYPE_BASE}internal-error`,
      title: 'Internal server error',
      status: 500,
      detail: 'The request could not be completed. The error has been logged.',
      instance: c.req.path,
    });
  };
}

const ALL_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/**
 * Registers a 405 with an `Allow` header for every method a known path does not support.
 * Call it after all routes, with their methods (`routeMethods`), so every route is included.
 * @example answerWrongMethods(app, routeMethods(app));
 */
export function answerWrongMethods(app: AppOpenAPI, methodsByPath: ReadonlyMap<string, ReadonlySet<string>>): void {
  for (const [path, methods] of methodsByPath) {
    const others = ALL_METHODS.filter((method) => !methods.has(method));
    if (others.length === 0) continue;
    const allow = [...methods, 'OPTIONS'].join(', ');
    app.on(others, path, (c) =>
      problemResponse(
        {
          type: `${PROBLEM_TYPE_BASE}method-not-allowed`,
          title: 'Method not allowed',
          status: 405,
          detail: `${c.req.method} is not supported on ${c.req.path}; use ${allow}.`,
          instance: c.req.path,
        },
        { allow },
      ),
    );
  }
}
