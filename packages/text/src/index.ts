/**
 * Edge-safe text processing shared by search, the answer engine, the API and the widgets (these
 * import the `@thb/text/intl` and `@thb/text/templates` subpaths, so no stemmer reaches a bundle).
 *
 * @example
 * import { tokenize, stem, isStopWord } from '@thb/text';
 * tokenize('Wo kann ich einen Verdacht melden?').filter((w) => !isStopWord(w, 'de')).map((w) => stem(w, 'de'));
 */
export { foldText, tokenize } from './normalize.ts';
export { STEMMED_LANGUAGES, stem } from './stem.ts';
export { isStopWord, stopWords } from './stop-words.ts';
export { collator, countryName, dateFormat, languageName, numberFormat, pluralRules } from './intl.ts';
export { fillPlural, fillTemplate, type PluralTemplates, type TemplateValues } from './templates.ts';
