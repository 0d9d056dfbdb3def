/**
 * How many sign-in mails may be asked for: a few per address (nobody's inbox is flooded by
 * someone else typing their address) and more per client (a script cannot mail a list of
 * addresses). In memory, like the chat's limit: each process or isolate counts on its own, a
 * brake on abuse rather than an exact quota.
 */

/** The limits of {@link SignInLimits}. */
export interface SignInLimitOptions {
  /** Mails per address in a window (default 3). */
  perAddress?: number;
  /** Mails per client in a window (default 10). */
  perClient?: number;
  /** The window, in seconds (default 15 minutes). */
  windowSeconds?: number;
  /** Keys remembered at most; the least recently used are forgotten first (default 10 000). */
  maxKeys?: number;
}

/** Sliding windows: the times of the last requests of each key. */
class SlidingWindows {
  readonly #times = new Map<string, number[]>();

  constructor(readonly max: number, readonly windowMs: number, readonly maxKeys: number) {}

  /** Milliseconds until `key` may ask again: 0 when it may now. */
  wait(key: string, now: number): number {
    const times = this.#recent(key, now);
    return times.length < this.max ? 0 : times[0]! + this.windowMs - now;
  }

  take(key: string, now: number): void {
    const times = this.#recent(key, now);
    times.push(now);
    // Re-inserting keeps the map in least-recently-used order for pruning.
    this.#times.delete(key);
    this.#times.set(key, times);
    for (const stale of this.#times.keys()) {
      if (this.#times.size <= this.maxKeys) break;
      this.#times.delete(stale);
    }
  }

  #recent(key: string, now: number): number[] {
    const times = (this.#times.get(key) ?? []).filter((time) => time > now - this.windowMs);
    this.#times.set(key, times);
    return times;
  }
}

/**
 * Both limits of sign-in mails.
 * @example const wait = limits.take('ada@example.org', '203.0.113.7', Date.now()); // 0, or seconds to wait
 */
export class SignInLimits {
  readonly #addresses: SlidingWindows;
  readonly #clients: SlidingWindows;

  constructor(options: SignInLimitOptions = {}) {
    const windowMs = (options.windowSeconds ?? 15 * 60) * 1000;
    const maxKeys = options.maxKeys ?? 10_000;
    this.#addresses = new SlidingWindows(options.perAddress ?? 3, windowMs, maxKeys);
    this.#clients = new SlidingWindows(options.perClient ?? 10, windowMs, maxKeys);
  }

  /** Counts one mail: `0` when allowed, else whole seconds until it would be. */
  take(address: string, client: string, now: number): number {
    const key = address.trim().toLowerCase();
    const wait = Math.max(this.#addresses.wait(key, now), this.#clients.wait(client, now));
    if (wait > 0) return Math.max(1, Math.ceil(wait / 1000));
    this.#addresses.take(key, now);
    this.#clients.take(client, now);
    return 0;
  }
}
