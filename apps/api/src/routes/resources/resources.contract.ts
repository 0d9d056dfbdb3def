/**
 * The behaviour of the resource routes, run against every backend by test/contract.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { ResourcePage, ResourceView } from '@thb/schema';
import type { ApiUnderTest } from '../../../test/support/api-under-test.ts';
import { expectProblem, invalidNames } from '../../../test/support/expect-problem.ts';

/** `/v1/resources` (search and facets) and `/v1/resources/{id}` on one backend. */
export function resourcesContract(api: ApiUnderTest): void {
  async function search(query = '', headers: Record<string, string> = {}) {
    const response = await api.fetch(`/v1/resources${query}`, { headers });
    expect(response.status).toBe(200);
    return { response, body: ResourcePage.parse(await response.json()) };
  }

  describe('GET /v1/resources', () => {
    it('lists resources with paging and facet counts', async () => {
      const { body } = await search('?pageSize=5');
      expect(body.items).toHaveLength(5);
      expect(body.total).toBe(await api.store.resources.count());
      expect(body.pageCount).toBe(Math.ceil(body.total / 5));
      const typeCounts = Object.values(body.facets.type).reduce((sum, n) => sum + n, 0);
      expect(typeCounts).toBe(body.total); // every resource has exactly one type
      const second = await search('?pageSize=5&page=2');
      expect(second.body.items.map((r) => r.id)).not.toContain(body.items[0]!.id);
    });

    it('finds resources by words, ranked by relevance', async () => {
      const { body } = await search('?q=fixture%20helpline');
      expect(body.items[0]?.id).toBe('fixture-hotline');
      const { body: guide } = await search('?q=identification practitioners');
      expect(guide.items.map((r) => r.id)).toContain('fixture-commission-guide');
    });

    it('filters by type, topic, language, country and audience', async () => {
      const { body: hotlines } = await search('?type=hotline&pageSize=100');
      expect(hotlines.total).toBeGreaterThan(1);
      expect(hotlines.items.every((r) => r.type === 'hotline' && r.hotline !== undefined)).toBe(true);
      const { body: topic } = await search('?topic=identification&pageSize=100');
      expect(topic.items.every((r) => r.topics.includes('identification'))).toBe(true);
      const { body: german } = await search('?language=de&pageSize=100');
      expect(german.items.every((r) => r.languages.includes('de'))).toBe(true);
      const { body: audience } = await search('?audience=victims&pageSize=100');
      expect(audience.items.every((r) => r.audience.includes('victims'))).toBe(true);
    });

    it('counts EU-wide resources as applying to every country', async () => {
      const { body } = await search('?country=DE&pageSize=100');
      const ids = body.items.map((r) => r.id);
      expect(ids).toContain('fixture-hotline');
      expect(ids).toContain('fixture-commission-guide');
      expect(body.items.every((r) => r.countries.includes('DE') || r.countries.includes('EU'))).toBe(true);
    });

    it('counts each facet without its own filter', async () => {
      const { body } = await search('?type=hotline');
      expect(Object.keys(body.facets.type).length).toBeGreaterThan(1);
      expect(body.facets.type.hotline).toBe(body.total);
    });

    it('localises titles, summaries, hotline hours and the publisher name', async () => {
      const { body, response } = await search('?q=helpline&lang=de');
      expect(response.headers.get('content-language')).toBe('de');
      const hotline = body.items.find((r) => r.id === 'fixture-hotline')!;
      expect(hotline).toMatchObject({
        title: 'Fixture-Hilfetelefon',
        summary: 'Rufen Sie jederzeit an.',
        hotline: { phone: '+49 800 000 000', hours: 'rund um die Uhr' },
        publisher: { type: 'member', memberId: 'fixture-berlin-shelter', name: 'Fixture Shelter Berlin' },
      });
      const { body: guide } = await search('?q=identification', { 'accept-language': 'fr-FR' });
      expect(guide.items.find((r) => r.id === 'fixture-commission-guide')?.publisher)
        .toEqual({ type: 'commission', name: 'Commission européenne' });
    });

    it('rejects unknown values and parameters', async () => {
      const problem = await expectProblem(await api.fetch('/v1/resources?type=poem&topics=x&country=XX&q='), 400);
      expect(invalidNames(problem)).toEqual(['query:country', 'query:q', 'query:topics', 'query:type']);
    });
  });

  describe('GET /v1/resources/{id}', () => {
    it('returns one resource with its publisher named', async () => {
      const response = await api.fetch('/v1/resources/fixture-commission-guide?lang=de');
      const resource = ResourceView.parse(await response.json());
      expect(resource.publisher).toEqual({ type: 'commission', name: 'Europäische Kommission' });
      expect(resource.title).toBe('Fixture guide to identification'); // no German title: English
    });

    it('answers 404 for an unknown id', async () => {
      await expectProblem(await api.fetch('/v1/resources/no-such-resource'), 404);
    });
  });
}
