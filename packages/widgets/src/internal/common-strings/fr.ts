/** French strings of the shared strings of every element; review status in src/translations.ts. */
import type { Translation } from '../strings.ts';
import type { CommonKey } from '../common.strings.ts';

export default {
  loading: 'Chargement…',
  error: 'Impossible de charger les données.',
  retry: 'Réessayer',
  updated: 'Mis à jour le {date}',
  previous: 'Précédent',
  next: 'Suivant',
  pageOf: 'Page {page} sur {count}',
} satisfies Translation<CommonKey>;
