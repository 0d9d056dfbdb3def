/** The member map's UI strings; scopes and focus areas are listed per value, as data. */
import { commonStrings, type CommonKey } from '../internal/common.strings.ts';
import type { Scope } from '@thb/schema/enums';
import { focusStrings, type FocusKey } from '../internal/focus.strings.ts';
import { lazyCatalogue, valuesOf, type CataloguePart } from '../internal/strings.ts';

/** Keys of this element's own strings (the shared ones come from `common.strings.ts`). */
export type MemberMapOwnKey = keyof typeof en;

/** Keys of all the member map strings. */
export type MemberMapKey = MemberMapOwnKey | FocusKey | CommonKey;

const en = {
  mapLabel: 'Map of member organisations',
  mapHelp: 'Arrow keys move the map, plus and minus zoom, 0 shows all of Europe. Tab moves through the markers.',
  skipToList: 'Skip to the list of organisations',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  reset: 'Show all of Europe',
  search: 'Search by name or city',
  country: 'Country', allCountries: 'All countries',
  focusArea: 'Focus area', allFocus: 'All focus areas',
  scope: 'Scope', allScopes: 'All scopes',
  'scope.local': 'Local', 'scope.national': 'National', 'scope.european': 'European', 'scope.international': 'International',
  nearMe: 'Sort by distance from me',
  nearMeHint: 'Your location is used only in your browser and sent nowhere.',
  locating: 'Finding your location…',
  locationError: 'Your location is not available.',
  youAreHere: 'Your location',
  list: 'Organisations',
  'organisations.one': '{count} organisation',
  'organisations.other': '{count} organisations',
  'atPlace.one': '{count} organisation at this place',
  'atPlace.other': '{count} organisations at this place',
  showAll: 'Show all',
  noMatch: 'No organisation matches these filters.',
  clearFilters: 'Clear the filters',
  'live.one': '{count} organisation is new or updated.',
  'live.other': '{count} organisations are new or updated.',
  new: 'New',
  changed: 'Updated',
  close: 'Close',
  website: 'Website',
  email: 'E-mail',
  phone: 'Phone',
  contactPage: 'Contact page',
  memberSince: 'Member since {date}',
  worksIn: 'Works in {languages}',
  distance: '{distance} km away',
  showOnMap: 'Details of {name}',
} satisfies Record<`scope.${Scope}`, string> & Record<string, string>;

/** The scopes in catalogue order (the catalogue names every one of the schema's). */
export const SCOPE_VALUES = valuesOf(en, 'scope.') as Scope[];

/** Member map strings of this element only: English here, every further language in `strings/`. */
export const memberMapOwnStrings: CataloguePart<MemberMapOwnKey> = {
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

/** Member map strings with the shared ones, each language loaded on demand. */
export const memberMapStrings = lazyCatalogue(commonStrings, focusStrings, memberMapOwnStrings);
