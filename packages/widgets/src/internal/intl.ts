/**
 * Names and dates from the browser's `Intl`, so every EU language comes for free. The cached
 * formatters are `@thb/text/intl`'s, shared with the API and the chat's answers.
 */
import { dateFormat } from '@thb/text/intl';

export { collator, countryName, languageName } from '@thb/text/intl';

/**
 * A date such as "12 Mar 2026" in `lang`, for "last updated" lines.
 * @example formatDay('2026-03-12T10:00:00Z', 'de') // '12.03.2026'
 */
export function formatDay(iso: string, lang: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return dateFormat(lang, { dateStyle: 'medium' }).format(date);
  } catch {
    return iso;
  }
}
