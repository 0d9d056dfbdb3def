/**
 * The iCalendar routes' behaviour, run against every backend by test/contract.test.ts; each
 * calendar is parsed back with ical.js, as a calendar application would read it.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { Event } from '@thb/schema';
import type { ApiUnderTest } from '../../../test/support/api-under-test.ts';
import { expectProblem, invalidNames } from '../../../test/support/expect-problem.ts';
import { fixtureEvents } from '../../../test/support/fixtures.ts';

/** `/v1/events.ics` and `/v1/events/{id}.ics` on one backend. */
export function eventsCalendarContract(api: ApiUnderTest): void {
  /** Parses a calendar with ical.js (registering its time zones) and indexes events by UID. */
  function parseCalendar(text: string) {
    const calendar = new ICAL.Component(ICAL.parse(text));
    for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
    const events = new Map(calendar.getAllSubcomponents('vevent').map((vevent) => {
      const event = new ICAL.Event(vevent);
      return [event.uid, { event, vevent }] as const;
    }));
    return { calendar, events };
  }

  async function fetchCalendar(path: string) {
    const response = await api.fetch(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    return parseCalendar(await response.text());
  }

  const uid = (id: string) => `${id}@thb-platform-kit.eu`;

  describe('GET /v1/events.ics', () => {
    it('is a subscribable calendar with a name and a refresh interval', async () => {
      const { calendar, events } = await fetchCalendar('/v1/events.ics');
      expect(calendar.getFirstPropertyValue('x-wr-calname')).toMatch(/events/);
      expect(String(calendar.getFirstPropertyValue('refresh-interval'))).toBe('PT1H');
      expect(String(calendar.getFirstPropertyValue('x-published-ttl'))).toBe('PT1H');
      expect(events.size).toBe(await api.store.events.count());
      expect([...events.keys()].every((key) => key.endsWith('@thb-platform-kit.eu'))).toBe(true);
    });

    it('writes timed events in their own zone with a VTIMEZONE', async () => {
      const { calendar, events } = await fetchCalendar('/v1/events.ics?kind=platform-meeting');
      const { event, vevent } = events.get(uid('fixture-timed-meeting'))!;
      expect(vevent.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Brussels');
      expect(calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'))).toContain('Europe/Brussels');
      expect(event.startDate.toString()).toBe('2027-03-27T09:30:00');
      expect(event.startDate.toJSDate().toISOString()).toBe('2027-03-27T08:30:00.000Z');
      expect(event.endDate.toJSDate().toISOString()).toBe('2027-03-28T15:00:00.000Z'); // after the DST change
      expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
      expect(vevent.getFirstPropertyValue('url')).toBe('https://register.example.org/thb');
      expect(event.location).toBe('Berlaymont, Brussels, Belgium');
    });

    it('writes whole-day and approximate events as all-day events with an exclusive end', async () => {
      const { events } = await fetchCalendar('/v1/events.ics?when=upcoming');
      const training = events.get(uid('fixture-whole-day-training'))!.event;
      expect(training.startDate.isDate).toBe(true);
      expect(training.startDate.toString()).toBe('2027-01-14');
      expect(training.endDate.toString()).toBe('2027-01-16'); // 14th and 15th
      const { event, vevent } = events.get(uid('fixture-autumn-conference'))!;
      expect(event.startDate.isDate).toBe(true);
      expect([event.startDate.toString(), event.endDate.toString()]).toEqual(['2027-09-01', '2027-12-01']);
      expect(vevent.getFirstPropertyValue('status')).toBe('TENTATIVE');
      expect(vevent.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
      expect(event.summary).toContain('autumn 2027');
      expect(event.description.startsWith('Tentative: autumn 2027')).toBe(true);
    });

    it('marks cancelled events and keeps past ones in the default feed', async () => {
      const { events } = await fetchCalendar('/v1/events.ics?status=cancelled');
      expect(events.size).toBeGreaterThan(0);
      expect([...events.values()].every(({ vevent }) => vevent.getFirstPropertyValue('status') === 'CANCELLED')).toBe(true);
      expect(events.has(uid('fixture-cancelled-webinar'))).toBe(true);
    });

    it('speaks the requested language', async () => {
      const { calendar, events } = await fetchCalendar('/v1/events.ics?lang=de&kind=conference');
      expect(calendar.getFirstPropertyValue('x-wr-calname')).toContain('Menschenhandel');
      expect(events.get(uid('fixture-autumn-conference'))!.event.description).toMatch(/^Vorläufig: Herbst 2027/);
    });

    it('takes the list filters but not paging', async () => {
      const problem = await expectProblem(await api.fetch('/v1/events.ics?page=2&format=radio'), 400);
      expect(invalidNames(problem)).toEqual(['query:format', 'query:page']);
    });
  });

  describe('GET /v1/events/{id}.ics', () => {
    it('has one event with a stable UID, its revision and DTSTAMP from updatedAt', async () => {
      const { events } = await fetchCalendar('/v1/events/fixture-autumn-conference.ics');
      expect([...events.keys()]).toEqual([uid('fixture-autumn-conference')]);
      const { vevent } = events.get(uid('fixture-autumn-conference'))!;
      const lastModified = (vevent.getFirstPropertyValue('last-modified') as ICAL.Time).toJSDate().toISOString();
      expect(lastModified).toBe('2026-11-03T10:00:00.000Z');
      expect((vevent.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().toISOString()).toBe(lastModified);
    });

    it('raises SEQUENCE when the event is edited', async () => {
      const sequence = async () => {
        const { events } = await fetchCalendar('/v1/events/fixture-whole-day-training.ics');
        return Number(events.get(uid('fixture-whole-day-training'))!.vevent.getFirstPropertyValue('sequence'));
      };
      const before = await sequence();
      const original = fixtureEvents.find((e) => e.id === 'fixture-whole-day-training')!;
      await api.store.events.put(Event.parse({ ...original, updatedAt: '2026-11-20T08:00:00Z', status: 'cancelled' }));
      try {
        expect(await sequence()).toBeGreaterThan(before);
      } finally {
        await api.store.events.put(original); // the other contracts expect the fixtures as they are
      }
    });
  });
}
