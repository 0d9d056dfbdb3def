/** Romanian strings of the shared strings of every element; review status in src/translations.ts. */
import type { Translation } from '../strings.ts';
import type { CommonKey } from '../common.strings.ts';

export default {
  loading: 'Se încarcă…',
  error: 'Datele nu au putut fi încărcate.',
  retry: 'Încercați din nou',
  updated: 'Actualizat la {date}',
  previous: 'Anterioară',
  next: 'Următoarea',
  pageOf: 'Pagina {page} din {count}',
} satisfies Translation<CommonKey>;
