/** Slovak strings of the shared strings of every element; review status in src/translations.ts. */
import type { Translation } from '../strings.ts';
import type { CommonKey } from '../common.strings.ts';

export default {
  loading: 'Načítava sa…',
  error: 'Údaje sa nepodarilo načítať.',
  retry: 'Skúsiť znova',
  updated: 'Aktualizované {date}',
  previous: 'Predchádzajúca',
  next: 'Ďalšia',
  pageOf: 'Strana {page} z {count}',
} satisfies Translation<CommonKey>;
