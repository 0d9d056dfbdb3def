/** Polish strings of the focus-area names; review status in src/translations.ts. */
import type { Translation } from '../strings.ts';
import type { FocusKey } from '../focus.strings.ts';

export default {
  'focus.human-rights': 'Prawa człowieka',
  'focus.children-rights': 'Prawa dziecka',
  'focus.women-rights': 'Prawa kobiet',
  'focus.gender-equality': 'Równość płci',
  'focus.migrant-rights': 'Prawa migrantów',
  'focus.victim-protection': 'Ochrona ofiar',
  'focus.sexual-exploitation': 'Wykorzystywanie seksualne',
  'focus.labour-exploitation': 'Wyzysk w pracy',
  'focus.forced-begging': 'Przymusowe żebractwo',
  'focus.forced-criminal-activities': 'Zmuszanie do działalności przestępczej',
  'focus.organ-removal': 'Pobieranie narządów',
  'focus.forced-marriage': 'Małżeństwo przymusowe',
  'focus.illegal-adoption': 'Nielegalna adopcja',
  'focus.surrogacy-exploitation': 'Wykorzystywanie w macierzyństwie zastępczym',
} satisfies Translation<FocusKey>;
