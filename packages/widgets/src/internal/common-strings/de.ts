/** German strings of the shared strings of every element; review status in src/translations.ts. */
import type { Translation } from '../strings.ts';
import type { CommonKey } from '../common.strings.ts';

export default {
  loading: 'Wird geladen …',
  error: 'Die Daten konnten nicht geladen werden.',
  retry: 'Erneut versuchen',
  updated: 'Aktualisiert am {date}',
  previous: 'Zurück',
  next: 'Weiter',
  pageOf: 'Seite {page} von {count}',
} satisfies Translation<CommonKey>;
