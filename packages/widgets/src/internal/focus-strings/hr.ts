/** Croatian strings of the focus-area names; review status in src/translations.ts. */
import type { Translation } from '../strings.ts';
import type { FocusKey } from '../focus.strings.ts';

export default {
  'focus.human-rights': 'Ljudska prava',
  'focus.children-rights': 'Prava djece',
  'focus.women-rights': 'Prava žena',
  'focus.gender-equality': 'Ravnopravnost spolova',
  'focus.migrant-rights': 'Prava migranata',
  'focus.victim-protection': 'Zaštita žrtava',
  'focus.sexual-exploitation': 'Seksualno iskorištavanje',
  'focus.labour-exploitation': 'Radno iskorištavanje',
  'focus.forced-begging': 'Prisilno prosjačenje',
  'focus.forced-criminal-activities': 'Prisilne kriminalne aktivnosti',
  'focus.organ-removal': 'Uklanjanje organa',
  'focus.forced-marriage': 'Prisilni brak',
  'focus.illegal-adoption': 'Nezakonito posvojenje',
  'focus.surrogacy-exploitation': 'Iskorištavanje surogat-majčinstva',
} satisfies Translation<FocusKey>;
