/**
 * Turns each request into a `Principal`, once, for every route after it: an API key from
 * `Authorization: Bearer`, else the session cookie, else nobody. A key that is revoked or unknown
 * is a 401 at once: a script must learn that its key no longer works, not read as the public.
 */
import type { MiddlewareHandler } from 'hono';
import { PROBLEM_TYPE_BASE, problemResponse } from '../lib/problem.ts';
import type { AppEnv } from '../lib/types.ts';
import type { Principal } from './principal.ts';

/** What a key looks up to; `organisationId: null` is a secretariat key. */
export interface VerifiedKey {
  id: string;
  prefix: string;
  name: string;
  organisationId: string | null;
}

/** Checks API keys (`@thb/store/access` in the entries). */
export interface KeyVerifier {
  verify(key: string): Promise<VerifiedKey | 'revoked' | null>;
}

/** Reads the signed-in person of a request's session cookie (Better Auth, `auth/`). */
export interface SessionReader {
  personOf(headers: Headers): Promise<Extract<Principal, { type: 'person' }> | null>;
}

/** Where `identify` looks; either may be absent (a read-only deployment has neither). */
export interface IdentifyDeps {
  keys?: KeyVerifier | undefined;
  sessions?: SessionReader | undefined;
}

const ANONYMOUS: Principal = { type: 'anonymous' };

/** A 401 that names the way in and echoes nothing of what was sent. */
export function unauthorised(detail: string, instance: string) {
  return problemResponse(
    { type: `${PROBLEM_TYPE_BASE}unauthorized`, title: 'Unauthorized', status: 401, detail, instance },
    { 'www-authenticate': 'Bearer realm="thb"' },
  );
}

/**
 * Sets `principal` for the request.
 * @example app.use('/v1/*', identify({ keys, sessions }));
 */
export function identify(deps: IdentifyDeps): MiddlewareHandler<AppEnv> {
  return async function identifyMiddleware(c, next) {
    const authorization = c.req.header('authorization');
    if (authorization !== undefined) {
      const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
      const verified = match && deps.keys ? await deps.keys.verify(match[1]!) : null;
      if (verified === null) return unauthorised('The API key is not valid.', c.req.path);
      if (verified === 'revoked') return unauthorised('The API key has been revoked.', c.req.path);
      c.set('principal', {
        type: 'key', id: verified.id, label: `${verified.prefix} (${verified.name})`,
        secretariat: verified.organisationId === null, organisation: verified.organisationId,
      });
      c.set('cookieAuthenticated', false);
      return next();
    }
    const person = c.req.header('cookie') && deps.sessions ? await deps.sessions.personOf(c.req.raw.headers) : null;
    c.set('principal', person ?? ANONYMOUS);
    c.set('cookieAuthenticated', person !== null);
    return next();
  };
}
