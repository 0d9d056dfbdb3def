/**
 * Resource search shared by every SQL backend: the store loads all resources, this engine
 * indexes them once per data version and ranks, filters, counts facets and pages in memory.
 * Results therefore never depend on how SQLite, PostgreSQL or D1 compare or sort text.
 */
import { primaryLanguage, type Resource, type ResourceFacets } from '@thb/schema';
import type { Paging, ResourceFilter, ResourceSearchResult } from '../repository.ts';
import { buildFacetTable, type FacetTable } from './facet-table.ts';
import { filterWithFacets } from './facets.ts';
import { rankedMatches, type RankingIndex, type SearchStats } from './ranking.ts';
import { buildResourceIndex } from './resource-index.ts';

/** An index over the resources of one data version; resources are referred to by position. */
export interface Snapshot extends RankingIndex {
  resources: Resource[];
  positions: Map<string, number>;
  facets: FacetTable;
  newestFirst: number[];
  /** Recent rankings by language and q, most recent last: paging and facet clicks reuse them. */
  rankings: Map<string, Promise<Uint32Array>>;
  /** Recent filtered results with facets, by language, q and filters: repeated views cost nothing. */
  results: Map<string, Promise<{ matches: Uint32Array; facets: ResourceFacets }>>;
}

/** How many rankings and results a snapshot keeps (each at most 200 KB for 50,000 resources). */
const KEPT = 64;

/** A least-recently-used cache lookup on a Map, which keeps insertion order. */
function remember<V>(cache: Map<string, V>, key: string, compute: () => V): V {
  let value = cache.get(key);
  if (value === undefined) value = compute();
  else cache.delete(key);
  cache.set(key, value);
  if (cache.size > KEPT) cache.delete(cache.keys().next().value!);
  return value;
}

/** Where the engine gets its data: every resource, and the version that says when to reload. */
export interface ResourceSource {
  loadAll(): Promise<Resource[]>;
  dataVersion(): Promise<number>;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Builds the snapshot of one data version. */
export async function createSnapshot(loaded: readonly Resource[]): Promise<Snapshot> {
  // Sorting by id first makes positions, and so every tie, independent of the backend's row order.
  const resources = [...loaded].sort(byId);
  const newestFirst = resources
    .map((_, position) => position)
    .sort((a, b) => {
      const [x, y] = [resources[a]!.published, resources[b]!.published];
      return x < y ? 1 : x > y ? -1 : a - b;
    });
  const { index, vocabulary } = await buildResourceIndex(resources);
  return {
    index,
    vocabulary,
    sortedVocabulary: [...vocabulary.keys()].sort(),
    documentCount: resources.length,
    resources,
    positions: new Map(resources.map((resource, position) => [resource.id, position])),
    facets: buildFacetTable(resources),
    newestFirst,
    rankings: new Map(),
    results: new Map(),
  };
}

/**
 * Searches one snapshot: rank or order, filter, count facets, then cut out the page. `stats`
 * receives the work of a ranking that was not cached.
 */
export async function searchSnapshot(
  snapshot: Snapshot,
  filter: ResourceFilter,
  paging: Paging,
  requestLanguage: string,
  stats?: SearchStats,
): Promise<ResourceSearchResult> {
  // `de-AT` searches as `de`: stemmers, stop words and boosts are per primary language.
  const language = primaryLanguage(requestLanguage);
  const q = filter.q?.trim() ?? '';
  const { type, topic, language: inLanguage, country, audience } = filter;
  const key = JSON.stringify([q === '' ? '' : language, q, type, topic, inLanguage, country, audience]);
  // Promises are cached, so a query asked again while it is being ranked waits for that ranking.
  const { matches, facets } = await remember(snapshot.results, key, async () => {
    const candidates = q
      ? await remember(snapshot.rankings, `${language} ${q}`, async () => Uint32Array.from(await rankedMatches(snapshot, q, language, stats)))
      : snapshot.newestFirst;
    const result = filterWithFacets(snapshot.facets, candidates, filter);
    return { matches: Uint32Array.from(result.matches), facets: result.facets };
  });
  const start = (paging.page - 1) * paging.pageSize;
  // Copies, so a caller that edits a result cannot change the cached snapshot.
  const items = [...matches.subarray(start, start + paging.pageSize)].map((p) => structuredClone(snapshot.resources[p]!));
  return { items, total: matches.length, facets: structuredClone(facets) };
}

/**
 * A search engine that rebuilds its snapshot when the data version changes. The version is
 * read before loading, so a write racing the load only causes one more rebuild, never a stale index.
 * @example const engine = createResourceSearch(source); await engine.search({ q: 'hotline' }, { page: 1, pageSize: 20 }, 'en');
 */
export function createResourceSearch(source: ResourceSource) {
  let cached: { version: number; snapshot: Promise<Snapshot> } | undefined;
  async function snapshot(): Promise<Snapshot> {
    const version = await source.dataVersion();
    if (cached?.version !== version) {
      const building = source.loadAll().then(createSnapshot);
      cached = { version, snapshot: building };
      // A failed build must not be cached for the version; the next search tries again.
      building.catch(() => {
        if (cached?.snapshot === building) cached = undefined;
      });
    }
    return cached.snapshot;
  }
  return {
    /** Searches resources in the current data version. */
    async search(filter: ResourceFilter, paging: Paging, language: string): Promise<ResourceSearchResult> {
      return searchSnapshot(await snapshot(), filter, paging, language);
    },
    /** Builds the index now (at start-up) instead of on the first search. */
    async warm(): Promise<void> {
      await snapshot();
    },
  };
}

/** The engine returned by {@link createResourceSearch}. */
export type ResourceSearch = ReturnType<typeof createResourceSearch>;
