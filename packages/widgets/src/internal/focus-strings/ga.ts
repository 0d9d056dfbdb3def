/** Irish strings of the focus-area names; review status in src/translations.ts. */
import type { Translation } from '../strings.ts';
import type { FocusKey } from '../focus.strings.ts';

export default {
  'focus.human-rights': 'Cearta an duine',
  'focus.children-rights': 'Cearta leanaí',
  'focus.women-rights': 'Cearta na mban',
  'focus.gender-equality': 'Comhionannas inscne',
  'focus.migrant-rights': 'Cearta imirceach',
  'focus.victim-protection': 'Cosaint íospartach',
  'focus.sexual-exploitation': 'Dúshaothrú gnéasach',
  'focus.labour-exploitation': 'Dúshaothrú saothair',
  'focus.forced-begging': 'Déirc éigeantach',
  'focus.forced-criminal-activities': 'Gníomhaíochtaí coiriúla éigeantacha',
  'focus.organ-removal': 'Baint orgán',
  'focus.forced-marriage': 'Pósadh éigeantach',
  'focus.illegal-adoption': 'Uchtáil mhídhleathach',
  'focus.surrogacy-exploitation': 'Dúshaothrú ionadaíochta',
} satisfies Translation<FocusKey>;
