/** Lithuanian strings of the shared strings of every element; review status in src/translations.ts. */
import type { Translation } from '../strings.ts';
import type { CommonKey } from '../common.strings.ts';

export default {
  loading: 'Įkeliama…',
  error: 'Nepavyko įkelti duomenų.',
  retry: 'Bandyti dar kartą',
  updated: 'Atnaujinta {date}',
  previous: 'Ankstesnis',
  next: 'Kitas',
  pageOf: '{page} puslapis iš {count}',
} satisfies Translation<CommonKey>;
