/** Reading and refusing write requests: JSON bodies, problems, the principal. */
import type { Context } from 'hono';
import type * as z from 'zod';
import type { Principal } from '../../access/principal.ts';
import { unauthorised } from '../../access/identify.ts';
import { PROBLEM_TYPE_BASE, invalidParameters, problemResponse, statusTitle } from '../../lib/problem.ts';
import type { AppEnv } from '../../lib/types.ts';
import { nestsDeeperThan } from '../chat/chat.json-body.ts';

/** The deepest nesting a record needs is 4 (an event's place); 16 leaves room and stops abuse. */
export const WRITE_MAX_JSON_DEPTH = 16;

const JSON_TYPES = /^application\/(merge-patch\+)?json$/i;

/**
 * A problem for this request.
 * @example problem(c, 403, 'forbidden', 'Only the secretariat may delete members.')
 */
export function problem(c: Context<AppEnv>, status: number, slug: string, detail: string, headers: Record<string, string> = {}) {
  return problemResponse({ type: `${PROBLEM_TYPE_BASE}${slug}`, title: statusTitle(status), status, detail, instance: c.req.path }, headers);
}

/** A 400 naming the body as the thing that is wrong. */
export function badBody(c: Context<AppEnv>, message: string, name = '(body)') {
  return problemResponse({
    type: `${PROBLEM_TYPE_BASE}invalid-parameters`, title: 'Invalid request parameters', status: 400,
    detail: `The request body is not valid: ${message}.`, instance: c.req.path, errors: [{ in: 'body', name, message }],
  });
}

/** A 400 for a body that fails its schema, each wrong field named. */
export function invalidBody(c: Context<AppEnv>, error: z.ZodError) {
  return invalidParameters(error, 'json', c.req.path);
}

/** The request's principal (set by `identify`). */
export function principalOf(c: Context<AppEnv>): Principal {
  return c.get('principal') ?? { type: 'anonymous' };
}

/** The signed-in principal, or the 401 to answer. */
export function requireSignedIn(c: Context<AppEnv>): Exclude<Principal, { type: 'anonymous' }> | Response {
  const principal = principalOf(c);
  if (principal.type === 'anonymous') return unauthorised('Sign in, or send an API key as `Authorization: Bearer <key>`.', c.req.path);
  return principal;
}

/** The body as a JSON object, or the 400/415 to answer. The size was limited before it was read. */
export async function readJsonObject(c: Context<AppEnv>): Promise<Record<string, unknown> | Response> {
  const mediaType = (c.req.header('content-type') ?? '').split(';')[0]!.trim();
  if (!JSON_TYPES.test(mediaType)) {
    return problem(c, 415, 'unsupported-media-type', 'Send the body as application/json (or application/merge-patch+json for PATCH).');
  }
  const text = await c.req.text();
  if (nestsDeeperThan(text, WRITE_MAX_JSON_DEPTH)) return badBody(c, `must not nest more than ${WRITE_MAX_JSON_DEPTH} deep`);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return badBody(c, 'must be well-formed JSON');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return badBody(c, 'must be a JSON object');
  return body as Record<string, unknown>;
}
