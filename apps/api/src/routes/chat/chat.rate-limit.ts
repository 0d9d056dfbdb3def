/**
 * A per-client token bucket for the chat: a visitor may send a burst of messages, then about
 * one every few seconds; a script hammering the bot gets `429` with `Retry-After`. In memory,
 * so on Cloudflare each isolate counts on its own: a brake on abuse, not an exact quota.
 *
 * A client is its network address plus its device (a digest of `User-Agent` and
 * `Accept-Language`), so the phones on one shelter's Wi-Fi do not share one bucket; every
 * address also has a bucket `devicesPerAddress` times larger, so a script that varies its
 * headers gains at most that factor. A message the caller exempts (the chat: an emergency) is
 * never refused.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { hashString } from '../../lib/etag.ts';
import { PROBLEM_TYPE_BASE, problemResponse } from '../../lib/problem.ts';

/** The client's network address as the platform knows it, or undefined when it does not. */
export type ClientAddress = (c: Context) => string | undefined;

/** How many messages a client may send. */
export interface RateLimitOptions {
  /** Messages a client may send in a burst (default 20). */
  capacity?: number;
  /** Messages a client regains per second (default 0.5, i.e. 30 a minute). */
  refillPerSecond?: number;
  /** How many clients' worth of messages one address may send (default 10). */
  devicesPerAddress?: number;
  /** Clients remembered at most; idle ones are forgotten first (default 10 000). */
  maxClients?: number;
  /** Milliseconds since some epoch; tests drive it. */
  clock?: () => number;
  /**
   * Who is asking. By default the socket's address under @hono/node-server, which a client
   * cannot forge; the Node entry passes one that reads `X-Forwarded-For` when `TRUST_PROXY`
   * says which hops are proxies, the Worker one that reads Cloudflare's `CF-Connecting-IP`.
   */
  clientAddress?: ClientAddress;
}

interface Bucket {
  tokens: number;
  updated: number;
}

/** Token buckets keyed by client, least recently used forgotten first. */
export class TokenBuckets {
  readonly #buckets = new Map<string, Bucket>();
  readonly #capacity: number;
  readonly #refillPerMs: number;
  readonly #maxClients: number;
  readonly #clock: () => number;

  constructor(options: Pick<RateLimitOptions, 'capacity' | 'refillPerSecond' | 'maxClients' | 'clock'> = {}) {
    this.#capacity = options.capacity ?? 20;
    this.#refillPerMs = (options.refillPerSecond ?? 0.5) / 1000;
    this.#maxClients = options.maxClients ?? 10_000;
    this.#clock = options.clock ?? (() => Date.now());
  }

  /** Seconds until a client has a token: `0` when it has one now. */
  wait(client: string): number {
    const bucket = this.#refilled(client);
    if (bucket.tokens >= 1) return 0;
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.#refillPerMs / 1000));
  }

  /** Takes a token a client has (after `wait` said `0`). */
  take(client: string): void {
    this.#refilled(client).tokens -= 1;
  }

  #refilled(client: string): Bucket {
    const now = this.#clock();
    const bucket = this.#buckets.get(client) ?? { tokens: this.#capacity, updated: now };
    bucket.tokens = Math.min(this.#capacity, bucket.tokens + (now - bucket.updated) * this.#refillPerMs);
    bucket.updated = now;
    // Re-inserting keeps the map in least-recently-used order for pruning.
    this.#buckets.delete(client);
    this.#buckets.set(client, bucket);
    if (this.#buckets.size > this.#maxClients) this.#prune();
    return bucket;
  }

  #prune(): void {
    for (const client of this.#buckets.keys()) {
      if (this.#buckets.size <= this.#maxClients) return;
      this.#buckets.delete(client);
    }
  }
}

/** Node's socket address, when the app runs under @hono/node-server (absent on Workers). */
export const socketAddress: ClientAddress = (c) => {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress;
};

/** Longer than any IPv6 address with a zone: whatever names the address, the key stays small. */
const MAX_ADDRESS_LENGTH = 64;

/**
 * The keys of a request: its address (bounded in length) and its device on that address.
 * @example clientKeys(c, socketAddress) // { address: '203.0.113.7', device: '203.0.113.7 1x2y3z' }
 */
export function clientKeys(c: Context, clientAddress: ClientAddress): { address: string; device: string } {
  const address = (clientAddress(c)?.trim() || 'unknown').slice(0, MAX_ADDRESS_LENGTH);
  const device = hashString(`${c.req.header('user-agent') ?? ''}\n${c.req.header('accept-language') ?? ''}`);
  return { address, device: `${address} ${device}` };
}

/** Both levels of the limit: per device, and per address for all its devices together. */
export class ClientLimiter {
  readonly #devices: TokenBuckets;
  readonly #addresses: TokenBuckets;
  readonly clientAddress: ClientAddress;

  constructor(options: RateLimitOptions = {}) {
    const capacity = options.capacity ?? 20;
    const refillPerSecond = options.refillPerSecond ?? 0.5;
    const factor = options.devicesPerAddress ?? 10;
    this.clientAddress = options.clientAddress ?? socketAddress;
    this.#devices = new TokenBuckets(options);
    this.#addresses = new TokenBuckets({ ...options, capacity: capacity * factor, refillPerSecond: refillPerSecond * factor });
  }

  /** Takes a message's token: `0` when allowed, else the seconds until the client may send again. */
  take(c: Context): number {
    const { address, device } = clientKeys(c, this.clientAddress);
    const wait = Math.max(this.#devices.wait(device), this.#addresses.wait(address));
    if (wait > 0) return wait;
    this.#devices.take(device);
    this.#addresses.take(address);
    return 0;
  }
}

/**
 * Answers `429` with `Retry-After` once a client's bucket is empty, unless `exempt` says the
 * message must go through anyway (asked only then, so it costs nothing while under the limit).
 * @example createRoute({ ..., middleware: [rateLimit(new ClientLimiter())] })
 */
export function rateLimit(limiter: ClientLimiter, exempt?: (c: Context) => Promise<boolean>): MiddlewareHandler {
  return async function rateLimitMiddleware(c, next) {
    const wait = limiter.take(c);
    if (wait === 0 || (exempt && (await exempt(c)))) return next();
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
