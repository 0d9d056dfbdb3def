/** The quick exit's strings: English here, every further language in `strings/`, loaded on demand. */
import { lazyCatalogue, type CataloguePart } from '../internal/strings.ts';

const en = {
  region: 'Quick exit',
  exit: 'Leave this page quickly',
  hint: 'or press Shift 3 times',
  'progress.one': 'Shift: press {count} more time to leave this page',
  'progress.other': 'Shift: press {count} more times to leave this page',
};

/** Keys of the quick exit's strings. */
export type QuickExitKey = keyof typeof en;

/** Quick-exit strings: English here, every further language in `strings/`. */
export const quickExitOwnStrings: CataloguePart<QuickExitKey> = {
  en,
  load: {
    bg: () => import('./strings/bg.ts'),
    cs: () => import('./strings/cs.ts'),
    da: () => import('./strings/da.ts'),
    de: () => import('./strings/de.ts'),
    el: () => import('./strings/el.ts'),
    es: () => import('./strings/es.ts'),
    et: () => import('./strings/et.ts'),
    fi: () => import('./strings/fi.ts'),
    fr: () => import('./strings/fr.ts'),
    ga: () => import('./strings/ga.ts'),
    hr: () => import('./strings/hr.ts'),
    hu: () => import('./strings/hu.ts'),
    it: () => import('./strings/it.ts'),
    lt: () => import('./strings/lt.ts'),
    lv: () => import('./strings/lv.ts'),
    mt: () => import('./strings/mt.ts'),
    nl: () => import('./strings/nl.ts'),
    pl: () => import('./strings/pl.ts'),
    pt: () => import('./strings/pt.ts'),
    ro: () => import('./strings/ro.ts'),
    sk: () => import('./strings/sk.ts'),
    sl: () => import('./strings/sl.ts'),
    sv: () => import('./strings/sv.ts'),
  },
};

/** Quick-exit strings, each language loaded on demand. */
export const quickExitStrings = lazyCatalogue(quickExitOwnStrings);
