/**
 * node:http helpers of the bot's endpoint: a JSON body read under a size limit, and short
 * plain-text answers (the Bot Framework channels expect no problem+json, and an error's
 * details belong in the bot's log, never in a response).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Activities are small (channels cap messages well below this); anything bigger is not one. */
const MAX_BODY_BYTES = 256 * 1024;

/** A read body: the parsed JSON object, or the status that refuses it. */
export type JsonBody = { ok: true; body: Record<string, unknown> } | { ok: false; status: 400 | 413 };

/**
 * Reads and parses a JSON object body, refusing a declared or actual size above the limit
 * (413) before buffering more than the limit, and anything that is not a JSON object (400).
 * @example const read = await readJsonBody(incoming); if (!read.ok) return sendError(outgoing, read.status, '…');
 */
export async function readJsonBody(incoming: IncomingMessage, limit = MAX_BODY_BYTES): Promise<JsonBody> {
  if (Number(incoming.headers['content-length'] ?? 0) > limit) return { ok: false, status: 413 };
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of incoming as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return { ok: false, status: 413 };
    chunks.push(chunk);
  }
  try {
    const body: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    return typeof body === 'object' && body !== null && !Array.isArray(body) ? { ok: true, body: body as Record<string, unknown> } : { ok: false, status: 400 };
  } catch {
    return { ok: false, status: 400 };
  }
}

/**
 * Sends a short plain-text answer. A refused body is not read further: the connection closes
 * rather than being kept alive for a client that is still sending.
 * @example sendError(outgoing, 405, 'Use POST', { allow: 'POST' });
 */
export function sendError(outgoing: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  if (status === 413) outgoing.shouldKeepAlive = false;
  outgoing.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
  outgoing.end(message);
}

/**
 * Sends a JSON body (an invoke response, or the replies of an `expectReplies` activity).
 * @example sendJson(outgoing, 200, { status: 200 });
 */
export function sendJson(outgoing: ServerResponse, status: number, body: unknown): void {
  if (body === undefined) {
    outgoing.writeHead(status).end();
    return;
  }
  outgoing.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  outgoing.end(JSON.stringify(body));
}
