import { describe, expect, it } from 'vitest';
import { LANGUAGE_PACKS } from '../language/packs/index.ts';
import { buildCountryLexicon } from './countries.ts';
import { allowedTypos, typoDistance } from '@thb/text';
import { PhraseLexicon } from './phrase-lexicon.ts';
import { Vocabulary } from './vocabulary.ts';

describe('typoDistance', () => {
  it('counts a swapped pair of letters as one typo', () => {
    expect(typoDistance('lokced', 'locked', 2)).toBe(1);
    expect(typoDistance('exploitaiton', 'exploitation', 2)).toBe(1);
    expect(typoDistance('trafficing', 'trafficking', 2)).toBe(1);
  });
  it('stops early once the distance exceeds the bound', () => {
    expect(typoDistance('weather', 'privacy', 1)).toBe(2);
    expect(typoDistance('a', 'abcdef', 2)).toBe(3);
  });
  it('allows no typo in short words and two in long ones', () => {
    expect([3, 4, 5, 7, 8, 12].map(allowedTypos)).toEqual([0, 0, 1, 1, 2, 2]);
  });
});

describe('country names', () => {
  const lexicon = buildCountryLexicon(LANGUAGE_PACKS);
  const codes = (words: string) => lexicon.find(words.split(' ')).map((match) => match.value);
  it('knows names, adjectives and other forms in every language', () => {
    expect(codes('members in germany')).toEqual(['DE']);
    expect(codes('deutschen organisationen')).toEqual(['DE']);
    expect(codes('en roumanie et en allemagne')).toEqual(['RO', 'DE']);
    expect(codes('czech republic or the netherlands')).toEqual(['CZ', 'NL']);
    expect(codes('aux pays bas')).toEqual(['NL']);
    expect(codes('polish ngos')).toEqual(['PL']);
  });
  it('forgives one typo in longer names only', () => {
    expect(codes('romaina')).toEqual(['RO']);
    expect(codes('deutschlnad')).toEqual(['DE']);
    expect(codes('malt')).toEqual([]);
  });
});

describe('PhraseLexicon', () => {
  it('prefers the longest phrase and does not overlap matches', () => {
    const lexicon = new PhraseLexicon<string>(false);
    lexicon.add(['new'], 'a');
    lexicon.add(['new', 'york'], 'b');
    expect(lexicon.find(['new', 'york', 'new']).map((m) => m.value)).toEqual(['b', 'a']);
  });
});

describe('Vocabulary', () => {
  const vocabulary = new Vocabulary();
  for (const [word, term] of [['kinder', 'kind'], ['handel', 'handel'], ['organisation', 'organisation'], ['ausbeutung', 'ausbeut'], ['arbeit', 'arbeit']] as const) {
    vocabulary.add(word, term);
  }
  vocabulary.add('the', null);
  const stem = (word: string) => word;
  it('reads compounds of known words, with linking letters', () => {
    expect(vocabulary.resolve('kinderhandel', stem)).toEqual({ terms: ['kind', 'handel'] });
    expect(vocabulary.resolve('arbeitsausbeutung', stem)).toEqual({ terms: ['arbeit', 'ausbeut'] });
  });
  it('reads typos of known words, and of noise words as noise', () => {
    expect(vocabulary.resolve('organisaton', stem)).toEqual({ terms: ['organisation'] });
    expect(vocabulary.resolve('zebra', stem)).toBeUndefined();
  });
});
