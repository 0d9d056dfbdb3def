/**
 * Turns a message into the words and terms the topic index compares: folded words, country
 * names replaced by one placeholder term, synonyms applied, noise words dropped, stems taken.
 */
import { squeezeRepeats } from '@thb/text';
import type { Language } from '../language/language.ts';
import type { PhraseLexicon } from './phrase-lexicon.ts';

/**
 * Stands for any country name, so that "members in Romania" and "members in Germany" read
 * alike. `§` never survives folding, so no real word can collide with it.
 */
export const COUNTRY_TERM = '§country';

/** A meaningful word of a message and its stem. */
export interface AnalyzedWord {
  word: string;
  term: string;
}

/** A country named in a message, and the words that named it. */
export interface CountryMention {
  code: string;
  words: string[];
}

/** What a message says, for one language. */
export interface AnalyzedText {
  words: AnalyzedWord[];
  /** The countries named, in order. */
  countries: CountryMention[];
}

/**
 * Analyzes already folded and split words (see `tokenize`) for one language; `typos: false`
 * for text known to be spelled right, such as the knowledge base.
 */
export function analyzeWords(
  tokens: readonly string[],
  language: Language,
  countries: PhraseLexicon<string>,
  typos = true,
): AnalyzedText {
  const folded = language.joinVerbs(tokens.map(squeezeRepeats));
  const found = countries.find(folded, typos);
  const words: AnalyzedWord[] = [];
  let next = 0;
  const push = (replacement: readonly string[]) => {
    for (const word of replacement) if (!language.isNoise(word)) words.push({ word, term: language.stem(word) });
  };
  const pushPlain = (until: number) => {
    while (next < until) {
      const pair = next + 1 < until ? language.normalizePair(folded[next]!, folded[next + 1]!) : undefined;
      push(pair ?? language.normalizeWord(folded[next]!));
      next += pair ? 2 : 1;
    }
  };
  for (const match of found) {
    pushPlain(match.start);
    words.push({ word: COUNTRY_TERM, term: COUNTRY_TERM });
    next = match.end;
  }
  pushPlain(folded.length);
  return { words, countries: found.map((match) => ({ code: match.value, words: folded.slice(match.start, match.end) })) };
}
