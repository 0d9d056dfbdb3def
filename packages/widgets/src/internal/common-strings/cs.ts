/** Czech strings of the shared strings of every element; review status in src/translations.ts. */
import type { Translation } from '../strings.ts';
import type { CommonKey } from '../common.strings.ts';

export default {
  loading: 'Načítání…',
  error: 'Data se nepodařilo načíst.',
  retry: 'Zkusit znovu',
  updated: 'Aktualizováno {date}',
  previous: 'Předchozí',
  next: 'Další',
  pageOf: 'Strana {page} z {count}',
} satisfies Translation<CommonKey>;
