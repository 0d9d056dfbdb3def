/** Strings every element needs; elements merge these into their own catalogues. */
import type { Catalogue } from './strings.ts';

/** Keys of the shared strings. */
export type CommonKey = 'loading' | 'error' | 'retry' | 'updated' | 'previous' | 'next' | 'pageOf';

/** Shared strings in every UI language. */
export const commonStrings = {
  en: { loading: 'Loading…', error: 'Could not load the data.', retry: 'Try again', updated: 'Updated {date}', previous: 'Previous', next: 'Next', pageOf: 'Page {page} of {count}' },
  de: { loading: 'Wird geladen …', error: 'Die Daten konnten nicht geladen werden.', retry: 'Erneut versuchen', updated: 'Aktualisiert am {date}', previous: 'Zurück', next: 'Weiter', pageOf: 'Seite {page} von {count}' },
  fr: { loading: 'Chargement…', error: 'Impossible de charger les données.', retry: 'Réessayer', updated: 'Mis à jour le {date}', previous: 'Précédent', next: 'Suivant', pageOf: 'Page {page} sur {count}' },
} satisfies Catalogue<CommonKey>;

type EnglishKeys<C> = C extends { en: infer E } ? keyof E & string : never;

/**
 * An element's catalogue: its parts merged language by language, with the shared strings added.
 * @example export const eventListStrings = withCommon({ en: { past: 'Past' }, de: { past: 'Vergangen' } });
 */
export function withCommon<C extends { en: Record<string, string> }[]>(...catalogues: C): Catalogue<EnglishKeys<C[number]> | CommonKey> {
  const merged: Record<string, object> = {};
  for (const catalogue of [commonStrings, ...catalogues] as object[]) {
    for (const [lang, strings] of Object.entries(catalogue)) merged[lang] = { ...merged[lang], ...strings };
  }
  return merged as Catalogue<EnglishKeys<C[number]> | CommonKey>;
}
