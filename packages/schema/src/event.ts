/** A platform meeting, webinar, training or conference, possibly with an approximate date. */
import * as z from 'zod';
import {
  CountryCode, HttpUrl, IsoDate, IsoDateTime, LanguageCode, LocalDateTime, LocalizedText, Slug, TimeZone,
} from './common.ts';
import { DATE_PRECISIONS, EVENT_FORMATS, EVENT_KINDS, EVENT_STATUSES } from './enums.ts';
import { OrganisationRef, OrganisationRefView } from './organisation-ref.ts';
import { APPROXIMATE_DATE_PATTERN, hasTimeOfDay } from './time.ts';

/** Where an in-person or hybrid event takes place. */
export const Place = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  address: z.string().trim().min(1).max(300).optional(),
  city: z.string().trim().min(1).max(120),
  country: CountryCode,
});
export type Place = z.infer<typeof Place>;

/** A local date (whole days) or a local date-time, read in the event's time zone. */
const EventTime = z.union([IsoDate, LocalDateTime]);

const eventFields = {
  id: Slug,
  kind: z.enum(EVENT_KINDS),
  status: z.enum(EVENT_STATUSES),
  start: EventTime.meta({ description: 'Local start: a date for whole days, else a date-time in `timeZone`' }),
  end: EventTime.meta({ description: 'Local end, inclusive for dates; same form as `start`' }),
  timeZone: TimeZone,
  datePrecision: z.enum(DATE_PRECISIONS),
  approximateDate: z
    .string()
    .regex(APPROXIMATE_DATE_PATTERN, 'must be EDTF: YYYY, YYYY-MM or a season YYYY-21…24')
    .optional()
    .meta({ description: 'EDTF (ISO 8601-2) form of an approximate date, e.g. 2026-23 for autumn 2026' }),
  format: z.enum(EVENT_FORMATS),
  place: Place.optional(),
  onlineUrl: HttpUrl.optional(),
  registrationUrl: HttpUrl.optional(),
  languages: z.array(LanguageCode).min(1),
  updatedAt: IsoDateTime,
};

type EventShape = {
  start: string; end: string; datePrecision: string; approximateDate?: string | undefined;
  format: string; place?: unknown; onlineUrl?: string | undefined;
};

/** The rules that tie an event's fields together. */
function eventIsConsistent(event: EventShape, ctx: z.core.$RefinementCtx): void {
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  if (hasTimeOfDay(event.start) !== hasTimeOfDay(event.end)) issue('end', 'must have the same form as start');
  else if (event.end < event.start) issue('end', 'must not be before start');
  if (event.datePrecision !== 'day') {
    if (hasTimeOfDay(event.start)) issue('start', `a ${event.datePrecision}-precision date has no time of day`);
    if (!event.approximateDate) issue('approximateDate', `is required with ${event.datePrecision} precision`);
  }
  if (event.format !== 'online' && !event.place) issue('place', `is required for ${event.format} events`);
  if (event.format === 'in-person' && event.onlineUrl) issue('onlineUrl', 'an in-person event has no online link');
}

/** An event as stored, its texts in several languages. */
export const Event = z
  .strictObject({ ...eventFields, title: LocalizedText, description: LocalizedText, organiser: OrganisationRef })
  .superRefine(eventIsConsistent)
  .meta({ id: 'Event' });
export type Event = z.infer<typeof Event>;

/** An event as the read API returns it: texts in one language, and its span as UTC instants. */
export const EventView = z
  .strictObject({
    ...eventFields,
    title: z.string(),
    description: z.string(),
    organiser: OrganisationRefView,
    startsAt: IsoDateTime.meta({ description: 'When it starts, as a UTC instant' }),
    endsAt: IsoDateTime.meta({ description: 'When it is over (exclusive), as a UTC instant' }),
  })
  .meta({ id: 'EventView' });
export type EventView = z.infer<typeof EventView>;
