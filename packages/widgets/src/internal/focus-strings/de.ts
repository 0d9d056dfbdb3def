/** German strings of the focus-area names; review status in src/translations.ts. */
import type { Translation } from '../strings.ts';
import type { FocusKey } from '../focus.strings.ts';

export default {
  'focus.human-rights': 'Menschenrechte',
  'focus.children-rights': 'Kinderrechte',
  'focus.women-rights': 'Frauenrechte',
  'focus.gender-equality': 'Gleichstellung der Geschlechter',
  'focus.migrant-rights': 'Rechte von Migrantinnen und Migranten',
  'focus.victim-protection': 'Opferschutz',
  'focus.sexual-exploitation': 'Sexuelle Ausbeutung',
  'focus.labour-exploitation': 'Arbeitsausbeutung',
  'focus.forced-begging': 'Erzwungenes Betteln',
  'focus.forced-criminal-activities': 'Erzwungene strafbare Handlungen',
  'focus.organ-removal': 'Organentnahme',
  'focus.forced-marriage': 'Zwangsheirat',
  'focus.illegal-adoption': 'Illegale Adoption',
  'focus.surrogacy-exploitation': 'Ausbeutung von Leihmutterschaft',
} satisfies Translation<FocusKey>;
