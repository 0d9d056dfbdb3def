/** Greek strings of the focus-area names; review status in src/translations.ts. */
import type { Translation } from '../strings.ts';
import type { FocusKey } from '../focus.strings.ts';

export default {
  'focus.human-rights': 'Ανθρώπινα δικαιώματα',
  'focus.children-rights': 'Δικαιώματα του παιδιού',
  'focus.women-rights': 'Δικαιώματα των γυναικών',
  'focus.gender-equality': 'Ισότητα των φύλων',
  'focus.migrant-rights': 'Δικαιώματα των μεταναστών',
  'focus.victim-protection': 'Προστασία των θυμάτων',
  'focus.sexual-exploitation': 'Σεξουαλική εκμετάλλευση',
  'focus.labour-exploitation': 'Εργασιακή εκμετάλλευση',
  'focus.forced-begging': 'Εξαναγκαστική επαιτεία',
  'focus.forced-criminal-activities': 'Εξαναγκασμός σε εγκληματικές δραστηριότητες',
  'focus.organ-removal': 'Αφαίρεση οργάνων',
  'focus.forced-marriage': 'Αναγκαστικός γάμος',
  'focus.illegal-adoption': 'Παράνομη υιοθεσία',
  'focus.surrogacy-exploitation': 'Εκμετάλλευση της παρένθετης μητρότητας',
} satisfies Translation<FocusKey>;
