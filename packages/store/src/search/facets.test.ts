import { describe, expect, it } from 'vitest';
import { EU_COUNTRIES } from '@thb/schema';
import { BACKENDS } from '../testing/backends.ts';
import { aResource } from '../testing/records.ts';

const resources = [
  aResource({ id: 'de-guide', type: 'guide', countries: ['DE'], languages: ['de'], topics: ['prevention'], audience: ['public'],
    title: { en: 'Exploitation guide' } }),
  aResource({ id: 'eu-hotline', type: 'hotline', countries: ['EU'], languages: ['en', 'fr'], topics: ['victim-support'], audience: ['victims'],
    title: { en: 'Exploitation hotline' }, hotline: { phone: '116 000', hours: { en: '24/7' }, languages: ['en'] } }),
  aResource({ id: 'fr-report', type: 'report', countries: ['FR', 'BE'], languages: ['fr'], topics: ['research', 'prevention'], audience: ['policy-makers'],
    title: { en: 'Exploitation report' } }),
  aResource({ id: 'no-guide', type: 'guide', countries: ['NO'], languages: ['en'], topics: ['policy'], audience: ['public'],
    title: { en: 'Other guide' } }),
];

describe.each(BACKENDS)('resource filters and facets on $name', (backend) => {
  /** A search function over a fresh store holding the resources above. */
  async function searcher() {
    const store = await backend.fresh();
    await store.putMany({ resources });
    return (filter: Record<string, string>) => store.resources.search(filter, { page: 1, pageSize: 20 }, 'en');
  }

  describe('resource filters', () => {
    it('matches EU-wide resources for every country, and only them for EU', async () => {
      const search = await searcher();
      expect((await search({ country: 'DE' })).items.map((r) => r.id).sort()).toEqual(['de-guide', 'eu-hotline']);
      expect((await search({ country: 'NO' })).items.map((r) => r.id).sort()).toEqual(['eu-hotline', 'no-guide']);
      expect((await search({ country: 'EU' })).items.map((r) => r.id)).toEqual(['eu-hotline']);
    });

    it('filters by type, topic, content language and audience', async () => {
      const search = await searcher();
      const found = async (filter: Record<string, string>) => (await search(filter)).items.map((r) => r.id).sort();
      expect(await found({ type: 'guide' })).toEqual(['de-guide', 'no-guide']);
      expect(await found({ topic: 'prevention' })).toEqual(['de-guide', 'fr-report']);
      expect(await found({ language: 'fr' })).toEqual(['eu-hotline', 'fr-report']);
      expect(await found({ audience: 'public', language: 'de' })).toEqual(['de-guide']);
      expect(await found({ language: 'xx' })).toEqual([]);
    });
  });

  describe('resource facets', () => {
    it('counts each facet with every other filter and q applied, but not its own', async () => {
      const search = await searcher();
      const result = await search({ q: 'exploitation', type: 'guide', country: 'FR' });
      // q leaves three; guide ∧ FR matches none of them.
      expect(result.total).toBe(0);
      // type: counted over q ∧ FR → eu-hotline, fr-report.
      expect(result.facets.type).toEqual({ hotline: 1, report: 1 });
      // country: counted over q ∧ guide → de-guide (DE) only, since the hotline and report are not guides.
      expect(result.facets.country).toEqual({ DE: 1 });
      // the others: counted over q ∧ guide ∧ FR → nothing.
      expect(result.facets.topic).toEqual({});
      expect(result.facets.language).toEqual({});
    });

    it('counts EU-wide resources in every member state, and explicit non-EU countries too', async () => {
      const search = await searcher();
      const { facets, total } = await search({});
      expect(total).toBe(4);
      const expected: Record<string, number> = Object.fromEntries(EU_COUNTRIES.map((c) => [c, 1]));
      Object.assign(expected, { DE: 2, FR: 2, BE: 2, NO: 2, EU: 1 });
      expect(facets.country).toEqual(expected);
      expect(facets.type).toEqual({ guide: 2, hotline: 1, report: 1 });
      expect(facets.topic).toEqual({ policy: 1, prevention: 2, research: 1, 'victim-support': 1 });
      expect(facets.language).toEqual({ de: 1, en: 2, fr: 2 });
      expect(facets.audience).toEqual({ 'policy-makers': 1, public: 2, victims: 1 });
    });

    it('gives counts that equal the totals a visitor gets by picking the value', async () => {
      const search = await searcher();
      const base = { q: 'exploitation' };
      const { facets } = await search(base);
      for (const [facet, counts] of Object.entries(facets)) {
        for (const [value, count] of Object.entries(counts)) {
          expect([facet, value, (await search({ ...base, [facet]: value })).total]).toEqual([facet, value, count]);
        }
      }
    });
  });
});
