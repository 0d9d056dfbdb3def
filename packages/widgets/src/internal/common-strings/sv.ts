/** Swedish strings of the shared strings of every element; review status in src/translations.ts. */
import type { Translation } from '../strings.ts';
import type { CommonKey } from '../common.strings.ts';

export default {
  loading: 'Läser in…',
  error: 'Det gick inte att läsa in uppgifterna.',
  retry: 'Försök igen',
  updated: 'Uppdaterad {date}',
  previous: 'Föregående',
  next: 'Nästa',
  pageOf: 'Sida {page} av {count}',
} satisfies Translation<CommonKey>;
