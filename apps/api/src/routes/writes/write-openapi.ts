/** OpenAPI pieces of the write routes: security, headers, problem answers. */
import { z } from '@hono/zod-openapi';
import { PROBLEM_MEDIA_TYPE, Problem } from '@thb/schema';

/** Either way in: an API key, or the session cookie of a signed-in person. */
export const WRITE_SECURITY: Record<string, string[]>[] = [{ apiKey: [] }, { session: [] }];

/** The security schemes the write routes name. */
export const SECURITY_SCHEMES = {
  apiKey: { type: 'http', scheme: 'bearer', description: 'An API key (`thb_…`), created by an organisation\'s owner or `pnpm thb keys create`' },
  session: { type: 'apiKey', in: 'cookie', name: 'better-auth.session_token', description: 'The session cookie set by signing in with a magic link' },
} as const;

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid body or parameters: each wrong or unknown field is named in `errors`',
  401: 'Not signed in, or the API key is unknown or revoked',
  403: 'Signed in, but not allowed to do this to this record',
  404: 'No such record',
  409: 'The record exists already, or is not in a status this action applies to',
  412: 'The record changed since the ETag sent in `If-Match`',
  413: 'The request body is too large; it was not read',
  415: 'The body is not JSON',
  422: 'The Idempotency-Key was used for a different request',
  428: '`If-Match` is required',
  429: 'Too many writes: wait `Retry-After` seconds',
  500: 'Unexpected server error (logged; no details are returned)',
};

/** Problem answers for the given statuses (401, 413, 429 and 500 always). */
export function writeProblems(...statuses: number[]) {
  const all = [...new Set([...statuses, 401, 413, 429, 500])].sort();
  return Object.fromEntries(all.map((status) => [status, {
    description: DESCRIPTIONS[status] ?? 'Error', content: { [PROBLEM_MEDIA_TYPE]: { schema: Problem } },
  }]));
}

export const IfMatchHeader = z.strictObject({
  'if-match': z.string().meta({ description: 'The ETag of the record as you read it (from any GET); `*` for any version' }),
});
export const IdempotencyHeader = z.strictObject({
  'idempotency-key': z.string().max(128).optional().meta({ description: 'Retrying with the same key creates one record and returns the same answer' }),
});

/** The ETag of the record as written: send it in `If-Match` with the next change. */
export const writeHeaders = {
  ETag: { description: 'The record\'s new ETag', schema: { type: 'string' } },
} as const;
