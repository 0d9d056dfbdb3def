/** The event list's UI strings. Kinds, formats and seasons are listed per value so that catalogues stay data. */
import type { EventFormat, EventKind } from '@thb/schema/enums';
import { commonStrings, type CommonKey } from '../internal/common.strings.ts';
import { lazyCatalogue, valuesOf, type CataloguePart } from '../internal/strings.ts';

/** Keys of this element's own strings (the shared ones come from `common.strings.ts`). */
export type EventListOwnKey = keyof typeof en;

/** Keys of all the event list strings. */
export type EventListKey = EventListOwnKey | CommonKey;

const en = {
  label: 'Events',
  upcoming: 'Upcoming',
  past: 'Past',
  kind: 'Type of event',
  allKinds: 'All types',
  format: 'Format',
  allFormats: 'All formats',
  'kind.platform-meeting': 'Platform meeting',
  'kind.webinar': 'Webinar',
  'kind.training': 'Training',
  'kind.conference': 'Conference',
  'format.in-person': 'In person',
  'format.online': 'Online',
  'format.hybrid': 'Hybrid',
  tentative: 'Tentative',
  cancelled: 'Cancelled',
  'season.spring': 'Spring',
  'season.summer': 'Summer',
  'season.autumn': 'Autumn',
  'season.winter': 'Winter',
  seasonYear: '{season} {year}',
  eventTime: 'Event time: {time}',
  addToCalendar: 'Add to calendar',
  register: 'Register',
  join: 'Join online',
  subscribe: 'Subscribe to the calendar',
  noUpcoming: 'No upcoming events at the moment.',
  noPast: 'No past events.',
  noMatch: 'No events match these filters.',
  clearFilters: 'Show all types and formats',
  'count.one': '{count} event',
  'count.other': '{count} events',
  languages: 'In {languages}',
} satisfies Record<`kind.${EventKind}` | `format.${EventFormat}`, string> & Record<string, string>;

/** Event list strings of this element only: English here, every further language in `strings/`. */
export const eventListOwnStrings: CataloguePart<EventListOwnKey> = {
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

/** Event list strings with the shared ones, each language loaded on demand. */
export const eventListStrings = lazyCatalogue(commonStrings, eventListOwnStrings);


/** The kinds of event and the formats, in catalogue order (which names every one, see `en`). */
export const EVENT_KINDS = valuesOf(en, 'kind.') as EventKind[];
export const EVENT_FORMATS = valuesOf(en, 'format.') as EventFormat[];
