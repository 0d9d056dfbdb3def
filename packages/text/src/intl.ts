/**
 * `Intl` formatters and names, made once per locale and options and then kept: building one
 * costs far more than using it, and a list or an answer formats many dates and names. Shared by
 * the answer engine, the API's calendar and the widgets, so every EU language comes from `Intl`.
 *
 * @example countryName('DE', 'fr') // 'Allemagne'
 */
const cache = new Map<string, unknown>();

function cached<T>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    // Locales and option sets are few; the bound only guards against unexpected growth.
    if (cache.size < 500) cache.set(key, value);
  }
  return value;
}

/** A date formatter for a locale and options. */
export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(`date|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
}

/** A number formatter for a locale. */
export function numberFormat(locale: string): Intl.NumberFormat {
  return cached(`number|${locale}`, () => new Intl.NumberFormat(locale));
}

/** Plural rules of a language. */
export function pluralRules(language: string): Intl.PluralRules {
  return cached(`plural|${language}`, () => new Intl.PluralRules(language));
}

/**
 * Sorts strings as people of `language` expect (accents, case), e.g. country names.
 * @example ['Österreich', 'Zypern', 'Belgien'].sort(collator('de').compare)
 */
export function collator(language: string): Intl.Collator {
  return cached(`collator|${language}`, () => new Intl.Collator(language, { sensitivity: 'base' }));
}

function displayNames(language: string, type: 'region' | 'language'): Intl.DisplayNames {
  return cached(`${type}|${language}`, () => new Intl.DisplayNames([language, 'en'], { type, fallback: 'code' }));
}

/**
 * A country's name in a language (`EU` is the European Union); the code itself when `Intl`
 * does not know it or the language tag is malformed.
 * @example countryName('RO', 'fr') // 'Roumanie'
 */
export function countryName(code: string, language: string): string {
  try {
    return displayNames(language, 'region').of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * A language's name in a language.
 * @example languageName('de', 'en') // 'German'
 */
export function languageName(code: string, language: string): string {
  try {
    return displayNames(language, 'language').of(code) ?? code;
  } catch {
    return code;
  }
}
