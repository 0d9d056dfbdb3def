/** How the applicant's screens show times, texts, countries and languages. */
import { html, type TemplateResult } from 'lit';
import { EU_COUNTRIES, EU_LANGUAGES } from '@thb/schema/enums';
import type { LocalizedText } from '@thb/schema/localized';

/** An instant as a date and time in `timeZone`, with the zone named (e.g. "Central European Time"). */
export function formatInZone(iso: string, lang: string, timeZone: string): string {
  const when = new Intl.DateTimeFormat(lang, {
    weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone, timeZoneName: 'long',
  }).format(new Date(iso));
  return `${when} (${timeZone})`;
}

/**
 * A text in the UI language, else in English marked `lang="en"` so screen readers switch voice.
 * @example localized({ en: 'Call' }, 'de') // <span lang="en">Call</span>
 */
export function localized(text: Partial<LocalizedText> | undefined, lang: string): TemplateResult {
  const own = (text as Record<string, string | undefined> | undefined)?.[lang];
  if (own) return html`${own}`;
  return html`<span lang="en">${text?.en ?? ''}</span>`;
}

function displayNames(lang: string, type: 'region' | 'language'): Intl.DisplayNames | undefined {
  try {
    return new Intl.DisplayNames([lang], { type });
  } catch {
    return undefined;
  }
}

/** The EU countries with their names in `lang`, sorted by name. */
export function countryOptions(lang: string): { code: string; name: string }[] {
  const names = displayNames(lang, 'region');
  const collator = new Intl.Collator(lang);
  return EU_COUNTRIES.map((code) => ({ code, name: names?.of(code) ?? code })).sort((a, b) => collator.compare(a.name, b.name));
}

/** The EU languages with their names in `lang`, sorted by name. */
export function languageOptions(lang: string): { code: string; name: string }[] {
  const names = displayNames(lang, 'language');
  const collator = new Intl.Collator(lang);
  return EU_LANGUAGES.map((code) => ({ code, name: names?.of(code) ?? code })).sort((a, b) => collator.compare(a.name, b.name));
}

/** A language's name in `lang` (its code when the browser does not know it). */
export const languageName = (code: string, lang: string): string => displayNames(lang, 'language')?.of(code) ?? code;
