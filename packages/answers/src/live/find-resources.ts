/** `find-resources`: resources matching the message's subject, type and language. */
import type { ChatItem, Resource } from '@thb/schema';
import type { ResourceFilter } from '@thb/store';
import type { LiveAnswer, LiveContext } from './live-context.ts';
import { fillPlural, fillTemplate } from '@thb/text';
import { organisationNames, resourceView } from './views.ts';

/** Resources listed at most; the resource finder shows the rest. */
const MAX_RESOURCES = 3;

/**
 * Searches with every filter the message gives, then loosens them one by one (type, then
 * language, then the words) so that a visitor always gets the closest resources there are.
 */
async function search(context: LiveContext): Promise<{ items: Resource[]; total: number; matchedWords: boolean }> {
  const { store, language, entities } = context;
  const q = entities.searchWords.join(' ') || undefined;
  const full: ResourceFilter = {
    q,
    type: entities.resourceType,
    language: entities.contentLanguage,
    country: entities.countriesNotLanguages[0],
  };
  const attempts: ResourceFilter[] = [
    full,
    { ...full, type: undefined },
    { ...full, type: undefined, language: undefined, country: undefined },
    { ...full, q: undefined },
  ];
  for (const filter of attempts) {
    const result = await store.resources.search(filter, { page: 1, pageSize: MAX_RESOURCES }, language.code);
    if (result.total > 0) return { ...result, matchedWords: q === undefined || filter.q !== undefined };
  }
  const newest = await store.resources.search({}, { page: 1, pageSize: MAX_RESOURCES }, language.code);
  return { ...newest, matchedWords: q === undefined };
}

/** The best-matching resources and a link to the resource finder. */
export async function answerFindResources(context: LiveContext): Promise<LiveAnswer> {
  const { store, language, entities, pages } = context;
  const strings = language.pack.strings;
  const finderLine = pages.resourceFinder
    ? fillTemplate(strings.resourceFinderLink, { url: pages.resourceFinder })
    : strings.resourceFinderNoUrl;
  const found = await search(context);
  if (found.items.length === 0) return { text: [context.staticAnswer, finderLine].join('\n\n'), items: [] };
  const names = await organisationNames(store, found.items.map((r) => r.publisher), language.code);
  const views = found.items.map((resource) => resourceView(resource, language.code, names));
  const heading = found.matchedWords
    ? fillPlural(strings.resourcesFound, found.total, language.code, {})
    : fillTemplate(strings.noResources, { query: entities.searchWords.join(' ') });
  const lines = views.map((resource) => fillTemplate(strings.resourceLine, { title: resource.title, url: resource.url }));
  const items: ChatItem[] = views.map((resource) => ({ kind: 'resource', resource }));
  return { text: [[heading, ...lines].join('\n'), finderLine].join('\n\n'), items };
}
