/**
 * How resource text becomes search terms. Each indexed word yields its stem in the field's own
 * language and its plain folded form, so a query matches by stem in the visitor's language and
 * by the exact word in any language ("Kinder" finds German text even from an English page).
 */
import { foldText, isStopWord, stem } from '@thb/text';

/** Splits on anything that is not a letter, digit or combining mark; keeps accents for the stemmer. */
export function splitWords(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}\p{M}]+/u).filter((word) => word !== '');
}

// Stemming dominates indexing time and vocabularies are small, so each word is stemmed once.
const termCache = new Map<string, Map<string, readonly string[] | null>>();
const CACHE_LIMIT = 200_000;

/** The index terms of one lower-cased word in a language: `[stem, folded]`, or null for a stop word. */
export function indexTerms(word: string, language: string): readonly string[] | null {
  let cache = termCache.get(language);
  if (!cache) termCache.set(language, (cache = new Map()));
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const folded = foldText(word).replace(/ /g, '');
  let terms: readonly string[] | null = null;
  if (folded !== '' && !isStopWord(folded, language)) {
    const stemmed = stem(word, language).replace(/ /g, '');
    terms = stemmed === folded || stemmed === '' ? [folded] : [stemmed, folded];
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, terms);
  return terms;
}

/** One word of a query: its stem in the request language, and the word itself, folded. */
export interface QueryWord {
  stem: string;
  folded: string;
  /** Kept only because the query has nothing else; matched exactly, never as a prefix. */
  stopWord: boolean;
}

/**
 * The words of a query. Stop words of the request language are dropped unless nothing else is left.
 * @example queryWords('victimes de la traite', 'fr') // [{ stem: 'victim', folded: 'victimes', stopWord: false }, …]
 */
export function queryWords(q: string, language: string): QueryWord[] {
  const words = splitWords(q);
  const meaningful = words.filter((word) => !isStopWord(foldText(word), language));
  const kept = meaningful.length > 0 ? meaningful : words;
  const result = new Map<string, QueryWord>();
  for (const word of kept) {
    const folded = foldText(word).replace(/ /g, '');
    if (folded === '' || result.has(folded)) continue;
    const stemmed = stem(word, language).replace(/ /g, '');
    result.set(folded, { stem: stemmed === '' ? folded : stemmed, folded, stopWord: meaningful.length === 0 });
  }
  return [...result.values()];
}

/** Digits of a phone number as people might type them: each group and all of them together. */
export function phoneTerms(phone: string): string[] {
  const groups = phone.replace(/^\+/, '').split(/\s+/).filter((g) => g !== '');
  return [...new Set([...groups, groups.join('')])];
}
