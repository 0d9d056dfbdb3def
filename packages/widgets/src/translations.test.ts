import { EU_LANGUAGES } from '@thb/schema/enums';
import { catalogueCoverage, catalogueProblems, requiredKeys, type CatalogueSource } from '@thb/text/catalogues';
import { describe, expect, it } from 'vitest';
import { catalogues, WIDGET_REVIEWS } from './translations.ts';

const sources = await catalogues();

describe.each(sources.map((source) => [source.name, source] as const))('the %s catalogue', (_, source) => {
  it('is in every EU language', () => {
    expect(['en', ...Object.keys(source.languages)].sort()).toEqual([...EU_LANGUAGES].sort());
  });

  it('has every key, plural form and placeholder of English in every language, and no English left where a translation belongs', () => {
    expect(catalogueProblems(source)).toEqual([]);
  });
});

describe('the catalogue check', () => {
  const english = { hi: 'Hello {name}', 'n.one': '{count} item', 'n.other': '{count} items', brand: 'Lit', pair: '{a} {b}' };
  const brandName = [{ key: 'brand', languages: ['pl'], reason: 'a name' }];
  const check = (pl: Record<string, string>, sameAsEnglish: CatalogueSource['sameAsEnglish'] = brandName) =>
    catalogueProblems({ name: 'demo', english, languages: { pl }, reviews: {}, sameAsEnglish }).map((p) => `${p.key}: ${p.problem}`);
  const complete = { hi: 'Cześć {name}', 'n.one': '{count} element', 'n.few': '{count} elementy', 'n.many': '{count} elementów', 'n.other': '{count} elementu', brand: 'Lit', pair: '{a} {b}' };

  it('asks for the plural categories of the language, not of English', () => {
    expect([...requiredKeys(english, 'pl').keys()].filter((key) => key.startsWith('n.')).sort()).toEqual(['n.few', 'n.many', 'n.one', 'n.other']);
    expect([...requiredKeys(english, 'ga').keys()].filter((key) => key.startsWith('n.')).sort()).toEqual(['n.few', 'n.many', 'n.one', 'n.other', 'n.two']);
    expect(check({ ...complete, 'n.few': undefined as unknown as string })).toEqual(['n.few: missing']);
    expect(check({ ...complete, 'n.two': '{count} elementy' })).toEqual(['n.two: unexpected key']);
  });

  it('finds placeholders that differ from English and English left in place, unless listed with a reason', () => {
    expect(check({ ...complete, hi: 'Cześć {imie}' })).toEqual(['hi: placeholders differ']);
    expect(check({ ...complete, hi: 'Hello {name}' })).toEqual(['hi: same as English']);
    expect(check(complete, [])).toEqual(['brand: same as English']);
    expect(check(complete)).toEqual([]);
  });

  it('counts a language’s coverage as the keys it needs that hold a translation', () => {
    const [coverage] = catalogueCoverage({ name: 'demo', english, languages: { pl: { ...complete, hi: '' } }, reviews: { pl: { status: 'reviewed', organisation: 'La Strada Polska', date: '2027-01-15' } }, sameAsEnglish: [{ key: 'brand', languages: ['pl'], reason: 'a name' }] });
    expect(coverage).toEqual({ language: 'pl', translated: 6, total: 7, review: { status: 'reviewed', organisation: 'La Strada Polska', date: '2027-01-15' } });
  });
});

it('gives every language other than English a review status, reviewed ones with organisation and date', () => {
  expect(Object.keys(WIDGET_REVIEWS).sort()).toEqual(EU_LANGUAGES.filter((code) => code !== 'en'));
  for (const review of Object.values(WIDGET_REVIEWS)) {
    if (review.status === 'reviewed') expect(review.organisation && /^\d{4}-\d{2}-\d{2}$/.test(review.date)).toBeTruthy();
  }
});
