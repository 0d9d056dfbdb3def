/** Danish strings of the shared strings of every element; review status in src/translations.ts. */
import type { Translation } from '../strings.ts';
import type { CommonKey } from '../common.strings.ts';

export default {
  loading: 'Indlæser…',
  error: 'Dataene kunne ikke indlæses.',
  retry: 'Prøv igen',
  updated: 'Opdateret {date}',
  previous: 'Forrige',
  next: 'Næste',
  pageOf: 'Side {page} af {count}',
} satisfies Translation<CommonKey>;
