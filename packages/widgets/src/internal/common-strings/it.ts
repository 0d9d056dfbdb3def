/** Italian strings of the shared strings of every element; review status in src/translations.ts. */
import type { Translation } from '../strings.ts';
import type { CommonKey } from '../common.strings.ts';

export default {
  loading: 'Caricamento…',
  error: 'Impossibile caricare i dati.',
  retry: 'Riprova',
  updated: 'Aggiornato il {date}',
  previous: 'Precedente',
  next: 'Successiva',
  pageOf: 'Pagina {page} di {count}',
} satisfies Translation<CommonKey>;
