/** Maltese strings of the focus-area names; review status in src/translations.ts. */
import type { Translation } from '../strings.ts';
import type { FocusKey } from '../focus.strings.ts';

export default {
  'focus.human-rights': 'Drittijiet tal-bniedem',
  'focus.children-rights': 'Drittijiet tat-tfal',
  'focus.women-rights': 'Drittijiet tan-nisa',
  'focus.gender-equality': 'Ugwaljanza bejn il-ġeneri',
  'focus.migrant-rights': 'Drittijiet tal-migranti',
  'focus.victim-protection': 'Protezzjoni tal-vittmi',
  'focus.sexual-exploitation': 'Sfruttament sesswali',
  'focus.labour-exploitation': 'Sfruttament fix-xogħol',
  'focus.forced-begging': 'Tallab furzat',
  'focus.forced-criminal-activities': 'Attivitajiet kriminali furzati',
  'focus.organ-removal': 'Tneħħija ta’ organi',
  'focus.forced-marriage': 'Żwieġ furzat',
  'focus.illegal-adoption': 'Adozzjoni illegali',
  'focus.surrogacy-exploitation': 'Sfruttament tas-surrogazzjoni',
} satisfies Translation<FocusKey>;
