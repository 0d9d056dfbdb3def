/**
 * What every write passes before its handler: writes with a session cookie must come from one of
 * the platform's own origins (CSRF: the `Origin` header, which browsers always send on a POST);
 * those origins get credentialed CORS, the rest of the world the public read CORS only; and each
 * principal has a write budget (`429` with `Retry-After` past it).
 */
import type { MiddlewareHandler } from 'hono';
import { actorOf } from '../access/authorise.ts';
import { PROBLEM_TYPE_BASE, problemResponse } from '../lib/problem.ts';
import type { AppEnv } from '../lib/types.ts';
import { TokenBuckets } from '../routes/chat/chat.rate-limit.ts';

/** Options of {@link writeGuard}. */
export interface WriteGuardOptions {
  /** Origins the portal runs on: `PUBLIC_URL`'s and `PORTAL_ORIGINS`. */
  allowedOrigins: readonly string[];
  /** Writes a principal may burst (default 60), and regains per second (default 1). */
  capacity?: number;
  refillPerSecond?: number;
  clock?: () => number;
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Paths whose POSTs are public and have their own limits (the chat), or their own guard (accounts). */
const OWN_GUARD = /^\/v1\/(chat|auth)(\/|$)/;

/** The headers a portal origin may send with its writes. */
const WRITE_HEADERS = 'Content-Type, If-Match, If-None-Match, Idempotency-Key, Authorization, Application-Token';

/** Whether a request is a write this guard covers. */
export function isGuardedWrite(method: string, path: string): boolean {
  return WRITE_METHODS.has(method) && path.startsWith('/v1/') && !OWN_GUARD.test(path);
}

/**
 * Runs `then` after each write request that succeeded: every write answers after its batch
 * committed, so a job started then sees what it queued.
 * @example app.use('/v1/*', afterWrites(() => void webhookDelivery.kick()));
 */
export function afterWrites(then: () => void): MiddlewareHandler<AppEnv> {
  return async function afterWritesMiddleware(c, next) {
    await next();
    if (WRITE_METHODS.has(c.req.method) && c.res.status < 400) then();
  };
}

/**
 * Credentialed CORS for the portal's origins on every `/v1` route, preflights included.
 * @example app.use('/v1/*', portalCors(['https://platform.example.eu']));
 */
export function portalCors(allowedOrigins: readonly string[]): MiddlewareHandler<AppEnv> {
  const allowed = new Set(allowedOrigins);
  return async function portalCorsMiddleware(c, next) {
    const origin = c.req.header('origin');
    if (!origin || !allowed.has(origin)) return next();
    const headers = {
      'access-control-allow-origin': origin,
      'access-control-allow-credentials': 'true',
      'access-control-expose-headers': 'ETag, Content-Language, Location, Retry-After',
      vary: 'Origin',
    };
    if (c.req.method === 'OPTIONS' && c.req.header('access-control-request-method')) {
      return new Response(null, {
        status: 204,
        headers: {
          ...headers, 'access-control-allow-methods': 'GET, HEAD, POST, PATCH, PUT, DELETE, OPTIONS',
          'access-control-allow-headers': WRITE_HEADERS, 'access-control-max-age': '600',
        },
      });
    }
    await next();
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
  };
}

/**
 * The CSRF check and the write budget.
 * @example app.use('/v1/*', writeGuard({ allowedOrigins }));
 */
export function writeGuard(options: WriteGuardOptions): MiddlewareHandler<AppEnv> {
  const allowed = new Set(options.allowedOrigins);
  const buckets = new TokenBuckets({
    capacity: options.capacity ?? 60, refillPerSecond: options.refillPerSecond ?? 1, ...(options.clock ? { clock: options.clock } : {}),
  });
  return async function writeGuardMiddleware(c, next) {
    if (!isGuardedWrite(c.req.method, c.req.path)) return next();
    if (c.get('cookieAuthenticated')) {
      const origin = c.req.header('origin');
      if (!origin || !allowed.has(origin)) {
        return problemResponse({
          type: `${PROBLEM_TYPE_BASE}forbidden`, title: 'Forbidden', status: 403, instance: c.req.path,
          detail: 'A write signed in with a session cookie must come from the platform\'s own pages (its Origin header did not match).',
        });
      }
    }
    const principal = c.get('principal') ?? { type: 'anonymous' as const };
    if (principal.type !== 'anonymous') {
      const { actor } = actorOf(principal);
      const wait = buckets.wait(actor);
      if (wait > 0) {
        return problemResponse(
          { type: `${PROBLEM_TYPE_BASE}too-many-requests`, title: 'Too many requests', status: 429, instance: c.req.path,
            detail: `Too many writes at once: wait ${wait} seconds.` },
          { 'retry-after': String(wait) },
        );
      }
      buckets.take(actor);
    }
    return next();
  };
}
