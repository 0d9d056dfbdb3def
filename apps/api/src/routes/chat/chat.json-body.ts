/**
 * Reads the chat request's JSON body before validation, so that a body that is not JSON gets
 * the same kind of problem as a wrong field (400, `errors` naming the body) instead of Hono's
 * bare "Malformed JSON" message; the parsed body is cached for the zod validator.
 */
import type { MiddlewareHandler } from 'hono';
import { PROBLEM_TYPE_BASE, problemResponse } from '../../lib/problem.ts';

const JSON_MEDIA_TYPE = /^application\/([\w.-]+\+)?json$/i;

function notJson(path: string, message: string) {
  return problemResponse({
    type: `${PROBLEM_TYPE_BASE}invalid-parameters`,
    title: 'Invalid request parameters',
    status: 400,
    detail: `The request body is not valid: ${message}.`,
    instance: path,
    errors: [{ in: 'body', name: '(body)', message }],
  });
}

/** Rejects a body that is not a JSON object sent as `application/json`. */
export function requireJsonObject(): MiddlewareHandler {
  return async function requireJsonObjectMiddleware(c, next) {
    const mediaType = (c.req.header('content-type') ?? '').split(';')[0]!.trim();
    if (!JSON_MEDIA_TYPE.test(mediaType)) return notJson(c.req.path, 'must be sent as application/json');
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return notJson(c.req.path, 'must be well-formed JSON');
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return notJson(c.req.path, 'must be a JSON object');
    return next();
  };
}
