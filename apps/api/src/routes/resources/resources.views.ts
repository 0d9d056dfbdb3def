/** Resources as the read API returns them. */
import {
  resolveText, type EuLanguage, type OrganisationRef, type OrganisationRefView, type Resource,
  type ResourceView,
} from '@thb/schema';
import type { ResourceFilter } from '@thb/store';

/**
 * A resource with its texts in one language and its publisher's name resolved.
 * @example toResourceView(resource, 'de', names).publisher.name // 'Europäische Kommission'
 */
export function toResourceView(
  resource: Resource,
  language: EuLanguage,
  publisherOf: (ref: OrganisationRef) => OrganisationRefView,
): ResourceView {
  const { hotline, ...rest } = resource;
  const view: ResourceView = {
    ...rest,
    title: resolveText(resource.title, language),
    summary: resolveText(resource.summary, language),
    publisher: publisherOf(resource.publisher),
  };
  if (hotline) view.hotline = { ...hotline, hours: resolveText(hotline.hours, language) };
  return view;
}

/** The store filter for validated resource query parameters. */
export function resourceFilter(query: ResourceFilter): ResourceFilter {
  const { q, type, topic, language, country, audience } = query;
  return { q, type, topic, language, country, audience };
}
