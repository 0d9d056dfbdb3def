import type { Event } from '@thb/schema';
import { zonedTimeToInstant } from '@thb/schema/time';
import type { StoredEvent } from '@thb/store';
import { describe, expect, it } from 'vitest';
import { de } from '../language/packs/de.ts';
import { en } from '../language/packs/en.ts';
import { fr } from '../language/packs/fr.ts';
import { eventWhen } from './event-dates.ts';

function stored(fields: Partial<Event>): StoredEvent {
  const event: Event = {
    id: 'e', kind: 'platform-meeting', status: 'confirmed', start: '2027-03-04', end: '2027-03-04', timeZone: 'Europe/Brussels',
    datePrecision: 'day', format: 'online', languages: ['en'], updatedAt: '2026-11-01T00:00:00Z',
    title: { en: 'T' }, description: { en: 'D' }, organiser: { type: 'commission' }, ...fields,
  };
  return {
    event,
    startsAt: zonedTimeToInstant(event.start, event.timeZone),
    endsAt: zonedTimeToInstant(event.end, event.timeZone),
    datePrecision: event.datePrecision,
  };
}

describe('event dates', () => {
  it('says a season honestly', () => {
    const autumn = stored({ status: 'tentative', datePrecision: 'season', approximateDate: '2027-23', start: '2027-09-01', end: '2027-11-30' });
    expect(eventWhen(autumn, en.dateLocale, en.strings)).toBe('tentatively planned for autumn 2027');
    expect(eventWhen(autumn, de.dateLocale, de.strings)).toBe('vorläufig geplant für Herbst 2027');
    expect(eventWhen(autumn, fr.dateLocale, fr.strings)).toBe("prévu provisoirement pour l'automne 2027");
  });
  it('says a month without inventing a day', () => {
    const march = stored({ datePrecision: 'month', approximateDate: '2027-03', start: '2027-03-01', end: '2027-03-31' });
    expect(eventWhen(march, en.dateLocale, en.strings)).toBe('March 2027');
    expect(eventWhen(march, fr.dateLocale, fr.strings)).toBe('mars 2027');
  });
  it('gives days, ranges and times in the event\'s zone', () => {
    expect(eventWhen(stored({}), en.dateLocale, en.strings)).toBe('4 March 2027');
    expect(eventWhen(stored({}), fr.dateLocale, fr.strings)).toBe('le 4 mars 2027');
    expect(eventWhen(stored({ end: '2027-03-05' }), de.dateLocale, de.strings)).toMatch(/^4\.\s*–\s*5\. März 2027$/);
    const timed = stored({ start: '2027-03-04T09:30', end: '2027-03-04T17:00' });
    expect(eventWhen(timed, en.dateLocale, en.strings)).toMatch(/^4 March 2027, 09:30\s*–\s*17:00 CET$/);
    expect(eventWhen(stored({ status: 'cancelled' }), en.dateLocale, en.strings)).toBe('cancelled (was planned for 4 March 2027)');
  });
});
