/** Names of the focus areas (the widgets' own copy is internal to them), in en, de, fr. */
import type { FocusArea } from '@thb/schema/enums';

const en = {
  'focus.human-rights': 'Human rights',
  'focus.children-rights': 'Children’s rights',
  'focus.women-rights': 'Women’s rights',
  'focus.gender-equality': 'Gender equality',
  'focus.migrant-rights': 'Migrants’ rights',
  'focus.victim-protection': 'Victim protection',
  'focus.sexual-exploitation': 'Sexual exploitation',
  'focus.labour-exploitation': 'Labour exploitation',
  'focus.forced-begging': 'Forced begging',
  'focus.forced-criminal-activities': 'Forced criminal activities',
  'focus.organ-removal': 'Organ removal',
  'focus.forced-marriage': 'Forced marriage',
  'focus.illegal-adoption': 'Illegal adoption',
  'focus.surrogacy-exploitation': 'Exploitation of surrogacy',
} as const satisfies Record<`focus.${FocusArea}`, string>;

/** A focus area's key. */
export type FocusKey = keyof typeof en;

/** The names in every language. */
export const focusCatalogue: Record<'en' | 'de' | 'fr', Record<FocusKey, string>> = {
  en,
  de: {
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
  },
  fr: {
    'focus.human-rights': 'Droits humains',
    'focus.children-rights': 'Droits de l’enfant',
    'focus.women-rights': 'Droits des femmes',
    'focus.gender-equality': 'Égalité femmes-hommes',
    'focus.migrant-rights': 'Droits des personnes migrantes',
    'focus.victim-protection': 'Protection des victimes',
    'focus.sexual-exploitation': 'Exploitation sexuelle',
    'focus.labour-exploitation': 'Exploitation par le travail',
    'focus.forced-begging': 'Mendicité forcée',
    'focus.forced-criminal-activities': 'Activités criminelles forcées',
    'focus.organ-removal': 'Prélèvement d’organes',
    'focus.forced-marriage': 'Mariage forcé',
    'focus.illegal-adoption': 'Adoption illégale',
    'focus.surrogacy-exploitation': 'Exploitation de la gestation pour autrui',
  },
};
