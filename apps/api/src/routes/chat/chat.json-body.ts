/**
 * Reads the chat request's JSON body before validation, so that a body that is not JSON gets
 * the same kind of problem as a wrong field (400, `errors` naming the body) instead of Hono's
 * bare "Malformed JSON" message. Nesting is capped before parsing: a chat request is flat, and
 * a deeply nested array costs a parser time and stack for nothing.
 */
import type { MiddlewareHandler } from 'hono';
import { PROBLEM_TYPE_BASE, problemResponse } from '../../lib/problem.ts';

const JSON_MEDIA_TYPE = /^application\/([\w.-]+\+)?json$/i;

/** The deepest nesting of arrays and objects a chat body may have (it needs 1). */
export const CHAT_MAX_JSON_DEPTH = 8;

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

/**
 * Whether JSON text nests arrays and objects deeper than `maxDepth`, by one pass over it that
 * skips strings: linear in the text, whatever it holds, and well-formedness is left to the parser.
 * @example nestsDeeperThan('[[1]]', 1) // true
 */
export function nestsDeeperThan(text: string, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 0x5c) i++; // backslash: skip the escaped character
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x5b || char === 0x7b) {
      if (++depth > maxDepth) return true;
    } else if (char === 0x5d || char === 0x7d) depth--;
  }
  return false;
}

/** Rejects a body that is not a JSON object sent as `application/json`, or nests too deeply. */
export function requireJsonObject(): MiddlewareHandler {
  return async function requireJsonObjectMiddleware(c, next) {
    const mediaType = (c.req.header('content-type') ?? '').split(';')[0]!.trim();
    if (!JSON_MEDIA_TYPE.test(mediaType)) return notJson(c.req.path, 'must be sent as application/json');
    const text = await c.req.text();
    if (nestsDeeperThan(text, CHAT_MAX_JSON_DEPTH)) {
      return notJson(c.req.path, `must not nest arrays or objects more than ${CHAT_MAX_JSON_DEPTH} deep`);
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return notJson(c.req.path, 'must be well-formed JSON');
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return notJson(c.req.path, 'must be a JSON object');
    return next();
  };
}
