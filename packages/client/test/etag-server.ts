/**
 * A small real HTTP server with the read API's caching contract (strong ETags, 304 on
 * If-None-Match, problem+json errors), so the client is tested over real sockets.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a route answers: a status and a JSON body. */
export type Answer = { status: number; body: unknown; type?: string };

/** The running server: its URL, the requests it saw, and a version to bump. */
export interface EtagServer {
  url: string;
  requests: IncomingMessage[];
  version: number;
  routes: Map<string, (version: number) => Answer>;
  close(): Promise<void>;
}

/**
 * Starts the server; `routes` maps a path (with query) to its answer at the current version.
 * @example const server = await startEtagServer(); server.routes.set('/v1/stats', (v) => ({ status: 200, body: { v } }));
 */
export async function startEtagServer(): Promise<EtagServer> {
  const state: Omit<EtagServer, 'url' | 'close'> = { requests: [], version: 1, routes: new Map() };
  const server = createServer((request, response) => {
    state.requests.push(request);
    const route = state.routes.get(request.url ?? '');
    if (!route) return void response.writeHead(404).end();
    const answer = route(state.version);
    const etag = `"v${state.version}"`;
    if (answer.status === 200 && request.headers['if-none-match'] === etag) return void response.writeHead(304, { etag }).end();
    response.writeHead(answer.status, { 'content-type': answer.type ?? 'application/json', ...(answer.status === 200 ? { etag } : {}) });
    response.end(JSON.stringify(answer.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return Object.assign(state, {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
