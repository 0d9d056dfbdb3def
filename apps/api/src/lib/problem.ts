/**
 * RFC 9457 problem details: every 4xx and 5xx body is an `application/problem+json` `Problem`
 * that says what was wrong, and never how the server is built.
 */
import type { TypedResponse } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { PROBLEM_MEDIA_TYPE, type InvalidParam, type Problem } from '@thb/schema';
import type * as z from 'zod';

/** Where problem type URIs live; the slug after it names the kind of problem. */
export const PROBLEM_TYPE_BASE = 'https://thb-platform-kit.eu/problems/';

const STATUS_TITLES: Readonly<Record<number, string>> = {
  400: 'Bad request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not found',
  405: 'Method not allowed', 406: 'Not acceptable', 409: 'Conflict', 412: 'Precondition failed', 413: 'Content too large',
  415: 'Unsupported media type', 422: 'Unprocessable content', 428: 'Precondition required', 429: 'Too many requests',
  500: 'Internal server error', 503: 'Service unavailable',
};

/** The usual title of an HTTP status, for problems that have nothing more specific. */
export function statusTitle(status: number): string {
  return STATUS_TITLES[status] ?? (status >= 500 ? 'Server error' : 'Client error');
}

/** A problem response with JSON body; typed so route handlers can return it. */
export type ProblemResponse<S extends number = number> = Response &
  TypedResponse<Problem, S & ContentfulStatusCode, 'json'>;

/**
 * Sends a problem. Errors are not cached (`no-store`): a 404 may become a 200 after a write.
 * @example problemResponse({ type: `${PROBLEM_TYPE_BASE}not-found`, title: 'Not found', status: 404 })
 */
export function problemResponse<S extends number>(
  problem: Problem & { status: S },
  headers: Record<string, string> = {},
): ProblemResponse<S> {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: {
      'content-type': PROBLEM_MEDIA_TYPE,
      'cache-control': 'no-store',
      'access-control-allow-origin': '*',
      // Retry-After lets a cross-origin page (the chat widget) say how long to wait after a 429.
      'access-control-expose-headers': 'Retry-After',
      'x-content-type-options': 'nosniff',
      ...headers,
    },
  }) as ProblemResponse<S>;
}

/**
 * A 404 for an unknown item or route.
 * @example notFound('No member with id "nope".', '/v1/members/nope')
 */
export function notFound(detail: string, instance?: string): ProblemResponse<404> {
  return problemResponse({
    type: `${PROBLEM_TYPE_BASE}not-found`, title: 'Not found', status: 404, detail,
    ...(instance === undefined ? {} : { instance }),
  });
}

const TARGET_LOCATIONS: Readonly<Record<string, InvalidParam['in']>> = {
  query: 'query', param: 'path', header: 'header', cookie: 'header', json: 'body', form: 'body',
};

/** Turns zod issues into one `errors` entry per wrong parameter (unknown ones included). */
export function invalidParams(error: z.ZodError, target: string): InvalidParam[] {
  const location = TARGET_LOCATIONS[target] ?? 'query';
  return error.issues.flatMap((issue): InvalidParam[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((name) => ({ in: location, name, message: 'is not a known parameter' }));
    }
    const name = issue.path.map(String).join('.') || '(all)';
    if (issue.code === 'invalid_union') {
      // zod's own message is a bare "Invalid input"; the branches say what would be accepted.
      const options = [...new Set(issue.errors.map((branch) => branch[0]?.message).filter(Boolean))];
      if (options.length > 0) return [{ in: location, name, message: `matches none of: ${options.join('; ')}` }];
    }
    return [{ in: location, name, message: issue.message }];
  });
}

/**
 * A 400 naming every wrong parameter.
 * @example invalidParameters(result.error, 'query', '/v1/members?contry=DE')
 */
export function invalidParameters(error: z.ZodError, target: string, instance?: string): ProblemResponse<400> {
  const errors = invalidParams(error, target);
  const names = [...new Set(errors.map((e) => e.name))];
  return problemResponse({
    type: `${PROBLEM_TYPE_BASE}invalid-parameters`,
    title: 'Invalid request parameters',
    status: 400,
    detail: `${names.length === 1 ? 'This parameter is' : 'These parameters are'} not valid: ${names.join(', ')}.`,
    ...(instance === undefined ? {} : { instance }),
    errors,
  });
}
