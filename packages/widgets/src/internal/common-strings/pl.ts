/** Polish strings of the shared strings of every element; review status in src/translations.ts. */
import type { Translation } from '../strings.ts';
import type { CommonKey } from '../common.strings.ts';

export default {
  loading: 'Wczytywanie…',
  error: 'Nie udało się wczytać danych.',
  retry: 'Spróbuj ponownie',
  updated: 'Zaktualizowano {date}',
  previous: 'Poprzednia',
  next: 'Następna',
  pageOf: 'Strona {page} z {count}',
} satisfies Translation<CommonKey>;
