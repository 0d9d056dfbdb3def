/** Names of the platform's focus areas (also resource topics), shared by the map and the finder. */
import type { FocusArea } from '@thb/schema/enums';
import { valuesOf, type CataloguePart } from './strings.ts';

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
} satisfies Record<`focus.${FocusArea}`, string>;

/** The focus areas in catalogue order (the catalogue names every one of the schema's). */
export const FOCUS_AREA_VALUES = valuesOf(en, 'focus.') as FocusArea[];

/** Keys of the focus-area names. */
export type FocusKey = keyof typeof en;

/** Focus-area names: English here, every further language in `focus-strings/`, loaded on demand. */
export const focusStrings: CataloguePart<FocusKey> = {
  en,
  load: {
    bg: () => import('./focus-strings/bg.ts'),
    cs: () => import('./focus-strings/cs.ts'),
    da: () => import('./focus-strings/da.ts'),
    de: () => import('./focus-strings/de.ts'),
    el: () => import('./focus-strings/el.ts'),
    es: () => import('./focus-strings/es.ts'),
    et: () => import('./focus-strings/et.ts'),
    fi: () => import('./focus-strings/fi.ts'),
    fr: () => import('./focus-strings/fr.ts'),
    ga: () => import('./focus-strings/ga.ts'),
    hr: () => import('./focus-strings/hr.ts'),
    hu: () => import('./focus-strings/hu.ts'),
    it: () => import('./focus-strings/it.ts'),
    lt: () => import('./focus-strings/lt.ts'),
    lv: () => import('./focus-strings/lv.ts'),
    mt: () => import('./focus-strings/mt.ts'),
    nl: () => import('./focus-strings/nl.ts'),
    pl: () => import('./focus-strings/pl.ts'),
    pt: () => import('./focus-strings/pt.ts'),
    ro: () => import('./focus-strings/ro.ts'),
    sk: () => import('./focus-strings/sk.ts'),
    sl: () => import('./focus-strings/sl.ts'),
    sv: () => import('./focus-strings/sv.ts'),
  },
};
