/** Romanian strings of the focus-area names; review status in src/translations.ts. */
import type { Translation } from '../strings.ts';
import type { FocusKey } from '../focus.strings.ts';

export default {
  'focus.human-rights': 'Drepturile omului',
  'focus.children-rights': 'Drepturile copilului',
  'focus.women-rights': 'Drepturile femeilor',
  'focus.gender-equality': 'Egalitatea de gen',
  'focus.migrant-rights': 'Drepturile migranților',
  'focus.victim-protection': 'Protecția victimelor',
  'focus.sexual-exploitation': 'Exploatare sexuală',
  'focus.labour-exploitation': 'Exploatare prin muncă',
  'focus.forced-begging': 'Cerșetorie forțată',
  'focus.forced-criminal-activities': 'Activități infracționale forțate',
  'focus.organ-removal': 'Prelevare de organe',
  'focus.forced-marriage': 'Căsătorie forțată',
  'focus.illegal-adoption': 'Adopție ilegală',
  'focus.surrogacy-exploitation': 'Exploatarea maternității surogat',
} satisfies Translation<FocusKey>;
