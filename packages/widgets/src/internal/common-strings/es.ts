/** Spanish strings of the shared strings of every element; review status in src/translations.ts. */
import type { Translation } from '../strings.ts';
import type { CommonKey } from '../common.strings.ts';

export default {
  loading: 'Cargando…',
  error: 'No se han podido cargar los datos.',
  retry: 'Volver a intentarlo',
  updated: 'Actualizado el {date}',
  previous: 'Anterior',
  next: 'Siguiente',
  pageOf: 'Página {page} de {count}',
} satisfies Translation<CommonKey>;
