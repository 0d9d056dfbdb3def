/** Lithuanian strings of the focus-area names; review status in src/translations.ts. */
import type { Translation } from '../strings.ts';
import type { FocusKey } from '../focus.strings.ts';

export default {
  'focus.human-rights': 'Žmogaus teisės',
  'focus.children-rights': 'Vaiko teisės',
  'focus.women-rights': 'Moterų teisės',
  'focus.gender-equality': 'Lyčių lygybė',
  'focus.migrant-rights': 'Migrantų teisės',
  'focus.victim-protection': 'Aukų apsauga',
  'focus.sexual-exploitation': 'Seksualinis išnaudojimas',
  'focus.labour-exploitation': 'Darbo išnaudojimas',
  'focus.forced-begging': 'Priverstinis elgetavimas',
  'focus.forced-criminal-activities': 'Priverstinė nusikalstama veikla',
  'focus.organ-removal': 'Organų pašalinimas',
  'focus.forced-marriage': 'Priverstinė santuoka',
  'focus.illegal-adoption': 'Neteisėtas įvaikinimas',
  'focus.surrogacy-exploitation': 'Surogatinės motinystės išnaudojimas',
} satisfies Translation<FocusKey>;
