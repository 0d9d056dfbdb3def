/** Hungarian strings of the shared strings of every element; review status in src/translations.ts. */
import type { Translation } from '../strings.ts';
import type { CommonKey } from '../common.strings.ts';

export default {
  loading: 'Betöltés…',
  error: 'Az adatokat nem sikerült betölteni.',
  retry: 'Újrapróbálkozás',
  updated: 'Frissítve: {date}',
  previous: 'Előző',
  next: 'Következő',
  pageOf: '{page}. oldal / {count}',
} satisfies Translation<CommonKey>;
