/** Latvian strings of the focus-area names; review status in src/translations.ts. */
import type { Translation } from '../strings.ts';
import type { FocusKey } from '../focus.strings.ts';

export default {
  'focus.human-rights': 'Cilvēktiesības',
  'focus.children-rights': 'Bērnu tiesības',
  'focus.women-rights': 'Sieviešu tiesības',
  'focus.gender-equality': 'Dzimumu līdztiesība',
  'focus.migrant-rights': 'Migrantu tiesības',
  'focus.victim-protection': 'Cietušo aizsardzība',
  'focus.sexual-exploitation': 'Seksuālā ekspluatācija',
  'focus.labour-exploitation': 'Darba ekspluatācija',
  'focus.forced-begging': 'Piespiedu ubagošana',
  'focus.forced-criminal-activities': 'Piespiedu noziedzīgas darbības',
  'focus.organ-removal': 'Orgānu izņemšana',
  'focus.forced-marriage': 'Piespiedu laulība',
  'focus.illegal-adoption': 'Nelikumīga adopcija',
  'focus.surrogacy-exploitation': 'Surogātmātes pakalpojumu ekspluatācija',
} satisfies Translation<FocusKey>;
