import { describe, expect, it } from 'vitest';
import { describeEventDate, type EventDateFields } from './event-dates.ts';

const seasons = { en: { autumn: 'Autumn' }, de: { autumn: 'Herbst' }, fr: { autumn: 'Automne' } } as const;
const seasonYear = (lang: keyof typeof seasons) => (season: string, year: number) =>
  `${seasons[lang][season as 'autumn']} ${year}`;

const timed: EventDateFields = {
  start: '2026-12-03T09:30',
  end: '2026-12-03T17:00',
  timeZone: 'Europe/Brussels',
  datePrecision: 'day',
  startsAt: '2026-12-03T08:30:00.000Z',
  endsAt: '2026-12-03T16:00:00.000Z',
};

describe('describeEventDate', () => {
  it('writes a season as a season, in each language', () => {
    const event: EventDateFields = {
      ...timed, start: '2026-09-01', end: '2026-11-30', datePrecision: 'season', approximateDate: '2026-23',
      startsAt: '2026-08-31T22:00:00Z', endsAt: '2026-11-30T23:00:00Z',
    };
    expect(describeEventDate(event, 'en', seasonYear('en'), 'Europe/Brussels')).toEqual({ text: 'Autumn 2026', group: 'Autumn 2026', datetime: '2026' });
    expect(describeEventDate(event, 'de', seasonYear('de')).text).toBe('Herbst 2026');
    expect(describeEventDate(event, 'fr', seasonYear('fr')).text).toBe('Automne 2026');
  });

  it('writes a month-precision date as a month, without a day or a zone', () => {
    const event: EventDateFields = {
      ...timed, start: '2026-10-01', end: '2026-10-31', datePrecision: 'month', approximateDate: '2026-10',
    };
    expect(describeEventDate(event, 'en', seasonYear('en'), 'America/New_York')).toEqual({ text: 'October 2026', group: 'October 2026', datetime: '2026-10' });
    expect(describeEventDate(event, 'de', seasonYear('de')).text).toBe('Oktober 2026');
  });

  it('writes whole days as dates, the same in every time zone', () => {
    const event: EventDateFields = { ...timed, start: '2026-05-18', end: '2026-05-19', startsAt: '2026-05-17T22:00:00Z', endsAt: '2026-05-19T22:00:00Z' };
    const inTokyo = describeEventDate(event, 'en-GB', seasonYear('en'), 'Asia/Tokyo');
    const inLisbon = describeEventDate(event, 'en-GB', seasonYear('en'), 'Europe/Lisbon');
    expect(inTokyo.text).toBe(inLisbon.text);
    expect(inTokyo.text).toMatch(/18.*19 May 2026/);
    expect(inTokyo.local).toBeUndefined();
    expect(inTokyo.group).toBe('May 2026');
  });

  it('shows a timed event in the visitor zone and adds its own zone when they differ', () => {
    const visitor = describeEventDate(timed, 'en-GB', seasonYear('en'), 'Europe/London');
    expect(visitor.text).toMatch(/08:30\s*–\s*16:00 GMT/);
    expect(visitor.local, 'the event’s own zone by name, not GMT+1').toMatch(/09:30\s*–\s*17:00 Central European Time$/);
    expect(describeEventDate(timed, 'pl', seasonYear('en'), 'Europe/London').local).toMatch(/czas środkowoeuropejski$/);
    expect(describeEventDate(timed, 'el', seasonYear('en'), 'Europe/London').local).toMatch(/Ώρα Κεντρικής Ευρώπης$/);
    expect(visitor.datetime).toBe('2026-12-03T08:30:00.000Z');
  });

  it('adds nothing when the visitor is in the event zone or one with the same offset', () => {
    expect(describeEventDate(timed, 'en-GB', seasonYear('en'), 'Europe/Brussels').local).toBeUndefined();
    expect(describeEventDate(timed, 'en-GB', seasonYear('en'), 'Europe/Berlin').local).toBeUndefined();
  });

  it('groups by the month the visitor sees, which can differ from the event zone', () => {
    const newYear = { ...timed, start: '2027-01-01T02:00', end: '2027-01-01T04:00', startsAt: '2027-01-01T01:00:00Z', endsAt: '2027-01-01T03:00:00Z' };
    expect(describeEventDate(newYear, 'en', seasonYear('en'), 'America/New_York').group).toBe('December 2026');
    expect(describeEventDate(newYear, 'en', seasonYear('en'), 'Europe/Brussels').group).toBe('January 2027');
  });
});
