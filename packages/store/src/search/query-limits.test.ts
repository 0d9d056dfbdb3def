import { describe, expect, it } from 'vitest';
import type { Resource } from '@thb/schema';
import { demoData } from '../demo/index.ts';
import { createRandom } from '../generate/random.ts';
import { aResource } from '../testing/records.ts';
import { queryWords } from './analyzer.ts';
import {
  FUZZY_MAX_LENGTH, MAX_FUZZY_WORDS, MAX_PREFIX_EXPANSIONS, MAX_QUERY_WORDS, QUERY_POSTINGS_PER_RESOURCE, prefixExpansions,
} from './query-limits.ts';
import { emptyStats, rankedMatches, wordQuery } from './ranking.ts';
import { createSnapshot } from './resource-search.ts';
import { searchOptions } from './resource-index.ts';

// Work is measured by what the search did (words, index terms expanded, postings scored), not by time.

/** 600 resources whose titles use 2,400 words made of 24 three-letter stems and random endings. */
function crowdedCorpus(): Resource[] {
  const random = createRandom(3);
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const pick = (n: number) => Array.from({ length: n }, () => letters[Math.floor(random.next() * 26)]).join('');
  const stems = Array.from({ length: 24 }, () => pick(3));
  const words = Array.from({ length: 2400 }, (_, i) => `${stems[i % stems.length]}${pick(3 + (i % 4))}`);
  return Array.from({ length: 600 }, (_, i) => aResource({
    id: `crowded-${i}`,
    title: { en: Array.from({ length: 12 }, () => words[Math.floor(random.next() * words.length)]).join(' ') },
  }));
}

/** 1,500 resources that all share ten common words, and each has one word of its own. */
function commonCorpus(): Resource[] {
  return Array.from({ length: 1500 }, (_, i) => aResource({
    id: `common-${i}`, title: { en: `alpha bravo charlie delta echo foxtrot golf hotel india juliet tracker${i} unique${i}` },
  }));
}

const crowded = await createSnapshot(crowdedCorpus());
const stems = [...new Set(crowded.sortedVocabulary.map((term) => term.slice(0, 3)))];

describe('search work per query', () => {
  it('searches at most ten words of a 200-character query of 3-letter prefixes, none expanded past the cap', async () => {
    const q = stems.join(' ').slice(0, 200);
    expect(queryWords(q, 'en').length).toBeGreaterThan(2 * MAX_QUERY_WORDS);
    const unbounded = queryWords(q, 'en').reduce((sum, word) => sum + prefixExpansions(crowded.sortedVocabulary, word.folded), 0);
    const stats = emptyStats();
    await rankedMatches(crowded, q, 'en', stats);
    expect(stats.words).toBe(MAX_QUERY_WORDS);
    // Each of these prefixes completes to about 100 terms: too many, so each is looked up exactly.
    expect(stats.termsExpanded).toBe(0);
    expect(unbounded).toBeGreaterThan(2000);
  });

  it('still expands a prefix with few completions, and counts the postings it scores', async () => {
    const prefix = crowded.sortedVocabulary.map((term) => term.slice(0, 4))
      .find((four) => four.length === 4 && prefixExpansions(crowded.sortedVocabulary, four) > 2)!;
    const completions = prefixExpansions(crowded.sortedVocabulary, prefix);
    expect(completions).toBeGreaterThan(1);
    expect(completions).toBeLessThanOrEqual(MAX_PREFIX_EXPANSIONS);
    const stats = emptyStats();
    const found = await rankedMatches(crowded, prefix, 'en', stats);
    expect(stats.termsExpanded).toBe(completions);
    expect(found.length).toBeGreaterThan(0);
    expect(stats.postingsScored).toBeGreaterThanOrEqual(found.length);
  });

  it('does not expand a prefix whose few completions would score most of the index', async () => {
    const common = await createSnapshot(commonCorpus());
    // "track" completes to 1,500 terms and "tracker1" to 110 besides itself: looked up exactly only.
    // "tracker99" completes to ten rare ones (tracker990…999), so it is expanded: itself and ten.
    for (const [q, expanded] of [['track', 0], ['tracker1', 1], ['tracker99', 11]] as const) {
      const stats = emptyStats();
      await rankedMatches(common, q, 'en', stats);
      expect([q, stats.termsExpanded]).toEqual([q, expanded]);
    }
  });

  it('stops taking words once a query has scored four postings per resource', async () => {
    const common = await createSnapshot(commonCorpus());
    const stats = emptyStats();
    const found = await rankedMatches(common, 'alpha bravo charlie delta echo foxtrot golf hotel india juliet', 'en', stats);
    expect(found).toHaveLength(1500);
    expect(stats.words).toBeLessThan(MAX_QUERY_WORDS);
    // Each word scores one posting per resource; the last word taken may go past the budget by one word.
    expect(stats.postingsScored).toBeLessThanOrEqual((QUERY_POSTINGS_PER_RESOURCE + 1) * 1500);
  });

  it('looks for typos in at most three words, none of them very long, and drops "words" no language has', async () => {
    const demo = await createSnapshot(demoData(new Date('2026-11-29T08:00:00Z')).resources);
    const misspelt = 'traffickign exploitaton victmis protecion asylym seekres chilren';
    const stats = emptyStats();
    await rankedMatches(demo, misspelt, 'en', stats);
    expect(stats.fuzzyWords).toBe(MAX_FUZZY_WORDS);

    const long = emptyStats();
    await rankedMatches(demo, `${'trafficking'.repeat(3)}x`, 'en', long);
    expect(`${'trafficking'.repeat(3)}x`.length).toBeGreaterThan(FUZZY_MAX_LENGTH);
    expect(long).toMatchObject({ words: 1, fuzzyWords: 0 });

    const gibberish = emptyStats();
    expect(await rankedMatches(demo, 'q'.repeat(1000), 'en', gibberish)).toEqual([]);
    expect(gibberish).toEqual(emptyStats());
  });

  it('ranks word by word exactly as one MiniSearch query over all words would', async () => {
    const demo = await createSnapshot(demoData(new Date('2026-11-29T08:00:00Z')).resources);
    const queries = [['victims hotline', 'en'], ['traite des êtres humains', 'fr'], ['Beratung Kinder Ausbeutung', 'de'], ['hotline tractor', 'en'], ['trafficing', 'en']] as const;
    for (const [q, language] of queries) {
      const words = queryWords(q, language).map((word) => wordQuery(word, demo, true).query);
      let direct = demo.index.search({ combineWith: 'AND', queries: words }, searchOptions(language));
      if (direct.length === 0) direct = demo.index.search({ combineWith: 'OR', queries: words }, searchOptions(language));
      const expected = direct
        .map((hit) => ({ score: hit.score, position: demo.positions.get(hit.id as string)! }))
        .sort((a, b) => b.score - a.score || a.position - b.position)
        .map((hit) => hit.position);
      expect([q, await rankedMatches(demo, q, language)]).toEqual([q, expected]);
      expect(expected.length).toBeGreaterThan(0);
    }
  });

  it('gives the event loop a turn between the words of a long query', async () => {
    const order: string[] = [];
    const ranking = rankedMatches(crowded, stems.slice(0, 6).join(' '), 'en').then(() => order.push('ranked'));
    setTimeout(() => order.push('other work'), 0);
    await ranking;
    expect(order).toEqual(['other work', 'ranked']);
  });
});
