/**
 * Resolves a word the knowledge base never uses to words it does: a typo ("exploitaton"), or a
 * compound of known words ("Kinderhandel" = "kinder" + "handel", common in German and Dutch).
 * Stop words are candidates too, so a misspelled "waht" is recognised and dropped as noise.
 */
import { allowedTypos, typoDistance } from '@thb/text';
import { MATCHING_WORK } from './matching-work.ts';

/** How a word resolves: the terms it stands for (none when it is noise), or unknown. */
export type Resolution = { terms: readonly string[] } | undefined;

/** Shortest part of a compound we accept, so that "an" or "er" never count as a word. */
const MIN_COMPOUND_PART = 4;
/**
 * Longest word given a typo or compound reading. Our longest known word has 27 letters
 * ("gleichstellungsorganisation"); compound reading costs the square of the length, so a
 * 1,000-letter string of random letters would cost ~100 ms per language (issue 10.5).
 */
const MAX_CORRECTED_LENGTH = 40;
/** Most candidates a word is compared with for a typo; the busiest lengths have about a tenth of it. */
const MAX_TYPO_CANDIDATES = 400;
/** Letters German and Dutch put between the parts of a compound ("Arbeitsausbeutung"). */
const LINKING_LETTERS = ['', 's', 'n', 'en', 'es', 'e'];

/** The surface words of one language's knowledge base and the terms they stand for. */
export class Vocabulary {
  /** Surface word → its term, or `null` for a known noise word. */
  readonly #surface = new Map<string, string | null>();
  readonly #byLength = new Map<number, string[]>();
  readonly #terms = new Map<string, number>();
  readonly #cache = new Map<string, Resolution>();

  /** Records a surface word and its term (`null` for noise) and how often the term is used. */
  add(word: string, term: string | null): void {
    if (term !== null) this.#terms.set(term, (this.#terms.get(term) ?? 0) + 1);
    if (!this.#surface.has(word)) {
      const bucket = this.#byLength.get(word.length) ?? [];
      bucket.push(word);
      this.#byLength.set(word.length, bucket);
      this.#surface.set(word, term);
    } else if (this.#surface.get(word) === null && term !== null) {
      // A word some phrasing uses with meaning is not noise, even if a stop list has it.
      this.#surface.set(word, term);
    }
  }

  /** Whether a folded word is a meaningful word of the knowledge base (for language detection). */
  knowsWord(word: string): boolean {
    return typeof this.#surface.get(word) === 'string';
  }

  /** Every meaningful surface word (for language detection). */
  *meaningfulWords(): IterableIterator<string> {
    for (const [word, term] of this.#surface) if (term !== null) yield word;
  }

  /** Whether a term occurs in the knowledge base. */
  hasTerm(term: string): boolean {
    return this.#terms.has(term);
  }

  /** Resolves an unknown word through a typo or compound reading, or `undefined`. */
  resolve(word: string, stem: (word: string) => string): Resolution {
    if (this.#cache.has(word)) return this.#cache.get(word);
    if (word.length > MAX_CORRECTED_LENGTH) return undefined;
    MATCHING_WORK.corrections += 1;
    const resolution = this.#nearest(word) ?? this.#compound(word, stem);
    if (this.#cache.size < 20_000) this.#cache.set(word, resolution);
    return resolution;
  }

  #nearest(word: string): Resolution {
    const max = allowedTypos(word.length);
    if (max === 0) return undefined;
    let best: { distance: number; term: string | null; uses: number } | undefined;
    let compared = 0;
    search: for (let length = word.length - max; length <= word.length + max; length++) {
      for (const candidate of this.#byLength.get(length) ?? []) {
        // Typos rarely hit the first letter; requiring it keeps "what" from becoming "chat".
        if (allowedTypos(candidate.length) === 0 || candidate[0] !== word[0]) continue;
        if (++compared > MAX_TYPO_CANDIDATES) break search;
        MATCHING_WORK.typoCandidates += 1;
        MATCHING_WORK.typoComparisons += 1;
        const distance = typoDistance(word, candidate, max);
        if (distance > max) continue;
        const term = this.#surface.get(candidate) ?? null;
        const uses = term === null ? 0 : (this.#terms.get(term) ?? 0);
        // Nearer wins; among equals, a content word used more often is the likelier intent.
        if (!best || distance < best.distance || (distance === best.distance && uses > best.uses)) {
          best = { distance, term, uses };
        }
      }
    }
    return best && { terms: best.term === null ? [] : [best.term] };
  }

  #compound(word: string, stem: (word: string) => string): Resolution {
    if (word.length < 2 * MIN_COMPOUND_PART) return undefined;
    let best: { terms: string[]; balance: number } | undefined;
    for (let split = MIN_COMPOUND_PART; split <= word.length - MIN_COMPOUND_PART; split++) {
      const tail = this.#termOf(word.slice(split), stem);
      if (!tail) continue;
      for (const link of LINKING_LETTERS) {
        const headWord = word.slice(0, split);
        if (!headWord.endsWith(link) || headWord.length - link.length < MIN_COMPOUND_PART) continue;
        const head = this.#termOf(headWord.slice(0, headWord.length - link.length), stem);
        const balance = Math.min(split, word.length - split);
        if (head && (!best || balance > best.balance)) best = { terms: [head, tail], balance };
      }
    }
    return best && { terms: best.terms };
  }

  #termOf(part: string, stem: (word: string) => string): string | undefined {
    MATCHING_WORK.compoundParts += 1;
    const known = this.#surface.get(part);
    if (known) return known;
    const stemmed = stem(part);
    return this.#terms.has(stemmed) ? stemmed : undefined;
  }
}
