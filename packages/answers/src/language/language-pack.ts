/**
 * Everything the engine needs to know about one language, as data. Adding a language means
 * adding one pack (and the language's key in the knowledge entries); the engine itself has no
 * code path that names a language. Emergency rules are not here: the shared phrase table of
 * `@thb/text/emergency` holds them for all 24 EU languages, for the engine and the widget alike.
 */
import type { ChatTopic, EventKind, EventStatus, FocusArea, ResourceType, Season } from '@thb/schema';

/** A text with `{name}` placeholders, filled by `fillTemplate`. */
export type Template = string;

/** Plural forms chosen with `Intl.PluralRules` (`one`, `other`, and `few`/`many` where a language has them). */
export type PluralTemplate = Partial<Record<Intl.LDMLPluralRule, Template>> & { other: Template };

/** The sentences the engine composes answers from, per language. */
export interface AnswerStrings {
  /** Said when no topic fits well enough; followed by suggestions. */
  fallback: Template;
  /** Lists hotlines: `{count}` numbers follow. */
  hotlinesIntro: Template;
  /** Hotlines in a country: `{country}`. */
  hotlinesInCountry: Template;
  /** One hotline: `{name}`, `{phone}`, `{hours}`. */
  hotlineLine: Template;
  /** Introduces the next events. */
  nextEventsIntro: Template;
  /** No upcoming event is known. */
  noUpcomingEvents: Template;
  /** How an event's status reads: `{when}` is the date phrase. */
  eventStatus: Record<EventStatus, Template>;
  /** Date phrases: a day, a range of days, a month (`{date}` formatted), a season (`{season}`, `{year}`). */
  eventDate: { day: Template; range: Template; month: Template; season: Template };
  /** Season names, used in `eventDate.season`. */
  seasons: Record<Season, string>;
  /** Where an event happens: `{place}`. */
  eventPlace: { inPerson: Template; online: Template; hybrid: Template };
  /** Members found: `{count}`, `{where}` (a phrase like "in Romania" or empty). */
  membersFound: PluralTemplate;
  /** No member matches `{where}`. */
  noMembers: Template;
  /** Introduces members of the same country when none works on the subject asked about: `{where}`. */
  membersInstead: Template;
  /** One event: `{title}`, `{when}` (date and status), `{place}`. */
  eventLine: Template;
  /** One member: `{name}`, `{city}`. */
  memberLine: Template;
  /** One resource: `{title}`, `{url}`. */
  resourceLine: Template;
  /** " in {country}", with a leading space since it is appended. */
  inCountry: Template;
  /** Countries whose name needs another preposition or an article ("aux Pays-Bas"). */
  inCountryOverrides?: Readonly<Record<string, string>>;
  /** "working on {focus}" */
  onFocus: Template;
  /** Asks for a country or a subject when the message named neither. */
  membersAskFilter: Template;
  /** Points to the member map: `{url}`. */
  memberMapLink: Template;
  /** The member map without a configured URL. */
  memberMapNoUrl: Template;
  /** Resources found for the visitor's words. */
  resourcesFound: PluralTemplate;
  /** Nothing matched the words: `{query}`. */
  noResources: Template;
  /** Points to the resource finder: `{url}`. */
  resourceFinderLink: Template;
  /** The resource finder without a configured URL. */
  resourceFinderNoUrl: Template;
  /** Points to the event list: `{url}`. */
  eventListLink: Template;
  /** Labels a link line: `{label}`, `{url}`. */
  linkLine: Template;
  /** Names of the focus areas, for answers. */
  focusNames: Record<FocusArea, string>;
}

/** One language's resources for matching and answering. */
export interface LanguagePack {
  /** ISO 639-1 code, the key used in knowledge entries. */
  code: string;
  /** The locale dates are formatted in (`en-GB`: day-month order and a 24-hour clock for Europe). */
  dateLocale: string;
  /** Letters that (almost) only this language uses, a hint for detection. */
  distinctiveLetters: string;
  /** Question words ("when", "wann"): kept although stop lists drop them, yet alone they name no topic. */
  questionWords: readonly string[];
  /** Words the shared stop list drops that carry meaning in a chat ("Rechte", "danke"). */
  meaningfulStopWords: readonly string[];
  /** Filler words of chat language ("pls", "hey") dropped like stop words. */
  extraStopWords: readonly string[];
  /** Folded word or two-word phrase → the word(s) the knowledge base uses for it (spelling variants, slang). */
  synonyms: Readonly<Record<string, string>>;
  /**
   * Separable verbs: particle → verb form → joined verb ("bei" → "treten" → "beitreten"), for
   * languages that split them ("wie treten wir bei"); `clauseEnds` are words after which a
   * particle still ends its clause ("und", "oder").
   */
  separableVerbs?: { particles: Readonly<Record<string, Readonly<Record<string, string>>>>; clauseEnds: readonly string[] } | undefined;
  /**
   * Verbs that say what the visitor wants to do, whatever situation the message describes
   * ("…they seem exploited, where do I report it" wants to report, not to learn the signs).
   */
  intentWords?: Readonly<Partial<Record<ChatTopic, readonly string[]>>> | undefined;
  /**
   * Messages clearly outside the chat's subject (weather, cooking, sport). They teach the
   * matcher what "none of our topics" looks like, so such messages get the honest fallback.
   */
  outOfScopeExamples: readonly string[];
  /** Other names, adjectives and demonyms of countries → ISO code ("German", "Roumanie"). */
  countryForms: Readonly<Record<string, string>>;
  /** Words that name a focus area (matched on stems). */
  focusKeywords: Readonly<Record<FocusArea, readonly string[]>>;
  /** Words that name a resource type (matched on stems). */
  resourceTypeKeywords: Readonly<Record<ResourceType, readonly string[]>>;
  /** Words that name a kind of event ("webinar", "Schulung"), to list only those. */
  eventKindKeywords: Readonly<Record<EventKind, readonly string[]>>;
  /** Words that only say "I am looking for resources", removed before searching. */
  resourceSearchNoise: readonly string[];
  /** A short label per topic for suggestions; sending it back asks about that topic. */
  topicLabels: Readonly<Record<ChatTopic, string>>;
  /** Answer sentences. */
  strings: AnswerStrings;
}
