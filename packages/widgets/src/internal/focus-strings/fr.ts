/** French strings of the focus-area names; review status in src/translations.ts. */
import type { Translation } from '../strings.ts';
import type { FocusKey } from '../focus.strings.ts';

export default {
  'focus.human-rights': 'Droits humains',
  'focus.children-rights': 'Droits de l’enfant',
  'focus.women-rights': 'Droits des femmes',
  'focus.gender-equality': 'Égalité femmes-hommes',
  'focus.migrant-rights': 'Droits des personnes migrantes',
  'focus.victim-protection': 'Protection des victimes',
  'focus.sexual-exploitation': 'Exploitation sexuelle',
  'focus.labour-exploitation': 'Exploitation par le travail',
  'focus.forced-begging': 'Mendicité forcée',
  'focus.forced-criminal-activities': 'Activités criminelles forcées',
  'focus.organ-removal': 'Prélèvement d’organes',
  'focus.forced-marriage': 'Mariage forcé',
  'focus.illegal-adoption': 'Adoption illégale',
  'focus.surrogacy-exploitation': 'Exploitation de la gestation pour autrui',
} satisfies Translation<FocusKey>;
