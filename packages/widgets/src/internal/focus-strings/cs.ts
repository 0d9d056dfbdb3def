/** Czech strings of the focus-area names; review status in src/translations.ts. */
import type { Translation } from '../strings.ts';
import type { FocusKey } from '../focus.strings.ts';

export default {
  'focus.human-rights': 'Lidská práva',
  'focus.children-rights': 'Práva dětí',
  'focus.women-rights': 'Práva žen',
  'focus.gender-equality': 'Rovnost žen a mužů',
  'focus.migrant-rights': 'Práva migrantů',
  'focus.victim-protection': 'Ochrana obětí',
  'focus.sexual-exploitation': 'Sexuální vykořisťování',
  'focus.labour-exploitation': 'Pracovní vykořisťování',
  'focus.forced-begging': 'Nucené žebrání',
  'focus.forced-criminal-activities': 'Nucená trestná činnost',
  'focus.organ-removal': 'Odebírání orgánů',
  'focus.forced-marriage': 'Nucený sňatek',
  'focus.illegal-adoption': 'Nezákonná adopce',
  'focus.surrogacy-exploitation': 'Zneužívání náhradního mateřství',
} satisfies Translation<FocusKey>;
