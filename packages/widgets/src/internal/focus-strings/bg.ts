/** Bulgarian strings of the focus-area names; review status in src/translations.ts. */
import type { Translation } from '../strings.ts';
import type { FocusKey } from '../focus.strings.ts';

export default {
  'focus.human-rights': 'Права на човека',
  'focus.children-rights': 'Права на детето',
  'focus.women-rights': 'Права на жените',
  'focus.gender-equality': 'Равенство между половете',
  'focus.migrant-rights': 'Права на мигрантите',
  'focus.victim-protection': 'Защита на жертвите',
  'focus.sexual-exploitation': 'Сексуална експлоатация',
  'focus.labour-exploitation': 'Трудова експлоатация',
  'focus.forced-begging': 'Принудително просене',
  'focus.forced-criminal-activities': 'Принудителна престъпна дейност',
  'focus.organ-removal': 'Отнемане на органи',
  'focus.forced-marriage': 'Принудителен брак',
  'focus.illegal-adoption': 'Незаконно осиновяване',
  'focus.surrogacy-exploitation': 'Експлоатация чрез сурогатно майчинство',
} satisfies Translation<FocusKey>;
