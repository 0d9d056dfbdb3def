/**
 * How much work one query may cause. Search cost grows with the words of a query, the index
 * terms each word expands to (prefix and typo matches) and the postings of those terms; an
 * attacker controls the first two. These caps keep a 200-character query of 3-letter prefixes,
 * or of long misspelt words, within a few normal queries' work; real queries never reach them.
 */
import type { QueryWord } from './analyzer.ts';

/** Characters of `q` that are read; the API already refuses longer ones (200). */
export const MAX_QUERY_CHARS = 200;

/** Words of a query that are searched (after stop words and duplicates are dropped). */
export const MAX_QUERY_WORDS = 10;

/** Longer "words" are no words of any language (nor phone numbers): they are dropped. */
export const MAX_WORD_LENGTH = 48;

/** Shorter words are not matched as prefixes: "eu" would match half the index. */
export const PREFIX_MIN_LENGTH = 3;

/** A prefix that completes to more index terms than this is matched exactly only. */
export const MAX_PREFIX_EXPANSIONS = 64;

/** Typo tolerance: for words of this many letters … */
export const FUZZY_MIN_LENGTH = 5;
/** … up to this many (a typo search walks the index once per letter) … */
export const FUZZY_MAX_LENGTH = 24;
/** … and for this many words of a query at most. */
export const MAX_FUZZY_WORDS = 3;

/**
 * The words of a query that are searched: at most {@link MAX_QUERY_WORDS}, none longer than
 * {@link MAX_WORD_LENGTH}, in the order typed.
 */
export function searchedWords(words: readonly QueryWord[]): QueryWord[] {
  return words.filter((word) => word.folded.length <= MAX_WORD_LENGTH).slice(0, MAX_QUERY_WORDS);
}

/** The first position in sorted `terms` not before `term`. */
function lowerBound(terms: readonly string[], term: string): number {
  let low = 0;
  let high = terms.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (terms[middle]! < term) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * How many index terms start with `prefix` (itself included), from the sorted vocabulary: two
 * binary searches, so deciding is cheap even where expanding would not be.
 */
export function prefixExpansions(sortedVocabulary: readonly string[], prefix: string): number {
  return lowerBound(sortedVocabulary, `${prefix}\uffff`) - lowerBound(sortedVocabulary, prefix);
}

/** Whether `term` is matched as a prefix too: long enough, and not completing to too many terms. */
export function allowsPrefix(sortedVocabulary: readonly string[], term: string): boolean {
  return term.length >= PREFIX_MIN_LENGTH && prefixExpansions(sortedVocabulary, term) <= MAX_PREFIX_EXPANSIONS + 1;
}

/**
 * The typo tolerance of a word the index does not know: about one typo in five letters, none
 * in numbers (116 006 must not match a search for 116 000), none for very long words.
 */
export function fuzzinessOf(term: string): number | false {
  return term.length >= FUZZY_MIN_LENGTH && term.length <= FUZZY_MAX_LENGTH && !/\d/.test(term) ? 0.2 : false;
}
