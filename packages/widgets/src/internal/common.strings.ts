/** Strings every element needs; elements merge these into their own catalogues. */
import type { CataloguePart } from './strings.ts';

/** Keys of the shared strings. */
export type CommonKey = 'loading' | 'error' | 'retry' | 'updated' | 'previous' | 'next' | 'pageOf';

/** Shared strings: English here, every further language in `common-strings/`, loaded on demand. */
export const commonStrings: CataloguePart<CommonKey> = {
  en: { loading: 'Loading…', error: 'Could not load the data.', retry: 'Try again', updated: 'Updated {date}', previous: 'Previous', next: 'Next', pageOf: 'Page {page} of {count}' },
  load: {
    bg: () => import('./common-strings/bg.ts'),
    cs: () => import('./common-strings/cs.ts'),
    da: () => import('./common-strings/da.ts'),
    de: () => import('./common-strings/de.ts'),
    el: () => import('./common-strings/el.ts'),
    es: () => import('./common-strings/es.ts'),
    et: () => import('./common-strings/et.ts'),
    fi: () => import('./common-strings/fi.ts'),
    fr: () => import('./common-strings/fr.ts'),
    ga: () => import('./common-strings/ga.ts'),
    hr: () => import('./common-strings/hr.ts'),
    hu: () => import('./common-strings/hu.ts'),
    it: () => import('./common-strings/it.ts'),
    lt: () => import('./common-strings/lt.ts'),
    lv: () => import('./common-strings/lv.ts'),
    mt: () => import('./common-strings/mt.ts'),
    nl: () => import('./common-strings/nl.ts'),
    pl: () => import('./common-strings/pl.ts'),
    pt: () => import('./common-strings/pt.ts'),
    ro: () => import('./common-strings/ro.ts'),
    sk: () => import('./common-strings/sk.ts'),
    sl: () => import('./common-strings/sl.ts'),
    sv: () => import('./common-strings/sv.ts'),
  },
};
