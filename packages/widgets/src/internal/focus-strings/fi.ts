/** Finnish strings of the focus-area names; review status in src/translations.ts. */
import type { Translation } from '../strings.ts';
import type { FocusKey } from '../focus.strings.ts';

export default {
  'focus.human-rights': 'Ihmisoikeudet',
  'focus.children-rights': 'Lasten oikeudet',
  'focus.women-rights': 'Naisten oikeudet',
  'focus.gender-equality': 'Sukupuolten tasa-arvo',
  'focus.migrant-rights': 'Maahanmuuttajien oikeudet',
  'focus.victim-protection': 'Uhrien suojelu',
  'focus.sexual-exploitation': 'Seksuaalinen hyväksikäyttö',
  'focus.labour-exploitation': 'Työperäinen hyväksikäyttö',
  'focus.forced-begging': 'Pakkokerjääminen',
  'focus.forced-criminal-activities': 'Pakottaminen rikolliseen toimintaan',
  'focus.organ-removal': 'Elinten poistaminen',
  'focus.forced-marriage': 'Pakkoavioliitto',
  'focus.illegal-adoption': 'Laiton adoptio',
  'focus.surrogacy-exploitation': 'Sijaissynnytyksen hyväksikäyttö',
} satisfies Translation<FocusKey>;
