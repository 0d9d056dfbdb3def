/**
 * How an event's date reads: in the visitor's time zone, with the event's own zone beside it
 * when they differ; a month or a season when that is all that is known ("Autumn 2026").
 */
import type { EventView } from '@thb/schema';
import { parseApproximateDate, timeZoneOffset, type Season } from '@thb/schema/time';

/** The fields of an event that decide how its date is written. */
export type EventDateFields = Pick<
  EventView,
  'start' | 'end' | 'timeZone' | 'datePrecision' | 'approximateDate' | 'startsAt' | 'endsAt'
>;

/** An event's date as text. */
export interface EventDateText {
  /** In the visitor's zone (or the whole days / month / season as planned). */
  text: string;
  /** The same span in the event's own zone, only when that zone differs from the visitor's. */
  local?: string;
  /** The month or season the event is listed under. */
  group: string;
  /** A valid `<time datetime>` value. */
  datetime: string;
}

const TIMED: Intl.DateTimeFormatOptions = {
  weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short',
};
const WHOLE_DAY: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
const MONTH: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric' };

/** The visitor's IANA time zone. */
export function visitorTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * Writes an event's date for `lang`.
 * @param seasonYear - e.g. `(season, year) => 'Autumn 2026'`, from the string catalogue.
 * @example describeEventDate(event, 'en', (s, y) => `${s} ${y}`, 'Europe/Lisbon').text // 'Tue, 3 Dec 2026, 09:30 – 17:00 GMT'
 */
export function describeEventDate(
  event: EventDateFields,
  lang: string,
  seasonYear: (season: Season, year: number) => string,
  viewerZone: string = visitorTimeZone(),
): EventDateText {
  const approximate = event.approximateDate ? parseApproximateDate(event.approximateDate) : undefined;
  if (event.datePrecision === 'season' && approximate && 'season' in approximate) {
    const text = seasonYear(approximate.season as Season, approximate.year);
    return { text, group: text, datetime: String(approximate.year) };
  }
  if (event.datePrecision !== 'day') {
    const [year, month] = (approximate && 'month' in approximate ? `${approximate.year}-${approximate.month}` : event.start).split('-').map(Number);
    const text = monthName(year!, month!, lang);
    return { text, group: text, datetime: `${year}-${String(month).padStart(2, '0')}` };
  }
  if (!event.start.includes('T')) {
    const [start, end] = [dateOnly(event.start), dateOnly(event.end)];
    const format = new Intl.DateTimeFormat(lang, WHOLE_DAY);
    const text = event.start === event.end ? format.format(start) : format.formatRange(start, end);
    return { text, group: monthName(start.getUTCFullYear(), start.getUTCMonth() + 1, lang), datetime: event.start };
  }
  const [startsAt, endsAt] = [new Date(event.startsAt), new Date(event.endsAt)];
  const text = new Intl.DateTimeFormat(lang, { ...TIMED, timeZone: viewerZone }).formatRange(startsAt, endsAt);
  const group = new Intl.DateTimeFormat(lang, { ...MONTH, timeZone: viewerZone }).format(startsAt);
  const differs = timeZoneOffset(startsAt.getTime(), viewerZone) !== timeZoneOffset(startsAt.getTime(), event.timeZone);
  const local = differs
    ? `${new Intl.DateTimeFormat(lang, { ...TIMED, timeZoneName: undefined, timeZone: event.timeZone }).formatRange(startsAt, endsAt)} ${zoneName(event.timeZone, lang, startsAt)}`
    : undefined;
  return { text, group, datetime: event.startsAt, ...(local ? { local } : {}) };
}

/**
 * The event's zone by name in `lang` ("Central European Time", "czas środkowoeuropejski"), not
 * an offset such as "GMT+1": asked of a time-only format, where `Intl` gives the generic name.
 */
function zoneName(zone: string, lang: string, at: Date): string {
  const parts = new Intl.DateTimeFormat(lang, { hour: 'numeric', timeZone: zone, timeZoneName: 'longGeneric' }).formatToParts(at);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? zone;
}

function dateOnly(date: string): Date {
  return new Date(`${date.slice(0, 10)}T00:00:00Z`);
}

function monthName(year: number, month: number, lang: string): string {
  return new Intl.DateTimeFormat(lang, { ...MONTH, timeZone: 'UTC' }).format(Date.UTC(year, month - 1, 15));
}
