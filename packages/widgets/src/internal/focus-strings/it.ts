/** Italian strings of the focus-area names; review status in src/translations.ts. */
import type { Translation } from '../strings.ts';
import type { FocusKey } from '../focus.strings.ts';

export default {
  'focus.human-rights': 'Diritti umani',
  'focus.children-rights': 'Diritti dei minori',
  'focus.women-rights': 'Diritti delle donne',
  'focus.gender-equality': 'Parità di genere',
  'focus.migrant-rights': 'Diritti delle persone migranti',
  'focus.victim-protection': 'Protezione delle vittime',
  'focus.sexual-exploitation': 'Sfruttamento sessuale',
  'focus.labour-exploitation': 'Sfruttamento lavorativo',
  'focus.forced-begging': 'Accattonaggio forzato',
  'focus.forced-criminal-activities': 'Attività criminali forzate',
  'focus.organ-removal': 'Prelievo di organi',
  'focus.forced-marriage': 'Matrimonio forzato',
  'focus.illegal-adoption': 'Adozione illegale',
  'focus.surrogacy-exploitation': 'Sfruttamento della maternità surrogata',
} satisfies Translation<FocusKey>;
