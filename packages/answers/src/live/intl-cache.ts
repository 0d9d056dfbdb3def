/**
 * Intl formatters, made once per locale and options: building one costs far more than using
 * it, and answers format a few dates and names each.
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

/** Region (country) names in a language. */
export function regionNames(language: string): Intl.DisplayNames {
  return cached(`region|${language}`, () => new Intl.DisplayNames([language], { type: 'region' }));
}

/** Plural rules of a language. */
export function pluralRules(language: string): Intl.PluralRules {
  return cached(`plural|${language}`, () => new Intl.PluralRules(language));
}
