/**
 * The language a message is written in, and the one to answer in. The page's locale counts
 * unless the message is clearly written in another language (a Spanish question on an English
 * page is Spanish); the answer is in that language when we have answers in it, else in English,
 * the fallback, while the detected language stays known (the emergency answer has all 24).
 */
import { isEuLanguage } from '@thb/schema/localized';
import type { LanguageScores } from './detection/vocabulary-detector.ts';

export type { LanguageScores } from './detection/vocabulary-detector.ts';

/** How a message's language was decided. */
export interface LanguageChoice {
  /** The language the message is written in, any language detection knows; undefined when nothing tells. */
  detected: string | undefined;
  /**
   * The language to read and answer in, one we have answers in: `detected` if we do, English
   * (the first supported) if we do not, and undefined when nothing tells (then the caller reads
   * the message in every language and answers in the one that fits best).
   */
  answer: string | undefined;
}

/** How much more evidence (in distinctive words) another language needs to override the page's. */
const CLEAR_LEAD = 0.75;

/** The primary language subtag of a BCP 47 locale, lower-cased (`de-AT` → `de`). */
function localeLanguage(locale: string | undefined): string | undefined {
  return locale?.trim().split(/[-_]/)[0]?.toLowerCase() || undefined;
}

/**
 * Chooses the detected and the answer language; `supported` lists the languages with answers,
 * the fallback first.
 * @example chooseLanguage('de-AT', [{ code: 'es', score: 3 }], ['en', 'de', 'fr']) // { detected: 'es', answer: 'en' }
 */
export function chooseLanguage(locale: string | undefined, detected: LanguageScores, supported: readonly string[]): LanguageChoice {
  const fromLocale = localeLanguage(locale);
  const [top, second] = detected;
  let language: string | undefined;
  if (fromLocale && (supported.includes(fromLocale) || isEuLanguage(fromLocale))) {
    // The page's language unless the text clearly says another: its lead must be clear, and the
    // page's language must have far less evidence ("what is trafficking" on a German page is English).
    const localeScore = detected.find((entry) => entry.code === fromLocale)?.score ?? 0;
    const clearlyOther = top !== undefined && top.code !== fromLocale && top.score - localeScore >= CLEAR_LEAD;
    language = clearlyOther ? top.code : fromLocale;
  } else if (top && (!second || top.score > second.score)) {
    language = top.code;
  } else if (top && !supported.includes(top.code)) {
    // A tie between languages we have no answers in ("ahoj": Czech or Slovak) still says more
    // than nothing to the emergency answer; the answer itself is English either way.
    return { detected: top.code, answer: supported.includes(second!.code) ? undefined : supported[0] };
  }
  if (language === undefined) return { detected: undefined, answer: undefined };
  return { detected: language, answer: supported.includes(language) ? language : supported[0] };
}

/** The region a locale names, e.g. `de-AT` → `AT`. */
export function localeRegion(locale: string | undefined): string | undefined {
  if (!locale) return undefined;
  try {
    return new Intl.Locale(locale.replace('_', '-')).region;
  } catch {
    return undefined;
  }
}
