/** Swedish strings of the focus-area names; review status in src/translations.ts. */
import type { Translation } from '../strings.ts';
import type { FocusKey } from '../focus.strings.ts';

export default {
  'focus.human-rights': 'Mänskliga rättigheter',
  'focus.children-rights': 'Barns rättigheter',
  'focus.women-rights': 'Kvinnors rättigheter',
  'focus.gender-equality': 'Jämställdhet',
  'focus.migrant-rights': 'Migranters rättigheter',
  'focus.victim-protection': 'Skydd av brottsoffer',
  'focus.sexual-exploitation': 'Sexuell exploatering',
  'focus.labour-exploitation': 'Exploatering i arbetslivet',
  'focus.forced-begging': 'Tvångstiggeri',
  'focus.forced-criminal-activities': 'Påtvingad brottslig verksamhet',
  'focus.organ-removal': 'Avlägsnande av organ',
  'focus.forced-marriage': 'Tvångsäktenskap',
  'focus.illegal-adoption': 'Olaglig adoption',
  'focus.surrogacy-exploitation': 'Exploatering vid surrogatmoderskap',
} satisfies Translation<FocusKey>;
