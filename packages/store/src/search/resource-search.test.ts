import { describe, expect, it } from 'vitest';
import type { Resource } from '@thb/schema';
import { BACKENDS } from '../testing/backends.ts';
import { aResource } from '../testing/records.ts';
import { createSnapshot, searchSnapshot } from './resource-search.ts';

const page = { page: 1, pageSize: 20 };
const ids = (result: { items: { id: string }[] }) => result.items.map((r) => r.id);

describe.each(BACKENDS)('resource search on $name', (backend) => {
  /** Searches a fresh store holding exactly these resources. */
  async function searchIn(resources: Resource[]) {
    const store = await backend.fresh();
    await store.putMany({ resources });
    return (q: string | undefined, language = 'en', filter: Record<string, string> = {}) =>
      store.resources.search({ ...filter, ...(q === undefined ? {} : { q }) }, page, language);
  }

  describe('resource search: relevance and language', () => {
    it('ranks a title match above a summary match', async () => {
      const search = await searchIn([
        aResource({ id: 'a-in-summary', title: { en: 'Annual report' }, summary: { en: 'Notes on labour exploitation in agriculture.' } }),
        aResource({ id: 'b-in-title', title: { en: 'Labour exploitation in agriculture' }, summary: { en: 'A report.' } }),
        aResource({ id: 'c-unrelated', title: { en: 'Shelter places' }, summary: { en: 'A mapping.' } }),
      ]);
      expect(ids(await search('exploitation'))).toEqual(['b-in-title', 'a-in-summary']);
    });

    it('stems each field with its own language and the query with the request language', async () => {
      const search = await searchIn([
        aResource({ id: 'en', title: { en: 'Trafficking in human beings' } }),
        aResource({ id: 'de', title: { en: 'Counselling', de: 'Beratungsstellen gegen Menschenhandel' } }),
        aResource({ id: 'fr', title: { en: 'Rights', fr: 'Les droits des victimes' } }),
      ]);
      expect(ids(await search('trafficked', 'en'))).toEqual(['en']);
      expect(ids(await search('Beratungsstelle', 'de'))).toEqual(['de']);
      expect(ids(await search('Menschenhandels', 'de'))).toEqual(['de']);
      expect(ids(await search('victime', 'fr'))).toEqual(['fr']);
      // The folded word itself also matches, so a German word finds German text from an English page.
      expect(ids(await search('Beratungsstellen', 'en'))).toEqual(['de']);
    });

    it('ranks text in the visitor’s language first, reading region tags by their language', async () => {
      const search = await searchIn([
        aResource({ id: 'a-english', title: { en: 'Trafficking' } }),
        aResource({ id: 'b-german', title: { en: 'Report', de: 'Trafficking' } }),
      ]);
      expect(ids(await search('trafficking', 'en'))).toEqual(['a-english', 'b-german']);
      expect(ids(await search('trafficking', 'de-AT'))).toEqual(['b-german', 'a-english']);
    });

    it('folds accents and special letters on both sides', async () => {
      const search = await searchIn([
        aResource({ id: 'fr', title: { en: 'Trafficking', fr: 'La traite des êtres humains' } }),
        aResource({ id: 'de', title: { en: 'Immigration office', de: 'Ausländerbehörde und Straße' } }),
      ]);
      expect(ids(await search('etres humains', 'fr'))).toEqual(['fr']);
      expect(ids(await search('ÊTRES', 'en'))).toEqual(['fr']);
      expect(ids(await search('auslanderbehorde strasse', 'de'))).toEqual(['de']);
    });

    it('tolerates typos and unfinished words', async () => {
      const search = await searchIn([
        aResource({ id: 'en', title: { en: 'Trafficking in human beings' }, summary: { en: 'Support for victims.' } }),
        aResource({ id: 'de', title: { en: 'Law', de: 'Gesetz gegen Menschenhandel' } }),
        aResource({ id: 'fr', title: { en: 'Help', fr: 'Aide aux victimes' } }),
        aResource({ id: 'other', title: { en: 'Annual accounts' }, summary: { en: 'Money matters.' } }),
        aResource({ id: 'labour', title: { en: 'Labour exploitation' } }),
      ]);
      expect(ids(await search('trafficing', 'en'))).toEqual(['en']);
      expect(ids(await search('Menschenhandl', 'de'))).toEqual(['de']);
      expect(ids(await search('victime', 'en')).sort()).toEqual(['en', 'fr']);
      expect(ids(await search('traff', 'en'))).toEqual(['en']);
      expect(ids(await search('labor exploitaton', 'en'))).toEqual(['labour']);
    });

    it('drops stop words but keeps a query made only of them exact', async () => {
      const search = await searchIn([
        aResource({ id: 'guide', title: { en: 'The guide to trafficking' } }),
        aResource({ id: 'theory', title: { en: 'Theory of change' } }),
      ]);
      expect(ids(await search('the trafficking of', 'en'))).toEqual(['guide']);
      // "the" alone neither matches the dropped stop word nor "theory" as a prefix.
      expect(ids(await search('the', 'en'))).toEqual([]);
    });

    it('needs every word, but falls back to any word when nothing has them all', async () => {
      const search = await searchIn([
        aResource({ id: 'both', title: { en: 'Hotline for farm workers' } }),
        aResource({ id: 'hotline', title: { en: 'Hotline for children' } }),
        aResource({ id: 'farm', title: { en: 'Farm work rights' } }),
      ]);
      expect(ids(await search('hotline farm', 'en'))).toEqual(['both']);
      const fallback = await search('hotline tractor', 'en');
      expect(ids(fallback).sort()).toEqual(['both', 'hotline']);
    });

    it('finds hotlines by their number', async () => {
      const hotline = (id: string, phone: string) => aResource({
        id, type: 'hotline', title: { en: `Helpline ${id}` }, hotline: { phone, hours: { en: '24/7' }, languages: ['en'] },
      });
      const search = await searchIn([hotline('missing', '116 000'), hotline('victims', '116 006'), hotline('emergency', '112')]);
      expect(ids(await search('116 000'))).toEqual(['missing']);
      expect(ids(await search('116000'))).toEqual(['missing']);
      expect(ids(await search('116')).sort()).toEqual(['missing', 'victims']);
    });
  });

  describe('resource search: order and paging', () => {
    it('lists newest first without q, ties broken by id, with paging and totals', async () => {
      const search = await searchIn([
        aResource({ id: 'bb', published: '2025-01-01' }), aResource({ id: 'aa', published: '2025-01-01' }),
        aResource({ id: 'cc', published: '2026-06-01' }), aResource({ id: 'dd', published: '2019-01-01' }),
      ]);
      expect(ids(await search(undefined))).toEqual(['cc', 'aa', 'bb', 'dd']);
      const store = await backend.fresh();
      await store.putMany({ resources: ['xx', 'yy', 'zz'].map((id) => aResource({ id })) });
      const second = await store.resources.search({}, { page: 2, pageSize: 2 }, 'en');
      expect([ids(second), second.total]).toEqual([['zz'], 3]);
    });

    it('returns copies, so editing a result cannot change the next (cached) search', async () => {
      const search = await searchIn([aResource({ id: 'only', title: { en: 'Original' } })]);
      const first = await search(undefined);
      first.items[0]!.title.en = 'Changed';
      first.facets.type.guide = 99;
      const again = await search(undefined);
      expect(again.items[0]!.title.en).toBe('Original');
      expect(again.facets.type).toEqual({ guide: 1 });
    });
  });
});

describe('resource search snapshots', () => {
  it('breaks equal scores by id, whatever order the backend returns rows in', async () => {
    const twins = ['m', 'k', 'z', 'a'].map((id) => aResource({ id, title: { en: 'Identical guide' } }));
    const forward = await searchSnapshot(await createSnapshot(twins), { q: 'guide' }, page, 'en');
    const backward = await searchSnapshot(await createSnapshot([...twins].reverse()), { q: 'guide' }, page, 'en');
    expect(ids(forward)).toEqual(['a', 'k', 'm', 'z']);
    expect(backward).toEqual(forward);
  });
});
