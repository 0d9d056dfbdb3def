/** Dutch strings of the shared strings of every element; review status in src/translations.ts. */
import type { Translation } from '../strings.ts';
import type { CommonKey } from '../common.strings.ts';

export default {
  loading: 'Bezig met laden…',
  error: 'De gegevens konden niet worden geladen.',
  retry: 'Opnieuw proberen',
  updated: 'Bijgewerkt op {date}',
  previous: 'Vorige',
  next: 'Volgende',
  pageOf: 'Pagina {page} van {count}',
} satisfies Translation<CommonKey>;
