/**
 * Localised text and language negotiation, free of zod so widgets can use it.
 *
 * @example
 * resolveText({ en: 'Guide', de: 'Leitfaden' }, 'de-AT') // 'Leitfaden'
 * negotiateLanguage('fr-BE,fr;q=0.9,en;q=0.5', ['en', 'de', 'fr']) // 'fr'
 */
import { EU_LANGUAGES, FALLBACK_LANGUAGE, type EuLanguage } from './enums.ts';

/** Text in several languages: a map of ISO 639-1 code to string, English always present. */
export type LocalizedText = { en: string } & Partial<Record<EuLanguage, string>>;

/** The primary language subtag, lower-cased: `de-AT` → `de`. */
export function primaryLanguage(tag: string): string {
  return tag.trim().split(/[-_]/)[0]!.toLowerCase();
}

/** Whether a code is one of the 24 official EU languages. */
export function isEuLanguage(code: string): code is EuLanguage {
  return (EU_LANGUAGES as readonly string[]).includes(code);
}

/**
 * The text in the requested language, else English (the platform's fallback).
 * @example resolveText({ en: 'Report', fr: 'Rapport' }, 'fr') // 'Rapport'
 */
export function resolveText(text: LocalizedText, language: string): string {
  const wanted = primaryLanguage(language);
  return (isEuLanguage(wanted) ? text[wanted] : undefined) ?? text[FALLBACK_LANGUAGE];
}

/**
 * Picks the best supported language for an explicit choice or an `Accept-Language` header
 * (RFC 9110 §12.5.4: q-values, wildcards, region subtags matched by their primary language).
 * @example negotiateLanguage('de-CH, en;q=0.5', ['en', 'de']) // 'de'
 */
export function negotiateLanguage<L extends string>(
  header: string | null | undefined,
  supported: readonly L[],
  fallback: L = FALLBACK_LANGUAGE as L,
): L {
  if (!header) return fallback;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      return { tag: tag.trim(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.tag !== '' && entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { tag } of ranked) {
    if (tag === '*') return fallback;
    const code = primaryLanguage(tag);
    const match = supported.find((s) => s === code);
    if (match) return match;
  }
  return fallback;
}
