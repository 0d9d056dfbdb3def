/** Portuguese strings of the shared strings of every element; review status in src/translations.ts. */
import type { Translation } from '../strings.ts';
import type { CommonKey } from '../common.strings.ts';

export default {
  loading: 'A carregar…',
  error: 'Não foi possível carregar os dados.',
  retry: 'Tentar novamente',
  updated: 'Atualizado em {date}',
  previous: 'Anterior',
  next: 'Seguinte',
  pageOf: 'Página {page} de {count}',
} satisfies Translation<CommonKey>;
