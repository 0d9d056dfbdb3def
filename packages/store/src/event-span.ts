/** When an event starts and is over, as UTC instants, from its local dates and time zone. */
import { addDays, hasTimeOfDay, zonedTimeToInstant, type Event } from '@thb/schema';

/**
 * The span of an event. Whole-day dates start at the start day's midnight in the event's zone
 * and end (exclusive) at the midnight after the `end` day, so a one-day event lasts that day.
 * @example eventSpan({ start: '2026-12-03', end: '2026-12-03', timeZone: 'Europe/Brussels' })
 *   // { startsAt: 2026-12-02T23:00:00.000Z, endsAt: 2026-12-03T23:00:00.000Z }
 */
export function eventSpan(event: Pick<Event, 'start' | 'end' | 'timeZone'>): { startsAt: Date; endsAt: Date } {
  const startsAt = zonedTimeToInstant(event.start, event.timeZone);
  const endsAt = hasTimeOfDay(event.end)
    ? zonedTimeToInstant(event.end, event.timeZone)
    : zonedTimeToInstant(addDays(event.end, 1), event.timeZone);
  return { startsAt, endsAt };
}
