/**
 * iCalendar (RFC 5545) for events, built with ical-generator: timed events in their own time
 * zone with a VTIMEZONE, whole-day and approximate events as all-day events.
 */
import ical, { escape, ICalEventStatus, ICalEventTransparency, type ICalEventData } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { addDays, hasTimeOfDay, type EuLanguage, type EventStatus, type EventView } from '@thb/schema';
import { countryName } from '@thb/text';
import { approximateDateLabel, calendarStrings } from './events.calendar-strings.ts';

/** The media type of iCalendar bodies. */
export const CALENDAR_MEDIA_TYPE = 'text/calendar; charset=utf-8';

/** The domain part of every event UID: stable across servers, so re-imports update, not duplicate. */
const UID_DOMAIN = 'thb-platform-kit.eu';

/** SEQUENCE counts seconds since this instant, so it grows with every edit and fits in 32 bits until 2092. */
const SEQUENCE_EPOCH = Date.UTC(2024, 0, 1);

/** How often subscribed calendars should refresh (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
const REFRESH_SECONDS = 60 * 60;

const STATUS: Record<EventStatus, ICalEventStatus> = {
  confirmed: ICalEventStatus.CONFIRMED,
  tentative: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED,
};

const vtimezones = new Map<string, string | null>();

/** The VTIMEZONE block of an IANA zone, or null when the library does not know the zone. */
function vtimezone(zone: string): string | null {
  let block = vtimezones.get(zone);
  if (block === undefined) {
    const result = tzlib_get_ical_block(zone);
    block = Array.isArray(result) && result[0]?.startsWith('BEGIN:VTIMEZONE') ? result[0] : null;
    vtimezones.set(zone, block);
  }
  return block;
}

/** When and how long: wall-clock times in the event's zone, or dates with an exclusive end. */
function eventTimes(event: EventView): Pick<ICalEventData, 'start' | 'end' | 'allDay' | 'timezone'> {
  if (!hasTimeOfDay(event.start)) return { start: event.start, end: addDays(event.end, 1), allDay: true };
  // A zone without a VTIMEZONE would leave TZID dangling; UTC instants are then the honest fallback.
  if (vtimezone(event.timeZone) === null) return { start: new Date(event.startsAt), end: new Date(event.endsAt) };
  return { start: event.start, end: event.end, timezone: event.timeZone };
}

function location(event: EventView, language: EuLanguage): string | undefined {
  if (event.place) {
    const { name, address, city, country } = event.place;
    return [name, address, city, countryName(country, language)].filter(Boolean).join(', ');
  }
  return event.onlineUrl ?? calendarStrings(language).online;
}

function toCalendarEvent(event: EventView, language: EuLanguage): ICalEventData {
  const strings = calendarStrings(language);
  const approximate = event.datePrecision !== 'day' && event.approximateDate
    ? approximateDateLabel(event.approximateDate, language)
    : undefined;
  const description = [
    approximate ? `${strings.tentative}: ${approximate}` : undefined,
    event.description,
    `${strings.organiser}: ${event.organiser.name}`,
    event.registrationUrl,
  ].filter(Boolean).join('\n\n');
  const updatedAt = new Date(event.updatedAt);
  return {
    // ical-generator writes UID as given; ids are slugs, but escaping it too means no stored
    // value, valid or not, can ever start a property line of its own.
    id: escape(`${event.id}@${UID_DOMAIN}`, false),
    ...eventTimes(event),
    summary: approximate ? `${event.title} (${strings.tentative.toLowerCase()}: ${approximate})` : event.title,
    description,
    location: location(event, language) ?? null,
    url: event.registrationUrl ?? event.onlineUrl ?? null,
    status: STATUS[event.status],
    // An approximate span of weeks or months must not mark the whole period as busy.
    transparency: approximate ? ICalEventTransparency.TRANSPARENT : ICalEventTransparency.OPAQUE,
    sequence: Math.max(0, Math.floor((updatedAt.getTime() - SEQUENCE_EPOCH) / 1000)),
    // Without a METHOD, DTSTAMP is the last revision (RFC 5545 §3.8.7.2); using updatedAt keeps
    // the bytes, and so the ETag, the same on every server and after restarts.
    stamp: updatedAt,
    lastModified: updatedAt,
  };
}

/** What to call the calendar. */
export interface CalendarOptions {
  language: EuLanguage;
  /** X-WR-CALNAME; the platform's event calendar name by default. */
  name?: string;
}

/**
 * An iCalendar document for the given events.
 * @example buildCalendar(events, { language: 'de' }) // 'BEGIN:VCALENDAR\r\n…'
 */
export function buildCalendar(events: readonly EventView[], options: CalendarOptions): string {
  const strings = calendarStrings(options.language);
  const calendar = ical({
    prodId: { company: 'THB Platform Kit', product: 'Events', language: options.language.toUpperCase() },
    name: options.name ?? strings.calendarName,
    description: strings.calendarDescription,
    ttl: REFRESH_SECONDS,
    timezone: { name: null, generator: vtimezone },
  });
  for (const event of events) calendar.createEvent(toCalendarEvent(event, options.language));
  return calendar.toString();
}
