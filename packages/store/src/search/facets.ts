/**
 * Filters and facet counts in one pass. Each facet is counted over the resources that pass every
 * other active filter (and the query) but not its own, so a count says what picking it would give.
 * A country counts its own resources plus every EU-wide one, as the country filter matches both.
 */
import { EU_COUNTRIES, WHOLE_EU, type ResourceFacets } from '@thb/schema';
import type { ResourceFilter } from '../repository.ts';
import type { Facet, FacetRow, FacetTable } from './facet-table.ts';

const ALL_FACETS = 0b11111;

/** A filter translated to codes: undefined means "not filtered", -1 means "matches nothing". */
interface CodedFilter {
  type?: number; topic?: number; language?: number; audience?: number;
  country?: { code: number; wholeEu: boolean };
}

function encode(filter: ResourceFilter, table: FacetTable): CodedFilter {
  const coded: CodedFilter = {};
  if (filter.type !== undefined) coded.type = table.values.type.find(filter.type);
  if (filter.topic !== undefined) coded.topic = table.values.topic.find(filter.topic);
  if (filter.language !== undefined) coded.language = table.values.language.find(filter.language);
  if (filter.audience !== undefined) coded.audience = table.values.audience.find(filter.audience);
  if (filter.country !== undefined) {
    coded.country = { code: table.values.country.find(filter.country), wholeEu: filter.country === WHOLE_EU };
  }
  return coded;
}

/** Which facet filters a row fails, as bits in FACETS order (EU-wide resources apply in every country). */
function failedFacets(row: FacetRow, filter: CodedFilter): number {
  let failed = 0;
  if (filter.type !== undefined && row.type !== filter.type) failed |= 1;
  if (filter.topic !== undefined && !row.topic.includes(filter.topic)) failed |= 2;
  if (filter.language !== undefined && !row.language.includes(filter.language)) failed |= 4;
  const country = filter.country;
  if (country !== undefined && !(row.euWide || (!country.wholeEu && row.country.includes(country.code)))) failed |= 8;
  if (filter.audience !== undefined && !row.audience.includes(filter.audience)) failed |= 16;
  return failed;
}

/** Counters per facet value code; plain loops, since this runs for every candidate of every search. */
class Tally {
  readonly type: Uint32Array;
  readonly topic: Uint32Array;
  readonly language: Uint32Array;
  readonly country: Uint32Array;
  readonly countryAndEuWide: Uint32Array;
  readonly audience: Uint32Array;
  euWide = 0;

  constructor(private readonly table: FacetTable) {
    const size = (facet: Facet) => new Uint32Array(table.values[facet].values.length);
    this.type = size('type');
    this.topic = size('topic');
    this.language = size('language');
    this.country = size('country');
    this.countryAndEuWide = size('country');
    this.audience = size('audience');
  }

  /** Counts the row in the facets whose bits are set (all five for a full match). */
  add(row: FacetRow, facets: number): void {
    if (facets & 1) this.type[row.type]! += 1;
    if (facets & 2) for (const code of row.topic) this.topic[code]! += 1;
    if (facets & 4) for (const code of row.language) this.language[code]! += 1;
    if (facets & 8) {
      if (row.euWide) this.euWide += 1;
      for (const code of row.country) {
        this.country[code]! += 1;
        if (row.euWide) this.countryAndEuWide[code]! += 1;
      }
    }
    if (facets & 16) for (const code of row.audience) this.audience[code]! += 1;
  }

  /** Counts by value, keys in code-point order so every backend returns the same object. */
  toFacets(): ResourceFacets {
    const values = this.table.values;
    const named = (facet: Facet, counts: Uint32Array) =>
      [...counts].map((n, code) => [values[facet].values[code]!, n] as const);
    const sorted = (pairs: Iterable<readonly [string, number]>) =>
      Object.fromEntries([...pairs].filter(([, n]) => n > 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    const country = new Map<string, number>(this.euWide > 0 ? EU_COUNTRIES.map((c) => [c, this.euWide]) : []);
    for (const [code, value] of values.country.values.entries()) {
      const own = this.country[code]!;
      if (own > 0) country.set(value, own + this.euWide - this.countryAndEuWide[code]!);
    }
    if (this.euWide > 0) country.set(WHOLE_EU, this.euWide);
    return {
      type: sorted(named('type', this.type)), topic: sorted(named('topic', this.topic)),
      language: sorted(named('language', this.language)), country: sorted(country),
      audience: sorted(named('audience', this.audience)),
    };
  }
}

/**
 * Keeps the candidate positions that pass every filter (in their given order) and counts facets.
 * @example filterWithFacets(table, rankedPositions, { type: 'hotline', country: 'DE' })
 */
export function filterWithFacets(
  table: FacetTable,
  candidates: Iterable<number>,
  filter: ResourceFilter,
): { matches: number[]; facets: ResourceFacets } {
  const coded = encode(filter, table);
  const tally = new Tally(table);
  const matches: number[] = [];
  for (const position of candidates) {
    const row = table.rows[position]!;
    const failed = failedFacets(row, coded);
    if (failed === 0) {
      matches.push(position);
      tally.add(row, ALL_FACETS);
    } else if ((failed & (failed - 1)) === 0) {
      // Exactly one filter failed: the row counts for that facet only.
      tally.add(row, failed);
    }
  }
  return { matches, facets: tally.toFacets() };
}
