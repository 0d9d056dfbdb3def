/** The resource finder's UI strings; types, topics and audiences are listed per value, as data. */
import { commonStrings, type CommonKey } from '../internal/common.strings.ts';
import type { Audience, FocusArea, ResourceTopic, ResourceType } from '@thb/schema/enums';
import { FOCUS_AREA_VALUES, focusStrings, type FocusKey } from '../internal/focus.strings.ts';
import { lazyCatalogue, valuesOf, type CataloguePart } from '../internal/strings.ts';

/** Keys of this element's own strings (the shared ones come from `common.strings.ts`). */
export type ResourceFinderOwnKey = keyof typeof en;

/** Keys of all the resource finder strings. */
export type ResourceFinderKey = ResourceFinderOwnKey | FocusKey | CommonKey;

const en = {
  label: 'Find resources',
  search: 'Search resources',
  type: 'Type', topic: 'Topic', language: 'Language', country: 'Country', audience: 'For',
  all: 'All',
  'type.guide': 'Guide', 'type.report': 'Report', 'type.toolkit': 'Toolkit', 'type.legislation': 'Legislation',
  'type.hotline': 'Hotline', 'type.training': 'Training', 'type.video': 'Video', 'type.website': 'Website',
  'topic.identification': 'Identification', 'topic.prevention': 'Prevention', 'topic.victim-support': 'Victim support',
  'topic.prosecution': 'Prosecution', 'topic.compensation': 'Compensation', 'topic.online-exploitation': 'Online exploitation',
  'topic.policy': 'Policy', 'topic.research': 'Research',
  'audience.victims': 'Victims', 'audience.practitioners': 'Practitioners', 'audience.public': 'General public',
  'audience.policy-makers': 'Policy-makers', 'audience.children': 'Children',
  'results.one': '{count} resource found',
  'results.other': '{count} resources found',
  noResults: 'No resources match your search.',
  dropFilter: 'Without “{filter}”',
  clearSearch: 'Without the words “{q}”',
  call: 'Call {phone}',
  hours: 'Opening hours: {hours}',
  publisher: 'Published by {name}',
  appliesTo: 'Applies to {countries}',
} satisfies Record<`type.${ResourceType}` | `audience.${Audience}` | `topic.${Exclude<ResourceTopic, FocusArea>}`, string> &
  Record<string, string>;

/** Facet values in catalogue order (the catalogue names every one of the schema's). */
export const FACET_ORDER = {
  type: valuesOf(en, 'type.'),
  topic: [...FOCUS_AREA_VALUES, ...valuesOf(en, 'topic.')],
  audience: valuesOf(en, 'audience.'),
};

/** Resource finder strings of this element only: English here, every further language in `strings/`. */
export const resourceFinderOwnStrings: CataloguePart<ResourceFinderOwnKey> = {
  en,
  load: {
    bg: () => import('./strings/bg.ts'),
    cs: () => import('./strings/cs.ts'),
    da: () => import('./strings/da.ts'),
    de: () => import('./strings/de.ts'),
    el: () => import('./strings/el.ts'),
    es: () => import('./strings/es.ts'),
    et: () => import('./strings/et.ts'),
    fi: () => import('./strings/fi.ts'),
    fr: () => import('./strings/fr.ts'),
    ga: () => import('./strings/ga.ts'),
    hr: () => import('./strings/hr.ts'),
    hu: () => import('./strings/hu.ts'),
    it: () => import('./strings/it.ts'),
    lt: () => import('./strings/lt.ts'),
    lv: () => import('./strings/lv.ts'),
    mt: () => import('./strings/mt.ts'),
    nl: () => import('./strings/nl.ts'),
    pl: () => import('./strings/pl.ts'),
    pt: () => import('./strings/pt.ts'),
    ro: () => import('./strings/ro.ts'),
    sk: () => import('./strings/sk.ts'),
    sl: () => import('./strings/sl.ts'),
    sv: () => import('./strings/sv.ts'),
  },
};

/** Resource finder strings with the shared ones, each language loaded on demand. */
export const resourceFinderStrings = lazyCatalogue(commonStrings, focusStrings, resourceFinderOwnStrings);
