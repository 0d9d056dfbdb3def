/**
 * A per-client token bucket for the chat: a visitor may send a burst of messages, then about
 * one every few seconds; a script hammering the bot gets `429` with `Retry-After`. In memory,
 * so on Cloudflare each isolate counts on its own: a brake on abuse, not an exact quota.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { PROBLEM_TYPE_BASE, problemResponse } from '../../lib/problem.ts';

/** How many messages a client may send. */
export interface RateLimitOptions {
  /** Messages a client may send in a burst (default 20). */
  capacity?: number;
  /** Messages a client regains per second (default 0.5, i.e. 30 a minute). */
  refillPerSecond?: number;
  /** Clients remembered at most; idle ones are forgotten first (default 10 000). */
  maxClients?: number;
  /** Milliseconds since some epoch; tests drive it. */
  clock?: () => number;
  /**
   * Key clients by `CF-Connecting-IP` or the first `X-Forwarded-For` hop. Only safe behind a
   * proxy that sets them (Cloudflare, nginx): otherwise any client could pick a new address
   * per message and never be limited. Off by default, so Node keys by the socket address.
   */
  trustProxy?: boolean;
}

interface Bucket {
  tokens: number;
  updated: number;
}

/** Token buckets keyed by client. */
export class TokenBuckets {
  readonly #buckets = new Map<string, Bucket>();
  readonly #capacity: number;
  readonly #refillPerMs: number;
  readonly #maxClients: number;
  readonly #clock: () => number;
  /** Whether proxy headers name the client; see `RateLimitOptions.trustProxy`. */
  readonly trustProxy: boolean;

  constructor(options: RateLimitOptions = {}) {
    this.trustProxy = options.trustProxy ?? false;
    this.#capacity = options.capacity ?? 20;
    this.#refillPerMs = (options.refillPerSecond ?? 0.5) / 1000;
    this.#maxClients = options.maxClients ?? 10_000;
    this.#clock = options.clock ?? (() => Date.now());
  }

  /** Takes one token for a client: `0` when allowed, else the seconds until one is available. */
  take(client: string): number {
    const now = this.#clock();
    const bucket = this.#buckets.get(client) ?? { tokens: this.#capacity, updated: now };
    bucket.tokens = Math.min(this.#capacity, bucket.tokens + (now - bucket.updated) * this.#refillPerMs);
    bucket.updated = now;
    // Re-inserting keeps the map in least-recently-used order for pruning.
    this.#buckets.delete(client);
    this.#buckets.set(client, bucket);
    if (this.#buckets.size > this.#maxClients) this.#prune();
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.#refillPerMs / 1000));
  }

  #prune(): void {
    for (const client of this.#buckets.keys()) {
      if (this.#buckets.size <= this.#maxClients) return;
      this.#buckets.delete(client);
    }
  }
}

/** Node's socket address, when the app runs under @hono/node-server (absent on Workers). */
function socketAddress(c: Context): string | undefined {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress;
}

/**
 * Who is asking: behind a trusted proxy, Cloudflare's client address or else the first
 * `X-Forwarded-For` hop; otherwise the socket's address, which a client cannot forge.
 * @example clientKey(c, true) // '203.0.113.7'
 */
export function clientKey(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    const address = c.req.header('cf-connecting-ip')?.trim() || forwarded;
    if (address) return address;
  }
  return socketAddress(c) || 'unknown';
}

/**
 * Answers `429` with `Retry-After` once a client's bucket is empty.
 * @example createRoute({ ..., middleware: [rateLimit(new TokenBuckets())] })
 */
export function rateLimit(buckets: TokenBuckets): MiddlewareHandler {
  return async function rateLimitMiddleware(c, next) {
    const wait = buckets.take(clientKey(c, buckets.trustProxy));
    if (wait === 0) return next();
    return problemResponse(
      {
        type: `${PROBLEM_TYPE_BASE}too-many-requests`,
        title: 'Too many requests',
        status: 429,
        detail: `Too many messages from this client; try again in ${wait} s.`,
        instance: c.req.path,
      },
      { 'retry-after': String(wait) },
    );
  };
}
