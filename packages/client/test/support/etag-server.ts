/**
 * A small real HTTP server with the read API's caching contract (strong ETags, 304 on
 * If-None-Match, problem+json errors), so the client is tested over real sockets.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a route answers: a status and a JSON body, and any further headers. */
export type Answer = { status: number; body: unknown; type?: string; headers?: Record<string, string> };

/** The running server: its URL, the requests it saw, and a version to bump. */
export interface EtagServer {
  url: string;
  requests: IncomingMessage[];
  /** The bodies of those requests, in the same order (`''` for a GET). */
  bodies: string[];
  version: number;
  routes: Map<string, (version: number) => Answer>;
  close(): Promise<void>;
}

/**
 * Starts the server; `routes` maps a path (with query) to its answer at the current version.
 * @example const server = await startEtagServer(); server.routes.set('/v1/stats', (v) => ({ status: 200, body: { v } }));
 */
export async function startEtagServer(): Promise<EtagServer> {
  const state: Omit<EtagServer, 'url' | 'close'> = { requests: [], bodies: [], version: 1, routes: new Map() };
  // node:http ignores a handler's promise: the handler runs as a floating task, on purpose.
  const server = createServer((request, response) => void (async () => {
    state.requests.push(request);
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    state.bodies.push(Buffer.concat(chunks).toString('utf8'));
    const route = state.routes.get(request.url ?? '');
    if (!route) return void response.writeHead(404).end();
    const answer = route(state.version);
    const etag = `"v${state.version}"`;
    if (answer.status === 200 && request.headers['if-none-match'] === etag) return void response.writeHead(304, { etag }).end();
    response.writeHead(answer.status, { 'content-type': answer.type ?? 'application/json', ...(answer.status === 200 ? { etag } : {}), ...answer.headers });
    response.end(JSON.stringify(answer.body));
  })());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return Object.assign(state, {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
