/**
 * How an event's date reads, honest about what is known: a day or a range with times in the
 * event's zone, a month, or only a season ("tentatively planned for autumn 2027").
 */
import { parseApproximateDate, type ApproximateDate, type Season } from '@thb/schema/time';
import type { StoredEvent } from '@thb/store';
import type { AnswerStrings } from '../language/language-pack.ts';
import { dateFormat } from '@thb/text';
import { fillTemplate } from '@thb/text';

/** A `YYYY-MM-DD` date as a UTC instant, to format calendar dates without zone shifts. */
function calendarDate(date: string): Date {
  return new Date(`${date.slice(0, 10)}T00:00:00Z`);
}

function seasonOf(date: ApproximateDate | undefined): Season | undefined {
  return date && 'season' in date ? date.season : undefined;
}

/** The date phrase of an event, without its status. */
export function eventDatePhrase(stored: StoredEvent, locale: string, strings: AnswerStrings): string {
  const { event } = stored;
  const approximate = event.approximateDate ? parseApproximateDate(event.approximateDate) : undefined;
  const season = seasonOf(approximate);
  if (event.datePrecision === 'season' && approximate && season) {
    return fillTemplate(strings.eventDate.season, { season: strings.seasons[season], year: approximate.year });
  }
  if (event.datePrecision !== 'day') {
    const month = dateFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    return fillTemplate(strings.eventDate.month, { date: month.format(calendarDate(event.start)) });
  }
  if (event.start.includes('T')) {
    // A day with times: one phrase for the day, even when it spans the evening.
    const format = dateFormat(locale, {
      day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit',
      timeZone: event.timeZone, timeZoneName: 'short',
    });
    return fillTemplate(strings.eventDate.day, { date: format.formatRange(stored.startsAt, stored.endsAt) });
  }
  const days = dateFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  if (event.start === event.end) return fillTemplate(strings.eventDate.day, { date: days.format(calendarDate(event.start)) });
  return fillTemplate(strings.eventDate.range, { date: days.formatRange(calendarDate(event.start), calendarDate(event.end)) });
}

/** The date phrase with the event's status: "tentatively planned for autumn 2027". */
export function eventWhen(stored: StoredEvent, locale: string, strings: AnswerStrings): string {
  return fillTemplate(strings.eventStatus[stored.event.status], { when: eventDatePhrase(stored, locale, strings) });
}
