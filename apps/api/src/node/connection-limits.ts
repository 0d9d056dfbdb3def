/**
 * Limits on the Node server's connections, so idle or slow sockets cannot take it offline:
 * a connection that sends no complete request headers, or no complete request, in time is
 * closed, and so is one that stays silent as long (Node's header timeout only starts with the
 * first byte); an idle keep-alive connection is closed after a while; and past `maxConnections`
 * a new connection is closed at once, before it costs more than a moment of a file descriptor.
 */
import type { Server, ServerOptions } from 'node:http';

/** The limits; every one has a default. */
export interface ConnectionLimits {
  /** Time for a connection to send a request's headers, in ms (default 15 000). */
  headersTimeoutMs?: number | undefined;
  /**
   * Time for a whole request, body included, in ms (default 30 000; at least `headersTimeoutMs`);
   * also how long a connection may stay silent, sending and receiving nothing.
   */
  requestTimeoutMs?: number | undefined;
  /** How long an idle keep-alive connection stays open, in ms (default 5 000). */
  keepAliveTimeoutMs?: number | undefined;
  /**
   * Open connections at most (default 1 000). Keep it well below the process's file-descriptor
   * limit (`ulimit -n`), so that the database and static files always have descriptors left.
   */
  maxConnections?: number | undefined;
}

/** The defaults: generous for any real client, short for a socket that sends nothing. */
export const CONNECTION_DEFAULTS = {
  headersTimeoutMs: 15_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 1_000,
} as const satisfies Required<ConnectionLimits>;

function resolved(limits: ConnectionLimits): Required<{ [K in keyof ConnectionLimits]: number }> {
  return {
    headersTimeoutMs: limits.headersTimeoutMs ?? CONNECTION_DEFAULTS.headersTimeoutMs,
    requestTimeoutMs: limits.requestTimeoutMs ?? CONNECTION_DEFAULTS.requestTimeoutMs,
    keepAliveTimeoutMs: limits.keepAliveTimeoutMs ?? CONNECTION_DEFAULTS.keepAliveTimeoutMs,
    maxConnections: limits.maxConnections ?? CONNECTION_DEFAULTS.maxConnections,
  };
}

/**
 * The options `http.createServer` takes them as. Node checks the header and request timeouts
 * only every `connectionsCheckingInterval` (30 s by default), so it follows the shorter timeout.
 * @example serve({ fetch, serverOptions: connectionServerOptions({ headersTimeoutMs: 5000 }) })
 */
export function connectionServerOptions(limits: ConnectionLimits = {}): ServerOptions {
  const { headersTimeoutMs, requestTimeoutMs, keepAliveTimeoutMs } = resolved(limits);
  if (requestTimeoutMs < headersTimeoutMs) {
    throw new Error(`The request timeout (${requestTimeoutMs} ms) must be at least the headers timeout (${headersTimeoutMs} ms)`);
  }
  return {
    headersTimeout: headersTimeoutMs,
    requestTimeout: requestTimeoutMs,
    keepAliveTimeout: keepAliveTimeoutMs,
    connectionsCheckingInterval: Math.min(30_000, Math.max(100, Math.floor(headersTimeoutMs / 4))),
  };
}

/**
 * Sets what `createServer` has no option for.
 * @example limitConnections(server, { maxConnections: 500 });
 */
export function limitConnections(server: Server, limits: ConnectionLimits = {}): void {
  const { requestTimeoutMs, keepAliveTimeoutMs, maxConnections } = resolved(limits);
  server.keepAliveTimeout = keepAliveTimeoutMs;
  server.maxConnections = maxConnections;
  // A socket silent this long is destroyed: the one kind of idle connection the header and
  // request timeouts never see is the one that sends nothing at all.
  server.timeout = requestTimeoutMs;
}
