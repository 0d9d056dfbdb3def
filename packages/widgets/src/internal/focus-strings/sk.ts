/** Slovak strings of the focus-area names; review status in src/translations.ts. */
import type { Translation } from '../strings.ts';
import type { FocusKey } from '../focus.strings.ts';

export default {
  'focus.human-rights': 'Ľudské práva',
  'focus.children-rights': 'Práva detí',
  'focus.women-rights': 'Práva žien',
  'focus.gender-equality': 'Rodová rovnosť',
  'focus.migrant-rights': 'Práva migrantov',
  'focus.victim-protection': 'Ochrana obetí',
  'focus.sexual-exploitation': 'Sexuálne vykorisťovanie',
  'focus.labour-exploitation': 'Pracovné vykorisťovanie',
  'focus.forced-begging': 'Nútené žobranie',
  'focus.forced-criminal-activities': 'Nútená trestná činnosť',
  'focus.organ-removal': 'Odoberanie orgánov',
  'focus.forced-marriage': 'Nútené manželstvo',
  'focus.illegal-adoption': 'Nezákonná adopcia',
  'focus.surrogacy-exploitation': 'Zneužívanie náhradného materstva',
} satisfies Translation<FocusKey>;
