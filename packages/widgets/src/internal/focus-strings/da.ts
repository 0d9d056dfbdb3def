/** Danish strings of the focus-area names; review status in src/translations.ts. */
import type { Translation } from '../strings.ts';
import type { FocusKey } from '../focus.strings.ts';

export default {
  'focus.human-rights': 'Menneskerettigheder',
  'focus.children-rights': 'Børns rettigheder',
  'focus.women-rights': 'Kvinders rettigheder',
  'focus.gender-equality': 'Ligestilling mellem kønnene',
  'focus.migrant-rights': 'Migranters rettigheder',
  'focus.victim-protection': 'Beskyttelse af ofre',
  'focus.sexual-exploitation': 'Seksuel udnyttelse',
  'focus.labour-exploitation': 'Arbejdsmæssig udnyttelse',
  'focus.forced-begging': 'Tvungen tiggeri',
  'focus.forced-criminal-activities': 'Tvungen kriminalitet',
  'focus.organ-removal': 'Fjernelse af organer',
  'focus.forced-marriage': 'Tvangsægteskab',
  'focus.illegal-adoption': 'Ulovlig adoption',
  'focus.surrogacy-exploitation': 'Udnyttelse af surrogatmoderskab',
} satisfies Translation<FocusKey>;
