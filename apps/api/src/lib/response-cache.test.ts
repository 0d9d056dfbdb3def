import { describe, expect, it } from 'vitest';
import { ResponseCache, type CachedResponse } from './response-cache.ts';

function entry(bytes: number, expiresAt = Number.POSITIVE_INFINITY): CachedResponse {
  return { identity: { etag: '"x"', body: 'x'.repeat(bytes), headers: {}, notModifiedHeaders: {} }, byteLength: bytes, expiresAt };
}

describe('ResponseCache', () => {
  it('returns entries of the current version only', () => {
    const cache = new ResponseCache();
    const a = entry(10);
    cache.set(1, 'a', a);
    expect(cache.get(1, 'a', () => 0)).toBe(a);
    expect(cache.get(2, 'a', () => 0)).toBeUndefined();
  });
  it('drops everything when a newer version is stored', () => {
    const cache = new ResponseCache();
    cache.set(1, 'a', entry(10));
    cache.set(2, 'b', entry(10));
    expect(cache.size).toEqual({ entries: 1, bytes: 10 });
  });
  it('evicts the least recently used entry beyond its entry limit', () => {
    const cache = new ResponseCache({ maxEntries: 2 });
    cache.set(1, 'a', entry(1));
    cache.set(1, 'b', entry(1));
    cache.get(1, 'a', () => 0); // a is now more recent than b
    cache.set(1, 'c', entry(1));
    expect(cache.get(1, 'b', () => 0)).toBeUndefined();
    expect(cache.get(1, 'a', () => 0)).toBeDefined();
    expect(cache.get(1, 'c', () => 0)).toBeDefined();
  });
  it('keeps its bytes under the limit and refuses a body too big to share the cache', () => {
    const cache = new ResponseCache({ maxBytes: 100 });
    for (const key of ['a', 'b', 'c', 'd', 'e']) cache.set(1, key, entry(20));
    cache.set(1, 'f', entry(20));
    expect(cache.size.bytes).toBeLessThanOrEqual(100);
    cache.set(1, 'huge', entry(60));
    expect(cache.get(1, 'huge', () => 0)).toBeUndefined();
  });
  it('treats an entry as gone once it has expired', () => {
    const cache = new ResponseCache();
    cache.set(1, 'a', entry(5, 1000));
    expect(cache.get(1, 'a', () => 999)).toBeDefined();
    expect(cache.get(1, 'a', () => 1000)).toBeUndefined();
    expect(cache.size.entries).toBe(0);
  });
});
