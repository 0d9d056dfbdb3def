/**
 * The small Express-like request and response `CloudAdapter.process` expects, made from
 * node:http's own objects: a parsed JSON `body`, and `status`/`header`/`send`/`end`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Request, Response } from 'botbuilder';

/** Activities are small; anything bigger is not a Bot Framework message. */
const MAX_BODY_BYTES = 256 * 1024;

/** Reads and parses a JSON body; `undefined` when it is too large or not JSON. */
export async function readJsonBody(incoming: IncomingMessage): Promise<Record<string, unknown> | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of incoming as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk);
  }
  try {
    const body: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The adapter's view of an incoming request. */
export function adapterRequest(incoming: IncomingMessage, body: Record<string, unknown>): Request {
  return { method: incoming.method, headers: incoming.headers, body };
}

/** The adapter's view of the response; `send` writes objects as JSON. */
export function adapterResponse(outgoing: ServerResponse): Response {
  return {
    socket: outgoing.socket,
    status(code: unknown) {
      outgoing.statusCode = Number(code);
      return this;
    },
    header(name: unknown, value: unknown) {
      outgoing.setHeader(String(name), String(value));
      return this;
    },
    send(body: unknown) {
      if (body === undefined || body === null) return this;
      if (typeof body === 'string' || Buffer.isBuffer(body)) {
        outgoing.write(body);
      } else {
        if (!outgoing.headersSent) outgoing.setHeader('content-type', 'application/json');
        outgoing.write(JSON.stringify(body));
      }
      return this;
    },
    end() {
      if (!outgoing.writableEnded) outgoing.end();
      return this;
    },
  };
}

/** Sends a short plain-text error (the Bot Framework channels expect no problem+json). */
export function sendError(outgoing: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  outgoing.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
  outgoing.end(message);
}
