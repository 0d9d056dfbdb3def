/** Dutch strings of the focus-area names; review status in src/translations.ts. */
import type { Translation } from '../strings.ts';
import type { FocusKey } from '../focus.strings.ts';

export default {
  'focus.human-rights': 'Mensenrechten',
  'focus.children-rights': 'Kinderrechten',
  'focus.women-rights': 'Vrouwenrechten',
  'focus.gender-equality': 'Gendergelijkheid',
  'focus.migrant-rights': 'Rechten van migranten',
  'focus.victim-protection': 'Slachtofferbescherming',
  'focus.sexual-exploitation': 'Seksuele uitbuiting',
  'focus.labour-exploitation': 'Arbeidsuitbuiting',
  'focus.forced-begging': 'Gedwongen bedelen',
  'focus.forced-criminal-activities': 'Gedwongen criminele activiteiten',
  'focus.organ-removal': 'Orgaanverwijdering',
  'focus.forced-marriage': 'Gedwongen huwelijk',
  'focus.illegal-adoption': 'Illegale adoptie',
  'focus.surrogacy-exploitation': 'Uitbuiting bij draagmoederschap',
} satisfies Translation<FocusKey>;
