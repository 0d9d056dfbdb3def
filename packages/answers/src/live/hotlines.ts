/** Hotlines for a country (its own first, then EU-wide ones such as 112 and 116 000). */
import type { ChatItem, Resource } from '@thb/schema';
import { WHOLE_EU } from '@thb/schema/enums';
import type { PlatformStore } from '@thb/store';
import { countryName } from '@thb/text';
import type { LiveContext } from './live-context.ts';
import { fillTemplate } from '@thb/text';
import { organisationNames, resourceView } from './views.ts';

/** How many hotlines an answer lists: a phone screen, not a directory. */
const MAX_HOTLINES = 4;

/**
 * Lower ranks first: the country's own hotlines, then 112 (the answer to any danger), then lines
 * for victims, then the rest (such as child helplines). Ties keep the store's order.
 */
function hotlineRank(resource: Resource, country: string | undefined): number {
  if (country !== undefined && resource.countries.includes(country)) return 0;
  if (resource.hotline?.phone === '112') return 1;
  return resource.audience.includes('victims') ? 2 : 3;
}

/** The hotlines that apply in a country (or EU-wide ones without a country), national first. */
export async function findHotlines(store: PlatformStore, country: string | undefined, language: string): Promise<Resource[]> {
  const result = await store.resources.search({ type: 'hotline', country: country ?? WHOLE_EU }, { page: 1, pageSize: 50 }, language);
  return [...result.items].sort((a, b) => hotlineRank(a, country) - hotlineRank(b, country)).slice(0, MAX_HOTLINES);
}

/** The visitor's country: one named in the message, else the locale's region. */
export function visitorCountry(context: Pick<LiveContext, 'entities' | 'localeCountry'>): string | undefined {
  return context.entities.countries[0] ?? context.localeCountry;
}

/** Lines listing hotlines, with a heading naming the country when there is one, and their items. */
export async function hotlineBlock(context: LiveContext, country: string | undefined): Promise<{ text: string; items: ChatItem[] }> {
  const { store, language } = context;
  const strings = language.pack.strings;
  const hotlines = await findHotlines(store, country, language.code);
  if (hotlines.length === 0) return { text: '', items: [] };
  const names = await organisationNames(store, hotlines.map((h) => h.publisher), language.code);
  const views = hotlines.map((resource) => resourceView(resource, language.code, names));
  const heading = country
    ? fillTemplate(strings.hotlinesInCountry, { in: inCountry(country, language.code, strings) })
    : strings.hotlinesIntro;
  const lines = views.map((view) =>
    fillTemplate(strings.hotlineLine, { name: view.title, phone: view.hotline?.phone ?? '', hours: view.hotline?.hours ?? '' }));
  return { text: [heading, ...lines].join('\n'), items: views.map((resource) => ({ kind: 'resource', resource })) };
}

/** " in Belgium", " aux Pays-Bas": the pack's phrase for being in a country. */
export function inCountry(code: string, language: string, strings: LiveContext['language']['pack']['strings']): string {
  return strings.inCountryOverrides?.[code] ?? fillTemplate(strings.inCountry, { country: countryName(code, language) });
}
