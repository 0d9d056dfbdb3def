/** Finnish strings of the shared strings of every element; review status in src/translations.ts. */
import type { Translation } from '../strings.ts';
import type { CommonKey } from '../common.strings.ts';

export default {
  loading: 'Ladataan…',
  error: 'Tietoja ei voitu ladata.',
  retry: 'Yritä uudelleen',
  updated: 'Päivitetty {date}',
  previous: 'Edellinen',
  next: 'Seuraava',
  pageOf: 'Sivu {page}/{count}',
} satisfies Translation<CommonKey>;
