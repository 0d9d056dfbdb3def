/** Croatian strings of the shared strings of every element; review status in src/translations.ts. */
import type { Translation } from '../strings.ts';
import type { CommonKey } from '../common.strings.ts';

export default {
  loading: 'Učitavanje…',
  error: 'Podaci se nisu mogli učitati.',
  retry: 'Pokušajte ponovno',
  updated: 'Ažurirano {date}',
  previous: 'Prethodna',
  next: 'Sljedeća',
  pageOf: 'Stranica {page} od {count}',
} satisfies Translation<CommonKey>;
