/**
 * Ranking a query over a snapshot, word by word. Each word is one MiniSearch query (its stem,
 * the typed word, prefix and typo matches as the limits allow); the event loop gets a turn
 * between words, and the per-word results are combined as MiniSearch combines them (scores
 * summed, times the number of query terms matched), so "all words" and the "any word" fallback
 * come from one pass.
 */
import type { default as MiniSearch, Query, QueryCombination, SearchOptions } from 'minisearch';
import type { Resource } from '@thb/schema';
import { queryWords, type QueryWord } from './analyzer.ts';
import { MAX_FUZZY_WORDS, MAX_QUERY_CHARS, allowsPrefix, fuzzinessOf, queryBudget, searchedWords } from './query-limits.ts';
import { searchOptions } from './resource-index.ts';

/** The work one ranking did; tests read it to check that hostile queries stay bounded. */
export interface SearchStats {
  /** Words searched, after the limits. */
  words: number;
  /** Words searched with typo tolerance. */
  fuzzyWords: number;
  /** Distinct index terms whose postings were scored (exact, prefix and typo matches). */
  termsExpanded: number;
  /** (resource, field, term) postings scored: the bulk of a search's CPU time. */
  postingsScored: number;
}

/** What ranking needs of a snapshot. */
export interface RankingIndex {
  index: MiniSearch<Resource>;
  /** Every index term and how often it was indexed (about its postings). */
  vocabulary: ReadonlyMap<string, number>;
  /** The vocabulary's terms in code-unit order, for finding a prefix's completions. */
  sortedVocabulary: readonly string[];
  /** How many resources are indexed: the work budgets are relative to it. */
  documentCount: number;
  positions: ReadonlyMap<string, number>;
}

/** A fresh, empty {@link SearchStats}. */
export function emptyStats(): SearchStats {
  return { words: 0, fuzzyWords: 0, termsExpanded: 0, postingsScored: 0 };
}

/**
 * The lookups for one query word. The stem is matched exactly and as a prefix, which also covers
 * the typed word when it starts with its stem ("victims" → "victim…"). Typo tolerance (fuzzy) is
 * for words the index does not know at all, as in a spell checker: looking up near misses of a
 * known word is the most expensive part of a search and only adds noise.
 * @example wordQuery({ stem: 'victim', folded: 'victims', stopWord: false }, snapshot, true)
 */
export function wordQuery(word: QueryWord, index: RankingIndex, mayBeFuzzy: boolean): { query: QueryCombination; fuzzy: boolean } {
  const { stem, folded, stopWord } = word;
  if (stopWord) return { query: { combineWith: 'OR', prefix: false, fuzzy: false, queries: [...new Set([stem, folded])] }, fuzzy: false };
  const known = index.vocabulary.has(stem) || index.vocabulary.has(folded);
  const stemPrefix = allowsPrefix(index, stem);
  const coveredByStemPrefix = stemPrefix && folded.startsWith(stem);
  const fuzzy = !known && mayBeFuzzy ? fuzzinessOf(folded) : false;
  // A word that is its own stem is looked up once: a second, identical lookup only doubled the work.
  if (folded === stem) {
    return { query: { combineWith: 'OR', queries: [{ queries: [stem], prefix: stemPrefix, fuzzy }] }, fuzzy: fuzzy !== false };
  }
  const queries: Query[] = [{ queries: [stem], prefix: stemPrefix, fuzzy: false }];
  if (!known || !coveredByStemPrefix) queries.push({ queries: [folded], prefix: allowsPrefix(index, folded), fuzzy });
  return { query: { combineWith: 'OR', queries }, fuzzy: fuzzy !== false };
}

/** One word's hits: MiniSearch's score before its "terms matched" factor, and those terms. */
type WordHits = Map<string, { raw: number; terms: readonly string[] }>;

/** Sums per-word scores in word order, times the distinct query terms matched, as MiniSearch does. */
function combine(perWord: readonly WordHits[], every: boolean): Map<string, number> {
  const scores = new Map<string, number>();
  const candidates = every ? perWord[0]!.keys() : new Set(perWord.flatMap((hits) => [...hits.keys()])).values();
  for (const id of candidates) {
    let raw = 0;
    const terms = new Set<string>();
    let missing = false;
    for (const hits of perWord) {
      const hit = hits.get(id);
      if (!hit) {
        missing = true;
        continue;
      }
      raw += hit.raw;
      for (const term of hit.terms) terms.add(term);
    }
    if (!(every && missing)) scores.set(id, raw * (terms.size || 1));
  }
  return scores;
}

/** Lets other work run: between words of a long query, a waiting request gets its turn. */
const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The resources matching `q`, best first (ties by id). All words must match; if no resource has
 * them all, any word may, so a long question still finds the closest resources.
 * @example await rankedMatches(snapshot, 'victims hotline', 'en') // [12, 3, 40]
 */
export async function rankedMatches(index: RankingIndex, q: string, language: string, stats: SearchStats = emptyStats()): Promise<number[]> {
  const words = searchedWords(queryWords(q.slice(0, MAX_QUERY_CHARS), language));
  if (words.length === 0) return [];
  const expanded = new Set<string>();
  const options: SearchOptions = {
    ...searchOptions(language),
    // Called for every posting scored, with the index term it belongs to: the work done.
    boostDocument: (_id, term) => {
      stats.postingsScored += 1;
      expanded.add(term);
      return 1;
    },
  };
  const perWord: WordHits[] = [];
  for (const word of words) {
    // Words after the budget is spent are left out: only queries built to be expensive get there.
    if (stats.postingsScored >= queryBudget(index)) break;
    if (perWord.length > 0) await nextTurn();
    const { query, fuzzy } = wordQuery(word, index, stats.fuzzyWords < MAX_FUZZY_WORDS);
    if (fuzzy) stats.fuzzyWords += 1;
    const hits: WordHits = new Map();
    for (const hit of index.index.search(query, options)) {
      hits.set(hit.id as string, { raw: hit.score / (hit.queryTerms.length || 1), terms: hit.queryTerms });
    }
    perWord.push(hits);
  }
  stats.words = perWord.length;
  stats.termsExpanded = expanded.size;
  let scores = combine(perWord, true);
  if (scores.size === 0 && words.length > 1) scores = combine(perWord, false);
  const ranked = [...scores].map(([id, score]) => ({ score, position: index.positions.get(id) ?? -1 }));
  // Positions follow id order, so equal scores are broken by id with a cheap number comparison.
  ranked.sort((a, b) => b.score - a.score || a.position - b.position);
  return ranked.map((hit) => hit.position);
}
