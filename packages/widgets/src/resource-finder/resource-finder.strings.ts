/** The resource finder's UI strings; types, topics and audiences are listed per value, as data. */
import { withCommon, type CommonKey } from '../internal/common.strings.ts';
import type { Audience, FocusArea, ResourceTopic, ResourceType } from '@thb/schema/enums';
import { FOCUS_AREA_VALUES, focusStrings, type FocusKey } from '../internal/focus.strings.ts';
import { valuesOf } from '../internal/strings.ts';

/** Keys of the resource finder strings. */
export type ResourceFinderKey = keyof typeof en | FocusKey | CommonKey;

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

/** Resource finder strings in English, German and French; more EU languages are added as data. */
export const resourceFinderStrings = withCommon(focusStrings, {
  en,
  de: {
    label: 'Materialien finden',
    search: 'Materialien durchsuchen',
    type: 'Art', topic: 'Thema', language: 'Sprache', country: 'Land', audience: 'Für',
    all: 'Alle',
    'type.guide': 'Leitfaden', 'type.report': 'Bericht', 'type.toolkit': 'Toolkit', 'type.legislation': 'Rechtsvorschrift',
    'type.hotline': 'Hotline', 'type.training': 'Schulung', 'type.video': 'Video', 'type.website': 'Website',
    'topic.identification': 'Identifizierung', 'topic.prevention': 'Prävention', 'topic.victim-support': 'Opferunterstützung',
    'topic.prosecution': 'Strafverfolgung', 'topic.compensation': 'Entschädigung', 'topic.online-exploitation': 'Ausbeutung im Internet',
    'topic.policy': 'Politik', 'topic.research': 'Forschung',
    'audience.victims': 'Betroffene', 'audience.practitioners': 'Fachleute', 'audience.public': 'Allgemeine Öffentlichkeit',
    'audience.policy-makers': 'Politik und Verwaltung', 'audience.children': 'Kinder',
    'results.one': '{count} Material gefunden',
    'results.other': '{count} Materialien gefunden',
    noResults: 'Keine Materialien passen zu Ihrer Suche.',
    dropFilter: 'Ohne „{filter}“',
    clearSearch: 'Ohne die Wörter „{q}“',
    call: '{phone} anrufen',
    hours: 'Erreichbar: {hours}',
    publisher: 'Herausgegeben von {name}',
    appliesTo: 'Gilt für {countries}',
  },
  fr: {
    label: 'Trouver des ressources',
    search: 'Rechercher des ressources',
    type: 'Type', topic: 'Thème', language: 'Langue', country: 'Pays', audience: 'Pour',
    all: 'Tous',
    'type.guide': 'Guide', 'type.report': 'Rapport', 'type.toolkit': 'Boîte à outils', 'type.legislation': 'Législation',
    'type.hotline': 'Ligne d’assistance', 'type.training': 'Formation', 'type.video': 'Vidéo', 'type.website': 'Site web',
    'topic.identification': 'Identification', 'topic.prevention': 'Prévention', 'topic.victim-support': 'Soutien aux victimes',
    'topic.prosecution': 'Poursuites', 'topic.compensation': 'Indemnisation', 'topic.online-exploitation': 'Exploitation en ligne',
    'topic.policy': 'Politiques publiques', 'topic.research': 'Recherche',
    'audience.victims': 'Victimes', 'audience.practitioners': 'Professionnels', 'audience.public': 'Grand public',
    'audience.policy-makers': 'Décideurs politiques', 'audience.children': 'Enfants',
    'results.one': '{count} ressource trouvée',
    'results.other': '{count} ressources trouvées',
    noResults: 'Aucune ressource ne correspond à votre recherche.',
    dropFilter: 'Sans « {filter} »',
    clearSearch: 'Sans les mots « {q} »',
    call: 'Appeler le {phone}',
    hours: 'Horaires : {hours}',
    publisher: 'Publié par {name}',
    appliesTo: 'Concerne {countries}',
  },
} satisfies { en: typeof en } & Record<string, Record<keyof typeof en, string>>);
