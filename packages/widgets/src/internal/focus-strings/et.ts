/** Estonian strings of the focus-area names; review status in src/translations.ts. */
import type { Translation } from '../strings.ts';
import type { FocusKey } from '../focus.strings.ts';

export default {
  'focus.human-rights': 'Inimõigused',
  'focus.children-rights': 'Lapse õigused',
  'focus.women-rights': 'Naiste õigused',
  'focus.gender-equality': 'Sooline võrdõiguslikkus',
  'focus.migrant-rights': 'Rändajate õigused',
  'focus.victim-protection': 'Ohvrite kaitse',
  'focus.sexual-exploitation': 'Seksuaalne ärakasutamine',
  'focus.labour-exploitation': 'Tööalane ärakasutamine',
  'focus.forced-begging': 'Sunniviisiline kerjamine',
  'focus.forced-criminal-activities': 'Sunniviisiline kuritegevus',
  'focus.organ-removal': 'Elundite eemaldamine',
  'focus.forced-marriage': 'Sundabielu',
  'focus.illegal-adoption': 'Ebaseaduslik lapsendamine',
  'focus.surrogacy-exploitation': 'Asendusemaduse ärakasutamine',
} satisfies Translation<FocusKey>;
