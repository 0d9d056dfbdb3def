/** Portuguese strings of the focus-area names; review status in src/translations.ts. */
import type { Translation } from '../strings.ts';
import type { FocusKey } from '../focus.strings.ts';

export default {
  'focus.human-rights': 'Direitos humanos',
  'focus.children-rights': 'Direitos das crianças',
  'focus.women-rights': 'Direitos das mulheres',
  'focus.gender-equality': 'Igualdade de género',
  'focus.migrant-rights': 'Direitos das pessoas migrantes',
  'focus.victim-protection': 'Proteção das vítimas',
  'focus.sexual-exploitation': 'Exploração sexual',
  'focus.labour-exploitation': 'Exploração laboral',
  'focus.forced-begging': 'Mendicidade forçada',
  'focus.forced-criminal-activities': 'Atividades criminosas forçadas',
  'focus.organ-removal': 'Remoção de órgãos',
  'focus.forced-marriage': 'Casamento forçado',
  'focus.illegal-adoption': 'Adoção ilegal',
  'focus.surrogacy-exploitation': 'Exploração da gestação de substituição',
} satisfies Translation<FocusKey>;
