import { describe, expect, it } from 'vitest';
import { highlightParts, searchStems } from './highlight.ts';

const marked = (text: string, query: string) =>
  highlightParts(text, searchStems(query)).filter((p) => p.match).map((p) => p.text);

describe('highlightParts', () => {
  it('marks whole words that start like a search word, case and accents folded', () => {
    expect(marked('Victims of Trafficking: a guide', 'trafficking victim')).toEqual(['Victims', 'Trafficking']);
    expect(marked('Économie et exploitation', 'economie')).toEqual(['Économie']);
    expect(marked('Menschenhandel erkennen', 'MENSCHENHANDEL')).toEqual(['Menschenhandel']);
  });

  it('finds other forms of a word the way the stemming search does', () => {
    expect(marked('Children who were trafficked', 'trafficking')).toEqual(['trafficked']);
  });

  it('keeps the text intact and in order', () => {
    const text = 'Help for <b>victims</b> & "survivors" — victims';
    const parts = highlightParts(text, searchStems('victims'));
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.filter((p) => p.match)).toHaveLength(2);
  });

  it('treats markup and script in data as text', () => {
    const text = '<script>alert(1)</script><img src=x onerror=alert(1)>';
    const parts = highlightParts(text, searchStems('script'));
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['script', 'script']);
  });

  it('returns the whole text unmarked without a search or with only short words', () => {
    expect(highlightParts('A guide', [])).toEqual([{ text: 'A guide', match: false }]);
    expect(searchStems('a of EU')).toEqual([]);
  });
});
