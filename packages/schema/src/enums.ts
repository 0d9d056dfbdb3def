/**
 * The platform's closed vocabularies as plain constant arrays, with no zod in them, so that
 * browser bundles can import them (`@thb/schema/enums`) without paying for a validator.
 */

/** The 24 official languages of the EU (ISO 639-1). Content may exist in any of them. */
export const EU_LANGUAGES = [
  'bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr',
  'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv',
] as const;
/** An official EU language code. */
export type EuLanguage = (typeof EU_LANGUAGES)[number];

/** The language every text must exist in, and the one shown when a translation is missing. */
export const FALLBACK_LANGUAGE = 'en' satisfies EuLanguage;

/** Languages the UI strings and the knowledge base are translated into today; more are data. */
export const UI_LANGUAGES = ['en', 'de', 'fr'] as const satisfies readonly EuLanguage[];

/** The 27 EU member states (ISO 3166-1 alpha-2; Greece is `GR` here, not the EU's `EL`). */
export const EU_COUNTRIES = [
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU',
  'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK',
] as const;

/** `EU` is reserved in ISO 3166-1 for the European Union: a resource that applies EU-wide. */
export const WHOLE_EU = 'EU';

/** How far an organisation's work reaches. */
export const SCOPES = ['local', 'national', 'european', 'international'] as const;
export type Scope = (typeof SCOPES)[number];

/** The platform's fields of work, then the forms of exploitation (Directive 2011/36/EU as amended by 2024/1712). */
export const FOCUS_AREAS = [
  'human-rights',
  'children-rights',
  'women-rights',
  'gender-equality',
  'migrant-rights',
  'victim-protection',
  'sexual-exploitation',
  'labour-exploitation',
  'forced-begging',
  'forced-criminal-activities',
  'organ-removal',
  'forced-marriage',
  'illegal-adoption',
  'surrogacy-exploitation',
] as const;
export type FocusArea = (typeof FOCUS_AREAS)[number];

/** What kind of thing a resource is. A `hotline` also carries a phone number and opening hours. */
export const RESOURCE_TYPES = [
  'guide', 'report', 'toolkit', 'legislation', 'hotline', 'training', 'video', 'website',
] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number];

/** Subjects a resource is about; the focus areas plus the stages of anti-trafficking work. */
export const RESOURCE_TOPICS = [
  ...FOCUS_AREAS,
  'identification',
  'prevention',
  'victim-support',
  'prosecution',
  'compensation',
  'online-exploitation',
  'policy',
  'research',
] as const;
export type ResourceTopic = (typeof RESOURCE_TOPICS)[number];

/** Who a resource is written for. */
export const AUDIENCES = ['victims', 'practitioners', 'public', 'policy-makers', 'children'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** What kind of gathering an event is. */
export const EVENT_KINDS = ['platform-meeting', 'webinar', 'training', 'conference'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** Whether an event will happen as announced. */
export const EVENT_STATUSES = ['confirmed', 'tentative', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** How exactly an event's date is known: "tentatively planned for autumn" is `season`. */
export const DATE_PRECISIONS = ['day', 'month', 'season'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** Where people take part in an event. */
export const EVENT_FORMATS = ['in-person', 'online', 'hybrid'] as const;
export type EventFormat = (typeof EVENT_FORMATS)[number];

/** Which events a list shows: upcoming ones (not yet ended), past ones, or both (upcoming first). */
export const EVENT_WHEN = ['upcoming', 'past', 'all'] as const;
export type EventWhen = (typeof EVENT_WHEN)[number];

/** The chatbot's topics, as the product brief lists them; every answer reports one of these. */
export const CHAT_TOPICS = [
  'what-is-trafficking',
  'forms-of-exploitation',
  'signs-of-trafficking',
  'get-help',
  'report-suspicion',
  'victim-rights',
  'child-victims',
  'about-platform',
  'who-can-join',
  'how-to-join',
  'platform-meetings',
  'next-event',
  'find-members',
  'find-resources',
  'eu-policy',
  'privacy',
  'contact',
  'support-the-cause',
  'emergency',
  'greeting',
  'fallback',
] as const;
export type ChatTopic = (typeof CHAT_TOPICS)[number];

/** What a webhook endpoint can subscribe to (issue 13); the store queues deliveries of these. */
export const WEBHOOK_EVENT_KINDS = [
  'member.created', 'member.changed', 'resource.published', 'event.published', 'event.changed', 'event.cancelled',
  'announcement.published',
] as const;
export type WebhookEventKind = (typeof WEBHOOK_EVENT_KINDS)[number];
