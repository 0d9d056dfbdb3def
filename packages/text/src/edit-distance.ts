/**
 * Typo distance between two words. Hand-written rather than a library because we need two
 * things libraries rarely combine: a swapped pair of letters counts as one typo (optimal string
 * alignment), and the computation stops as soon as the distance exceeds the allowed maximum,
 * which keeps lookups over a whole vocabulary well under a millisecond.
 */
/**
 * The optimal-string-alignment distance of `a` and `b`, or `max + 1` once it is certain to exceed `max`.
 * @example typoDistance('lokced', 'locked', 2) // 1
 */
export function typoDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, beforePrevious[j - 2]! + 1);
      }
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    beforePrevious = previous;
    previous = current;
  }
  return Math.min(previous[b.length]!, max + 1);
}

/** How many typos a word may carry: none under 5 letters ("wifi" is no typo of "wife"), 2 from 8. */
export function allowedTypos(length: number): number {
  if (length < 5) return 0;
  return length < 8 ? 1 : 2;
}
