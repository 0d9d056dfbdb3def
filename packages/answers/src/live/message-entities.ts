/**
 * What a message names that live answers can filter by: countries, a focus area, a resource
 * type or content language, an event kind, and the words left to search for.
 */
import type { EventKind, FocusArea, ResourceType } from '@thb/schema';
import { EU_LANGUAGES } from '@thb/schema/enums';
import { foldText } from '@thb/text';
import type { Language } from '../language/language.ts';
import { COUNTRY_TERM, type AnalyzedText } from '../matching/analyze.ts';
import type { TopicIndex } from '../matching/topic-index.ts';
import { KeywordTable } from './keywords.ts';

/** Forms of exploitation first: "children in forced begging" is about begging more than children. */
const FOCUS_PRIORITY: readonly FocusArea[] = [
  'sexual-exploitation', 'labour-exploitation', 'forced-begging', 'forced-criminal-activities', 'organ-removal',
  'forced-marriage', 'illegal-adoption', 'surrogacy-exploitation', 'children-rights', 'women-rights',
  'migrant-rights', 'gender-equality', 'human-rights', 'victim-protection',
];

/** What a message names. */
export interface MessageEntities {
  /** ISO codes of the countries named, in order ("French" counts, see `contentLanguage`). */
  countries: string[];
  focus: FocusArea | undefined;
  resourceType: ResourceType | undefined;
  /** A content language named ("guides in French"), and the countries named other than by it. */
  contentLanguage: string | undefined;
  countriesNotLanguages: string[];
  eventKind: EventKind | undefined;
  /** The message's words that are not filters or filler, for a full-text search. */
  searchWords: string[];
}

/** Reads entities with one language's keyword tables. */
export class EntityReader {
  readonly #focus: KeywordTable<FocusArea>;
  readonly #types: KeywordTable<ResourceType>;
  readonly #kinds: KeywordTable<EventKind>;
  readonly #noise: Set<string>;
  readonly #languageNames = new Map<string, string>();

  constructor(readonly language: Language) {
    const { pack } = language;
    this.#focus = new KeywordTable(pack.focusKeywords, language);
    this.#types = new KeywordTable(pack.resourceTypeKeywords, language);
    this.#kinds = new KeywordTable(pack.eventKindKeywords, language);
    this.#noise = new Set(pack.resourceSearchNoise.map((word) => language.stem(foldText(word))));
    const names = new Intl.DisplayNames([pack.code], { type: 'language' });
    for (const code of EU_LANGUAGES) {
      const name = names.of(code);
      if (name) this.#languageNames.set(foldText(name), code);
    }
  }

  /** The entities of a message analysed in this reader's language. */
  read(analysis: AnalyzedText, index: TopicIndex | undefined): MessageEntities {
    const resolved = index ? index.resolve(analysis.words).terms : [];
    const terms = new Set([...analysis.words.map((word) => word.term), ...resolved.map((weighted) => weighted.term)]);
    const focusFound = this.#focus.find(terms);
    const languageOf = (word: string) => this.#languageNames.get(word);
    const mentioned = [...analysis.words.map(({ word }) => word), ...analysis.countries.flatMap((c) => c.words)];
    const contentLanguage = mentioned.map(languageOf).find((code) => code !== undefined);
    const searchWords = analysis.words
      .filter(({ word, term }) => word !== COUNTRY_TERM && !this.#noise.has(term) && !this.#types.has(term))
      .filter(({ word }) => languageOf(word) === undefined)
      .map(({ word }) => word);
    return {
      countries: analysis.countries.map((mention) => mention.code),
      countriesNotLanguages: analysis.countries
        .filter((mention) => !mention.words.some((word) => languageOf(word)))
        .map((mention) => mention.code),
      focus: FOCUS_PRIORITY.find((focus) => focusFound.includes(focus)),
      resourceType: this.#types.find(terms)[0],
      contentLanguage,
      eventKind: this.#kinds.find(terms)[0],
      searchWords,
    };
  }
}
