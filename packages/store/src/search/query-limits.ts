/**
 * How much work one query may cause. Search cost grows with the words of a query, the index
 * terms each word expands to (prefix and typo matches) and the postings of those terms; an
 * attacker controls the first two. These caps keep a 200-character query of 3-letter prefixes,
 * or of long misspelt words, within a few normal queries' work; real queries never reach them.
 */
import type { QueryWord } from './analyzer.ts';

/** What the limits need to know of an index. */
export interface IndexShape {
  vocabulary: ReadonlyMap<string, number>;
  sortedVocabulary: readonly string[];
  documentCount: number;
}

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

/**
 * A prefix whose completions hold more postings than this many per indexed resource is matched
 * exactly only: "tra" completing to "trafficking", "training", "trade"… would score all of the
 * index several times, where a one-word query scores about one posting per resource.
 */
export const PREFIX_POSTINGS_PER_RESOURCE = 2;

/**
 * Postings one query may score, per indexed resource: a query stops taking further words once
 * it has spent them, about four one-word queries' work.
 */
export const QUERY_POSTINGS_PER_RESOURCE = 4;

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

/**
 * Whether `term` is matched as a prefix too: long enough, completing to few terms, and those
 * terms not holding more postings than {@link PREFIX_POSTINGS_PER_RESOURCE} allows.
 */
export function allowsPrefix(index: IndexShape, term: string): boolean {
  if (term.length < PREFIX_MIN_LENGTH) return false;
  const from = lowerBound(index.sortedVocabulary, term);
  const to = lowerBound(index.sortedVocabulary, `${term}\uffff`);
  if (to - from > MAX_PREFIX_EXPANSIONS + 1) return false;
  let postings = 0;
  // The term itself is looked up anyway; what the prefix adds is its completions.
  for (let i = from; i < to; i++) if (index.sortedVocabulary[i] !== term) postings += index.vocabulary.get(index.sortedVocabulary[i]!) ?? 0;
  return postings <= Math.max(1000, index.documentCount * PREFIX_POSTINGS_PER_RESOURCE);
}

/** The postings one query may score before it takes no further words. */
export function queryBudget(index: IndexShape): number {
  return Math.max(4000, index.documentCount * QUERY_POSTINGS_PER_RESOURCE);
}

/**
 * The typo tolerance of a word the index does not know: about one typo in five letters, none
 * in numbers (116 006 must not match a search for 116 000), none for very long words.
 */
export function fuzzinessOf(term: string): number | false {
  return term.length >= FUZZY_MIN_LENGTH && term.length <= FUZZY_MAX_LENGTH && !/\d/.test(term) ? 0.2 : false;
}
