/**
 * Finds known phrases (country names, focus-area words) in a list of words, longest first,
 * optionally forgiving one typo in longer single words ("Romaina", "Deutschlnad").
 */
import { typoDistance } from '@thb/text';

/** A phrase found in the words, covering `words[start]` up to, not including, `words[end]`. */
export interface LexiconMatch<T> {
  value: T;
  start: number;
  end: number;
}

/** Shortest single word that may match with a typo: shorter names collide with common words. */
const MIN_TYPO_LENGTH = 6;

/** A dictionary of phrases (arrays of words) to values. */
export class PhraseLexicon<T> {
  readonly #exact = new Map<string, T>();
  /** Single-word phrases long enough for typos, by first letter: typos rarely hit the first one. */
  readonly #typoCandidates = new Map<string, { word: string; value: T }[]>();
  #longest = 1;

  constructor(private readonly typoTolerant: boolean) {}

  /** Adds a phrase; the first value given for a phrase wins. */
  add(words: readonly string[], value: T): void {
    if (words.length === 0) return;
    const key = words.join(' ');
    if (this.#exact.has(key)) return;
    this.#exact.set(key, value);
    this.#longest = Math.max(this.#longest, words.length);
    if (words.length === 1 && key.length >= MIN_TYPO_LENGTH) {
      const bucket = this.#typoCandidates.get(key[0]!) ?? [];
      bucket.push({ word: key, value });
      this.#typoCandidates.set(key[0]!, bucket);
    }
  }

  /**
   * Non-overlapping matches, left to right, preferring the longest phrase at each position.
   * `typos: false` skips the typo reading, for text known to be spelled right (the knowledge base).
   */
  find(words: readonly string[], typos = true): LexiconMatch<T>[] {
    const matches: LexiconMatch<T>[] = [];
    for (let start = 0; start < words.length; ) {
      const match = this.#matchAt(words, start, typos);
      if (match) {
        matches.push(match);
        start = match.end;
      } else start += 1;
    }
    return matches;
  }

  #matchAt(words: readonly string[], start: number, typos: boolean): LexiconMatch<T> | undefined {
    for (let length = Math.min(this.#longest, words.length - start); length >= 1; length--) {
      const value = this.#exact.get(words.slice(start, start + length).join(' '));
      if (value !== undefined) return { value, start, end: start + length };
    }
    const word = words[start]!;
    if (!typos || !this.typoTolerant || word.length < MIN_TYPO_LENGTH) return undefined;
    const near = this.#typoCandidates.get(word[0]!)?.find((candidate) =>
      Math.abs(candidate.word.length - word.length) <= 1 && typoDistance(word, candidate.word, 1) <= 1);
    return near && { value: near.value, start, end: start + 1 };
  }
}
