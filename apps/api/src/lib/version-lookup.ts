/**
 * Data-version lookups shared between concurrent requests, for stores that answer over a
 * network or a binding (PostgreSQL, D1), where a lookup per request would be a round trip per
 * request.
 */

/**
 * Coalesces lookups without ever answering with a version read before the caller asked: a
 * caller arriving while a lookup runs waits for it to end, then joins a lookup that another
 * such caller has started since, or starts one itself. So at most one lookup is in flight per
 * process (one query per round trip, whatever the load), and every caller sees every write
 * that had completed when it called, in this process or any other.
 *
 * Each lookup is started by a caller that awaits it. That matters on Workers, where work
 * belongs to the request that started it and is cancelled when that request ends: a lookup
 * started on behalf of others by a request that had already answered could leave them hanging.
 * @example const dataVersion = coalescedLookup(() => store.dataVersion());
 */
export function coalescedLookup(lookup: () => Promise<number>): () => Promise<number> {
  let running: Promise<number> | undefined;
  const start = (): Promise<number> => {
    const current = lookup().finally(() => {
      if (running === current) running = undefined;
    });
    running = current;
    return current;
  };
  return async () => {
    const before = running;
    if (before === undefined) return start();
    await before.catch(() => undefined);
    // Started after `before` ended, so after this caller arrived: its answer is fresh enough.
    if (running !== undefined && running !== before) return running;
    return start();
  };
}
