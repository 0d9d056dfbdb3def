/** Hungarian strings of the focus-area names; review status in src/translations.ts. */
import type { Translation } from '../strings.ts';
import type { FocusKey } from '../focus.strings.ts';

export default {
  'focus.human-rights': 'Emberi jogok',
  'focus.children-rights': 'A gyermekek jogai',
  'focus.women-rights': 'A nők jogai',
  'focus.gender-equality': 'Nemek közötti egyenlőség',
  'focus.migrant-rights': 'A migránsok jogai',
  'focus.victim-protection': 'Áldozatvédelem',
  'focus.sexual-exploitation': 'Szexuális kizsákmányolás',
  'focus.labour-exploitation': 'Munkaerő-kizsákmányolás',
  'focus.forced-begging': 'Kényszerkoldultatás',
  'focus.forced-criminal-activities': 'Bűncselekmények elkövetésére kényszerítés',
  'focus.organ-removal': 'Szerveltávolítás',
  'focus.forced-marriage': 'Kényszerházasság',
  'focus.illegal-adoption': 'Illegális örökbefogadás',
  'focus.surrogacy-exploitation': 'A béranyaság kizsákmányolása',
} satisfies Translation<FocusKey>;
