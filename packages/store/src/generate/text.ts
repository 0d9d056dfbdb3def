/** Localised generated text: English always (the schema requires it), plus the place's language. */
import type { Member } from '@thb/schema';
import type { Lexicon } from './lexicon.ts';
import { DE, EN, FR } from './lexicon-en-de-fr.ts';
import { ES, IT, NL, PL } from './lexicon-es-it-nl-pl.ts';
import type { Random } from './random.ts';

type LocalizedText = Member['description'];

/** The languages the generator can write. */
export const LEXICONS: Readonly<Record<string, Lexicon>> = { en: EN, de: DE, fr: FR, es: ES, it: IT, nl: NL, pl: PL };

/** English, the local language when the generator writes it, and sometimes German or French too. */
export function textLanguages(random: Random, localLanguage: string): string[] {
  const languages = new Set(['en']);
  if (LEXICONS[localLanguage]) languages.add(localLanguage);
  if (random.chance(0.25)) languages.add(random.pick(['de', 'fr']));
  return [...languages];
}

/** The same text rendered in each language. */
export function localized(languages: readonly string[], render: (lexicon: Lexicon) => string): LocalizedText {
  const text: Record<string, string> = {};
  for (const language of languages) {
    const lexicon = LEXICONS[language];
    if (lexicon) text[language] = render(lexicon);
  }
  return text as LocalizedText;
}

/** The first letter in upper case. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A `YYYY-MM-DD` date a whole number of days after a start date. */
export function dayAfter(start: Date, days: number): string {
  return new Date(start.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/** A random day between two dates. */
export function randomDay(random: Random, from: Date, to: Date): string {
  const days = Math.max(0, Math.floor((to.getTime() - from.getTime()) / 86_400_000));
  return dayAfter(from, random.int(days + 1));
}

/** `now` minus up to a year, to the second, as the schema's `updatedAt`. */
export function randomUpdatedAt(random: Random, now: Date): string {
  const seconds = Math.floor(now.getTime() / 1000) - random.int(365 * 86_400);
  return new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
}
