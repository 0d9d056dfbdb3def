/**
 * Request bodies are limited before they are read: a declared `Content-Length` over the limit
 * is refused at once, and a streamed body is counted as it arrives and refused at the first
 * byte past the limit, so no request can make the server buffer more than the limit.
 */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { PROBLEM_TYPE_BASE, problemResponse } from '../lib/problem.ts';

/** Every route but the writes: no read or chat needs more. */
export const DEFAULT_BODY_LIMIT = 16 * 1024;

/** Writes: a member or event with its texts in all 24 languages fits with room to spare. */
export const WRITE_BODY_LIMIT = 256 * 1024;

/**
 * Answers `413` as a problem once a body exceeds `maxBytes`. The connection is closed after
 * the answer, so the rest of a huge upload is not read (and discarded) to reuse it.
 * @example app.use('*', limitBody(DEFAULT_BODY_LIMIT));
 */
export function limitBody(maxBytes: number): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBytes,
    onError: (c) =>
      problemResponse(
        {
          type: `${PROBLEM_TYPE_BASE}content-too-large`,
          title: 'Content too large',
          status: 413,
          detail: `The request body is larger than ${maxBytes} bytes, the most ${c.req.path} accepts.`,
          instance: c.req.path,
        },
        { connection: 'close' },
      ),
  });
}
