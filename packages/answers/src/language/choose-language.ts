/**
 * The language to answer in: the request's locale when we speak it, unless the message is
 * unmistakably written in another language we speak (an English question on a German page
 * gets an English answer); else the language the message looks written in.
 */

/** Scores from `TopicMatcher.detectLanguage`, best first. */
export type LanguageScores = readonly { code: string; score: number }[];

/** The detection score from which a message counts as clearly written in a language. */
const CLEAR_SCORE = 2;

/**
 * Chooses the answer language, or `undefined` when neither locale nor text tells (the caller
 * then reads the message in every language and answers in the one that fits best).
 * @example chooseLanguage('de-AT', [{ code: 'en', score: 4 }], ['en', 'de', 'fr']) // 'en'
 */
export function chooseLanguage(locale: string | undefined, detected: LanguageScores, supported: readonly string[]): string | undefined {
  const fromLocale = locale?.trim().split(/[-_]/)[0]?.toLowerCase();
  const top = detected[0];
  if (fromLocale && supported.includes(fromLocale)) {
    const localeScore = detected.find((entry) => entry.code === fromLocale)?.score ?? 0;
    const clearlyOther = top !== undefined && top.code !== fromLocale && top.score >= CLEAR_SCORE && localeScore === 0;
    return clearlyOther ? top.code : fromLocale;
  }
  const second = detected[1];
  return top && (!second || top.score > second.score) ? top.code : undefined;
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
