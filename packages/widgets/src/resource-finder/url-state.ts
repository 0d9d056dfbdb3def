/**
 * The `sync-url` option: the finder's query lives in the page URL (`?thb-q=…&thb-type=guide`),
 * so a search can be bookmarked and shared. Parameters are prefixed to stay clear of the host
 * page's own.
 */

/** The facets a visitor can filter by, in the order they are shown. */
export const FILTERS = ['type', 'topic', 'language', 'country', 'audience'] as const;
/** One of the facet filters. */
export type Filter = (typeof FILTERS)[number];

/** Everything that decides which results are shown. */
export interface FinderState extends Partial<Record<Filter, string>> {
  q?: string;
  page?: number;
}

const PREFIX = 'thb-';

/**
 * The finder state a URL carries.
 * @example readUrlState('?thb-q=guide&thb-page=2&other=1') // { q: 'guide', page: 2 }
 */
export function readUrlState(search: string): FinderState {
  const params = new URLSearchParams(search);
  const state: FinderState = {};
  for (const key of ['q', ...FILTERS] as const) {
    const value = params.get(PREFIX + key);
    if (value) state[key] = value;
  }
  const page = Number(params.get(`${PREFIX}page`));
  if (Number.isInteger(page) && page > 1) state.page = page;
  return state;
}

/**
 * `href` with the finder state written into it, leaving the page's other parameters alone.
 * @example writeUrlState('https://ngo.example/?lang=de', { q: 'guide' }) // 'https://ngo.example/?lang=de&thb-q=guide'
 */
export function writeUrlState(href: string, state: FinderState): string {
  const url = new URL(href);
  for (const key of ['q', ...FILTERS, 'page'] as const) {
    const value = state[key];
    if (value === undefined || value === '' || (key === 'page' && value === 1)) url.searchParams.delete(PREFIX + key);
    else url.searchParams.set(PREFIX + key, String(value));
  }
  return url.href;
}
