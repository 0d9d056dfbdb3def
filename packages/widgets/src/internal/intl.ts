/** Names and dates from the browser's `Intl`, so every EU language comes for free. */

const names = new Map<string, Intl.DisplayNames>();

function displayNames(lang: string, type: 'region' | 'language'): Intl.DisplayNames {
  const key = `${lang}|${type}`;
  let value = names.get(key);
  if (!value) names.set(key, (value = new Intl.DisplayNames([lang, 'en'], { type, fallback: 'code' })));
  return value;
}

/**
 * A country's name in `lang`; `EU` is the European Union.
 * @example countryName('DE', 'fr') // 'Allemagne'
 */
export function countryName(code: string, lang: string): string {
  try {
    return displayNames(lang, 'region').of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * A language's name in `lang`.
 * @example languageName('de', 'en') // 'German'
 */
export function languageName(code: string, lang: string): string {
  try {
    return displayNames(lang, 'language').of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * A date such as "12 Mar 2026" in `lang`, for "last updated" lines.
 * @example formatDay('2026-03-12T10:00:00Z', 'de') // '12.03.2026'
 */
export function formatDay(iso: string, lang: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  // A formatter costs far more to create than to use: one per language, not one per row.
  let format = dayFormats.get(lang);
  if (!format) dayFormats.set(lang, (format = new Intl.DateTimeFormat(lang, { dateStyle: 'medium' })));
  return format.format(date);
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * Sorts strings as people of `lang` expect (accents, case), e.g. country names.
 * @example ['Österreich', 'Zypern', 'Belgien'].sort(collator('de').compare)
 */
export function collator(lang: string): Intl.Collator {
  let value = collators.get(lang);
  if (!value) collators.set(lang, (value = new Intl.Collator(lang, { sensitivity: 'base' })));
  return value;
}

const collators = new Map<string, Intl.Collator>();
