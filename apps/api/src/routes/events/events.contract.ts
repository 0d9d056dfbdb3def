/**
 * The behaviour of the event routes, run against every backend by test/contract.test.ts. The
 * API's clock is pinned to `TEST_NOW` on every backend (see test/worker-entry.ts for the Worker).
 */
import { describe, expect, it } from 'vitest';
import { EventPage, EventView } from '@thb/schema';
import type { ApiUnderTest } from '../../../test/support/api-under-test.ts';
import { expectProblem, invalidNames } from '../../../test/support/expect-problem.ts';
import { TEST_NOW } from '../../../test/support/fixtures.ts';

/** `/v1/events`, `/v1/events/{id}` and the single event's `.ics` routing on one backend. */
export function eventsContract(api: ApiUnderTest): void {
  async function list(query = '') {
    const response = await api.fetch(`/v1/events${query}`);
    expect(response.status).toBe(200);
    return EventPage.parse(await response.json());
  }

  const now = TEST_NOW.toISOString();

  describe('GET /v1/events', () => {
    it('lists upcoming events soonest first, then past ones latest first', async () => {
      const all = await list('?pageSize=100');
      expect(all.total).toBe(await api.store.events.count());
      const firstPast = all.items.findIndex((e) => e.endsAt <= now);
      expect(firstPast).toBeGreaterThan(0);
      const upcoming = all.items.slice(0, firstPast);
      const past = all.items.slice(firstPast);
      expect(past.every((e) => e.endsAt <= now)).toBe(true);
      expect(upcoming.map((e) => e.startsAt)).toEqual(upcoming.map((e) => e.startsAt).sort());
      expect(past.map((e) => e.endsAt)).toEqual(past.map((e) => e.endsAt).sort().reverse());
      expect((await list('?pageSize=3&page=2')).items.map((e) => e.id)).toEqual(all.items.slice(3, 6).map((e) => e.id));
    });

    it('separates upcoming from past events: upcoming until they have ended', async () => {
      const upcoming = await list('?when=upcoming&pageSize=100');
      const past = await list('?when=past&pageSize=100');
      expect(upcoming.items.every((e) => e.endsAt > now)).toBe(true);
      expect(past.items.every((e) => e.endsAt <= now)).toBe(true);
      expect(upcoming.total + past.total).toBe(await api.store.events.count());
      expect(past.items.map((e) => e.id)).toContain('fixture-cancelled-webinar');
    });

    it('gives the span as UTC instants, across a daylight-saving change and for whole days', async () => {
      const { items } = await list('?kind=platform-meeting&from=2027-03-27&to=2027-03-28&pageSize=100');
      const meeting = items.find((e) => e.id === 'fixture-timed-meeting')!;
      expect(meeting).toMatchObject({
        start: '2027-03-27T09:30', startsAt: '2027-03-27T08:30:00.000Z', // CET
        end: '2027-03-28T17:00', endsAt: '2027-03-28T15:00:00.000Z', // CEST, after the change that night
        organiser: { type: 'commission', name: 'European Commission' },
      });
      const training = (await list('?kind=training&from=2027-01-14&to=2027-01-14')).items.find((e) => e.id === 'fixture-whole-day-training')!;
      expect(training).toMatchObject({ startsAt: '2027-01-14T00:00:00.000Z', endsAt: '2027-01-16T00:00:00.000Z' });
      expect(training.organiser).toEqual({ type: 'member', memberId: 'fixture-lisbon-network', name: 'Fixture Network Lisboa' });
    });

    it('filters by from/to (dates include the whole day), status, kind and format', async () => {
      const january = await list('?from=2027-01-01&to=2027-01-31&pageSize=100');
      expect(january.items.map((e) => e.id)).toContain('fixture-whole-day-training');
      expect(january.items.every((e) => e.endsAt > '2027-01-01T00:00:00.000Z' && e.startsAt < '2027-02-01T00:00:00.000Z')).toBe(true);
      const instant = await list('?from=2027-01-15T23:59:00Z&to=2027-01-31T00:00:00Z&pageSize=100');
      expect(instant.items.map((e) => e.id)).toContain('fixture-whole-day-training'); // ends at 16 Jan 00:00Z
      const after = await list('?from=2027-01-16&to=2027-01-31&pageSize=100');
      expect(after.items.map((e) => e.id)).not.toContain('fixture-whole-day-training');
      const cancelled = await list('?status=cancelled&pageSize=100');
      expect(cancelled.items.length).toBeGreaterThan(0);
      expect(cancelled.items.every((e) => e.status === 'cancelled')).toBe(true);
      const online = await list('?format=online&kind=webinar&pageSize=100');
      expect(online.items.every((e) => e.format === 'online' && e.kind === 'webinar')).toBe(true);
    });

    it('localises titles and the Commission', async () => {
      const response = await api.fetch('/v1/events/fixture-timed-meeting', { headers: { 'accept-language': 'fr' } });
      const event = EventView.parse(await response.json());
      expect(event.title).toBe('Réunion de la plateforme (fixture)');
      expect(event.organiser.name).toBe('Commission européenne');
      expect(event.description).toBe('A timed meeting in Brussels.');
    });

    it('accepts the extremes of the date range', async () => {
      const total = await api.store.events.count();
      expect((await list('?to=9999-12-31&pageSize=100')).total).toBe(total);
      expect((await list('?from=0000-01-01&pageSize=100')).total).toBe(total);
      expect((await list('?from=0099-01-01&to=0099-12-31')).total).toBe(0);
    });

    it('reports bad dates and values', async () => {
      const problem = await expectProblem(await api.fetch('/v1/events?from=yesterday&when=soon&status=maybe'), 400);
      expect(invalidNames(problem)).toEqual(['query:from', 'query:status', 'query:when']);
    });
  });

  describe('GET /v1/events/{id} and /v1/events/{id}.ics', () => {
    it('routes an id and the same id with .ics to different representations', async () => {
      const json = await api.fetch('/v1/events/fixture-timed-meeting');
      expect(json.headers.get('content-type')).toBe('application/json');
      const ics = await api.fetch('/v1/events/fixture-timed-meeting.ics');
      expect(ics.status).toBe(200);
      expect(ics.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
      expect(await ics.text()).toContain('UID:fixture-timed-meeting@thb-platform-kit.eu');
    });

    it('answers 404 and 400 as problems for both', async () => {
      await expectProblem(await api.fetch('/v1/events/no-such-event'), 404);
      await expectProblem(await api.fetch('/v1/events/no-such-event.ics'), 404);
      expect(invalidNames(await expectProblem(await api.fetch('/v1/events/Bad_Id.ics'), 400))).toEqual(['path:id']);
      expect(invalidNames(await expectProblem(await api.fetch('/v1/events/.ics'), 400))).toEqual(['path:id']);
      const query = await expectProblem(await api.fetch('/v1/events/fixture-timed-meeting.ics?lang=xx&x=1'), 400);
      expect(invalidNames(query)).toEqual(['query:lang', 'query:x']);
    });
  });
}
