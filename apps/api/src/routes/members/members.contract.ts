/**
 * The behaviour of the member routes, run against every backend by test/contract.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { MemberPage, MemberView } from '@thb/schema';
import type { ApiUnderTest } from '../../../test/support/api-under-test.ts';
import { expectProblem, invalidNames } from '../../../test/support/expect-problem.ts';
import { MemberFeatureCollection } from './members.geojson.ts';

/** `/v1/members`, `/v1/members/{id}` and `/v1/members.geojson` on one backend. */
export function membersContract(api: ApiUnderTest): void {
  async function page(query = '', headers: Record<string, string> = {}) {
    const response = await api.fetch(`/v1/members${query}`, { headers });
    expect(response.status).toBe(200);
    return { response, body: MemberPage.parse(await response.json()) };
  }

  describe('GET /v1/members', () => {
    it('lists members by name with paging metadata', async () => {
      const { body } = await page();
      const all = await api.store.members.list({});
      expect(body.total).toBe(all.total);
      expect(body.total).toBeGreaterThan(20);
      expect(body).toMatchObject({ page: 1, pageSize: 20, pageCount: Math.ceil(all.total / 20) });
      expect(body.items.map((m) => m.id)).toEqual(all.items.slice(0, 20).map((m) => m.id));
    });

    it('pages through every member exactly once', async () => {
      const first = await page('?pageSize=7');
      const seen: string[] = [];
      for (let p = 1; p <= first.body.pageCount; p++) {
        const { body } = await page(`?pageSize=7&page=${p}`);
        seen.push(...body.items.map((m) => m.id));
      }
      expect(seen).toHaveLength(first.body.total);
      expect(new Set(seen).size).toBe(first.body.total);
      const beyond = await page(`?pageSize=7&page=${first.body.pageCount + 1}`);
      expect(beyond.body.items).toEqual([]);
    });

    it('filters by country, focus, scope and words', async () => {
      const { body: german } = await page('?country=DE');
      expect(german.total).toBeGreaterThan(0);
      expect(german.items.every((m) => m.country === 'DE')).toBe(true);
      const { body: children } = await page('?focus=children-rights&scope=national');
      expect(children.items.every((m) => m.focus.includes('children-rights') && m.scope === 'national')).toBe(true);
      expect(children.items.map((m) => m.id)).toContain('fixture-lisbon-network');
      const { body: words } = await page('?q=shelter');
      expect(words.items.map((m) => m.id)).toContain('fixture-berlin-shelter');
      const { body: none } = await page('?country=DE&q=lisboa');
      expect(none.total).toBe(0);
    });

    it('resolves descriptions to ?lang=, else to Accept-Language, else to English', async () => {
      const byParam = await page('?q=shelter&lang=de', { 'accept-language': 'fr' });
      expect(byParam.body.items.find((m) => m.id === 'fixture-berlin-shelter')?.description).toBe('Betreibt eine Schutzwohnung für Betroffene.');
      expect(byParam.response.headers.get('content-language')).toBe('de');
      expect(byParam.response.headers.get('vary')).not.toContain('Accept-Language');

      const byHeader = await page('?q=shelter', { 'accept-language': 'de-AT,de;q=0.9,en;q=0.5' });
      expect(byHeader.response.headers.get('content-language')).toBe('de');
      expect(byHeader.response.headers.get('vary')).toContain('Accept-Language');
      expect(byHeader.body.items.find((m) => m.id === 'fixture-berlin-shelter')?.description).toContain('Schutzwohnung');

      const fallback = await page('?q=lisboa&lang=sv');
      const lisbon = fallback.body.items.find((m) => m.id === 'fixture-lisbon-network');
      expect(lisbon?.description).toBe('A national network against exploitation.');
      expect(fallback.response.headers.get('content-language')).toBe('sv');
    });

    it('reports every wrong or unknown parameter', async () => {
      const response = await api.fetch('/v1/members?contry=DE&pageSize=1000&scope=galactic&country=UK');
      const problem = await expectProblem(response, 400);
      expect(invalidNames(problem)).toEqual(['query:contry', 'query:country', 'query:pageSize', 'query:scope']);
    });
  });

  describe('GET /v1/members/{id}', () => {
    it('returns one localised member', async () => {
      const response = await api.fetch('/v1/members/fixture-berlin-shelter?lang=de');
      expect(response.status).toBe(200);
      const member = MemberView.parse(await response.json());
      expect(member).toMatchObject({ id: 'fixture-berlin-shelter', acronym: 'FSB', description: 'Betreibt eine Schutzwohnung für Betroffene.' });
    });

    it('answers 404 for an unknown id and 400 for a malformed one', async () => {
      const missing = await expectProblem(await api.fetch('/v1/members/no-such-member'), 404);
      expect(missing.detail).toContain('no-such-member');
      const malformed = await expectProblem(await api.fetch('/v1/members/Not_A_Slug'), 400);
      expect(invalidNames(malformed)).toEqual(['path:id']);
    });
  });

  describe('GET /v1/members.geojson', () => {
    async function geojson(query = '') {
      const response = await api.fetch(`/v1/members.geojson${query}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/geo+json');
      return (await response.json()) as Record<string, unknown>;
    }

    it('is an RFC 7946 FeatureCollection of Points in [longitude, latitude] order', async () => {
      const raw = await geojson();
      const collection = MemberFeatureCollection.parse(raw);
      expect(raw).not.toHaveProperty('crs'); // RFC 7946 §4 removed it
      expect(collection.features).toHaveLength((await api.store.members.list({})).total);
      for (const feature of collection.features) {
        const [lon, lat] = feature.geometry.coordinates;
        expect(lon).toBeGreaterThanOrEqual(-180);
        expect(lon).toBeLessThanOrEqual(180);
        expect(lat).toBeGreaterThanOrEqual(-90);
        expect(lat).toBeLessThanOrEqual(90);
        expect(typeof feature.properties).toBe('object');
        expect(feature.properties).not.toHaveProperty('coordinates');
      }
      const berlin = collection.features.find((f) => f.id === 'fixture-berlin-shelter');
      expect(berlin?.geometry.coordinates).toEqual([13.405, 52.52]);
      const [west, south, east, north] = collection.bbox!;
      expect(west).toBeLessThanOrEqual(-9.14);
      expect(east).toBeGreaterThanOrEqual(13.405);
      expect(south).toBeLessThanOrEqual(38.72);
      expect(north).toBeGreaterThanOrEqual(52.52);
    });

    it('takes the member filters and the language, but no paging', async () => {
      const german = MemberFeatureCollection.parse(await geojson('?country=DE&lang=de'));
      expect(german.features.length).toBeGreaterThan(0);
      expect(german.features.every((f) => f.properties.country === 'DE')).toBe(true);
      expect(german.features.find((f) => f.id === 'fixture-berlin-shelter')?.properties.description).toContain('Schutzwohnung');
      const empty = MemberFeatureCollection.parse(await geojson('?q=zzzzqqqq'));
      expect(empty).toEqual({ type: 'FeatureCollection', features: [] });
      const problem = await expectProblem(await api.fetch('/v1/members.geojson?page=2'), 400);
      expect(invalidNames(problem)).toEqual(['query:page']);
    });
  });
}
