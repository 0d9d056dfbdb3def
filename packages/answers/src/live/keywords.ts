/**
 * Keyword tables of a language pack (focus areas, resource types, event kinds), matched on
 * the stems of a message so that "children", "child" and "Kindern" all find their value.
 */
import { tokenize } from '@thb/text';
import type { Language } from '../language/language.ts';

/** One table's keywords, stemmed once. */
export class KeywordTable<T extends string> {
  readonly #entries: { value: T; stems: string[] }[] = [];

  constructor(table: Readonly<Record<T, readonly string[]>>, language: Language) {
    for (const [value, keywords] of Object.entries(table) as [T, readonly string[]][]) {
      for (const keyword of keywords) {
        const stems = tokenize(keyword)
          .flatMap((word) => language.normalizeWord(word))
          .filter((word) => !language.isNoise(word))
          .map((word) => language.stem(word));
        if (stems.length > 0) this.#entries.push({ value, stems });
      }
    }
  }

  /** Values with a keyword whose stems all occur in `terms`, in the table's order, without repeats. */
  find(terms: ReadonlySet<string>): T[] {
    const found: T[] = [];
    for (const { value, stems } of this.#entries) {
      if (!found.includes(value) && stems.every((stem) => terms.has(stem))) found.push(value);
    }
    return found;
  }

  /** Whether a stem belongs to some keyword (so searches can leave it out). */
  has(stem: string): boolean {
    return this.#entries.some((entry) => entry.stems.includes(stem));
  }
}
