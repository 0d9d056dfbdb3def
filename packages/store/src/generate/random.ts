/**
 * A small seeded pseudo-random generator (mulberry32): the same seed gives the same data set on
 * every machine, which `Math.random` cannot.
 */

/** Seeded random helpers used by the generators. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** An integer in [min, max]. */
  between(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element. */
  pick<T>(items: readonly T[]): T;
  /** `count` distinct elements, in random order. */
  sample<T>(items: readonly T[], count: number): T[];
  /** One key, chosen with the given relative weights. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K;
}

/**
 * A seeded generator.
 * @example const random = createRandom(42); random.pick(['a', 'b']);
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return ((z ^ (z >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return {
    next,
    int,
    between: (min, max) => min + int(max - min + 1),
    chance: (p) => next() < p,
    pick: (items) => items[int(items.length)]!,
    sample(items, count) {
      const pool = [...items];
      const result = [];
      for (let i = 0; i < Math.min(count, pool.length); i++) {
        const j = i + int(pool.length - i);
        [pool[i], pool[j]] = [pool[j]!, pool[i]!];
        result.push(pool[i]!);
      }
      return result;
    },
    weighted(weights) {
      const entries = Object.entries(weights) as [keyof typeof weights, number][];
      let roll = next() * entries.reduce((sum, [, w]) => sum + w, 0);
      for (const [key, weight] of entries) {
        roll -= weight;
        if (roll < 0) return key;
      }
      return entries[entries.length - 1]![0];
    },
  };
}
