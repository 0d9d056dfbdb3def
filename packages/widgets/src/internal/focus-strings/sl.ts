/** Slovenian strings of the focus-area names; review status in src/translations.ts. */
import type { Translation } from '../strings.ts';
import type { FocusKey } from '../focus.strings.ts';

export default {
  'focus.human-rights': 'Človekove pravice',
  'focus.children-rights': 'Pravice otrok',
  'focus.women-rights': 'Pravice žensk',
  'focus.gender-equality': 'Enakost spolov',
  'focus.migrant-rights': 'Pravice migrantov',
  'focus.victim-protection': 'Zaščita žrtev',
  'focus.sexual-exploitation': 'Spolno izkoriščanje',
  'focus.labour-exploitation': 'Delovno izkoriščanje',
  'focus.forced-begging': 'Prisilno beračenje',
  'focus.forced-criminal-activities': 'Prisilne kriminalne dejavnosti',
  'focus.organ-removal': 'Odvzem organov',
  'focus.forced-marriage': 'Prisilna poroka',
  'focus.illegal-adoption': 'Nezakonita posvojitev',
  'focus.surrogacy-exploitation': 'Izkoriščanje nadomestnega materinstva',
} satisfies Translation<FocusKey>;
