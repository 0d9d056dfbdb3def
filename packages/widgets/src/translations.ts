/**
 * The widgets' translations as one list: every catalogue part (shared strings, focus areas and
 * each element's own), the review status of each language, and the few values that may stay as
 * in English. Read by the catalogue test and by `pnpm i18n:coverage`; not part of any bundle.
 *
 * To mark a language reviewed, replace its `machine` with the reviewer's organisation and the
 * date (docs/translating.md).
 */
import type { EuLanguage } from '@thb/schema/enums';
import type { CatalogueSource, ReviewStatus, SameAsEnglish } from '@thb/text/catalogues';
import { chatOwnStrings } from './chat/chat.strings.ts';
import { eventListOwnStrings } from './event-list/event-list.strings.ts';
import { commonStrings } from './internal/common.strings.ts';
import { focusStrings } from './internal/focus.strings.ts';
import type { CataloguePart } from './internal/strings.ts';
import { memberMapOwnStrings } from './member-map/member-map.strings.ts';
import { quickExitOwnStrings } from './quick-exit/quick-exit.strings.ts';
import { resourceFinderOwnStrings } from './resource-finder/resource-finder.strings.ts';

const MACHINE: ReviewStatus = { status: 'machine' };

/**
 * Review status of the widgets' strings per language. English is the source text. German and
 * French were written with the first widgets by the development team, not by native-speaker
 * reviewers, and the other 21 were machine-translated (December 2026): all `machine` until a
 * native speaker has reviewed them.
 */
export const WIDGET_REVIEWS: Record<Exclude<EuLanguage, 'en'>, ReviewStatus> = {
  bg: MACHINE, cs: MACHINE, da: MACHINE, de: MACHINE, el: MACHINE, es: MACHINE, et: MACHINE, fi: MACHINE,
  fr: MACHINE, ga: MACHINE, hr: MACHINE, hu: MACHINE, it: MACHINE, lt: MACHINE, lv: MACHINE, mt: MACHINE,
  nl: MACHINE, pl: MACHINE, pt: MACHINE, ro: MACHINE, sk: MACHINE, sl: MACHINE, sv: MACHINE,
};

/** Values legitimately the same as English in some languages; every other one must differ. */
export const SAME_AS_ENGLISH: readonly SameAsEnglish[] = [
  { key: 'email', languages: ['cs', 'da', 'fr', 'hu', 'it', 'nl', 'pl', 'ro', 'sk'], reason: '“E-mail” is the usual word in these languages' },
  { key: 'format.online', languages: ['cs', 'da', 'de', 'hu', 'it', 'nl', 'pl', 'ro', 'sk'], reason: 'a loanword, the usual one in these languages' },
  { key: 'type.video', languages: ['cs', 'da', 'de', 'et', 'fi', 'it', 'lv', 'nl', 'sk', 'sv'], reason: 'the same word in these languages' },
  { key: 'kind.webinar', languages: ['da', 'de', 'hr', 'mt', 'nl', 'pt', 'ro'], reason: 'a loanword, the usual one in these languages' },
  { key: 'format', languages: ['de', 'fr', 'mt'], reason: 'the same word in these languages' },
  { key: 'format.hybrid', languages: ['da', 'de', 'sv'], reason: 'the same word in these languages' },
  { key: 'scope.international', languages: ['da', 'de'], reason: 'the same word in these languages' },
  { key: 'scope.national', languages: ['da', 'de'], reason: 'the same word in these languages' },
  { key: 'scope.local', languages: ['es', 'pt'], reason: 'the same word in these languages' },
  { key: 'season.winter', languages: ['de', 'nl'], reason: 'the same word in these languages' },
  { key: 'website', languages: ['de', 'nl'], reason: 'a loanword, the usual one in these languages' },
  { key: 'type.website', languages: ['de', 'nl'], reason: 'a loanword, the usual one in these languages' },
  { key: 'type.toolkit', languages: ['de', 'nl'], reason: 'a loanword, the usual one in these languages' },
  { key: 'type.hotline', languages: ['de'], reason: 'a loanword, the usual one in German' },
  { key: 'kind.training', languages: ['nl'], reason: 'a loanword, the usual one in Dutch' },
  { key: 'type.training', languages: ['nl'], reason: 'a loanword, the usual one in Dutch' },
  { key: 'organisations', languages: ['da', 'fr', 'sv'], reason: 'the same word in these languages' },
  { key: 'list', languages: ['fr'], reason: '“Organisations” is French too' },
  { key: 'conversation', languages: ['fr'], reason: 'the same word in French' },
  { key: 'topic.identification', languages: ['fr'], reason: 'the same word in French' },
  { key: 'type', languages: ['da', 'fr'], reason: 'the same word in these languages' },
  { key: 'type.guide', languages: ['fr'], reason: 'the same word in French' },
  { key: 'send', languages: ['da'], reason: 'the same word in Danish' },
  { key: 'languages', languages: ['it'], reason: '“In {languages}” is Italian too (“In italiano”)' },
];

/** The widgets' catalogue parts by report name. */
const PARTS: Record<string, CataloguePart<string>> = {
  'widgets: shared strings': commonStrings,
  'widgets: focus areas': focusStrings,
  'widgets: quick exit': quickExitOwnStrings,
  'widgets: chat': chatOwnStrings,
  'widgets: event list': eventListOwnStrings,
  'widgets: member map': memberMapOwnStrings,
  'widgets: resource finder': resourceFinderOwnStrings,
};

/**
 * Every widget catalogue part with all its languages loaded, for checks and reports.
 * @example for (const source of await catalogues()) console.log(source.name, Object.keys(source.languages));
 */
export async function catalogues(): Promise<CatalogueSource[]> {
  return Promise.all(Object.entries(PARTS).map(async ([name, part]) => {
    const loaded = await Promise.all(Object.entries(part.load).map(async ([language, load]) => [language, (await load()).default] as const));
    return {
      name,
      english: part.en,
      languages: Object.fromEntries(loaded) as Record<string, Record<string, string>>,
      reviews: WIDGET_REVIEWS,
      sameAsEnglish: SAME_AS_ENGLISH,
    };
  }));
}
