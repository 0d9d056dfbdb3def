import { describe, expect, it } from 'vitest';
import { eventSpan } from './event-span.ts';
import { BACKENDS } from './testing/backends.ts';
import { anEvent } from './testing/records.ts';

const now = new Date('2026-11-29T12:00:00Z');
const events = [
  anEvent({ id: 'past-long-ago', start: '2025-03-10', end: '2025-03-11' }),
  anEvent({ id: 'past-recent', start: '2026-11-20T10:00', end: '2026-11-20T11:00', kind: 'training', format: 'hybrid', place: { city: 'Brussels', country: 'BE' } }),
  anEvent({ id: 'ongoing', start: '2026-11-28', end: '2026-11-30', kind: 'conference', status: 'tentative' }),
  anEvent({ id: 'soon', start: '2026-12-02T09:00', end: '2026-12-02T10:00', status: 'cancelled' }),
  anEvent({ id: 'later', start: '2027-03-01', end: '2027-03-01', kind: 'platform-meeting' }),
  anEvent({ id: 'autumn', start: '2027-09-01', end: '2027-11-30', datePrecision: 'season', approximateDate: '2027-23',
    kind: 'platform-meeting', status: 'tentative', format: 'in-person', onlineUrl: undefined, place: { city: 'Brussels', country: 'BE' } }),
  // Ended two hours before "now" in Brussels time (the end of day 28 is 23:00 UTC on 28 November).
  anEvent({ id: 'just-ended', start: '2026-11-29T10:00', end: '2026-11-29T11:00', timeZone: 'UTC' }),
];

const ids = (result: { items: { event: { id: string } }[] }) => result.items.map((e) => e.event.id);

describe('eventSpan', () => {
  it('runs whole days from midnight to the midnight after the end day, in the event zone', () => {
    expect(eventSpan({ start: '2026-12-03', end: '2026-12-04', timeZone: 'Europe/Brussels' })).toEqual({
      startsAt: new Date('2026-12-02T23:00:00Z'), endsAt: new Date('2026-12-04T23:00:00Z'),
    });
  });
  it('reads local times across a DST change', () => {
    expect(eventSpan({ start: '2026-03-28T20:00', end: '2026-03-29T10:00', timeZone: 'Europe/Berlin' })).toEqual({
      startsAt: new Date('2026-03-28T19:00:00Z'), endsAt: new Date('2026-03-29T08:00:00Z'),
    });
  });
});

describe.each(BACKENDS)('events on $name', (backend) => {
  async function seeded() {
    const store = await backend.fresh();
    await store.putMany({ events });
    return store;
  }

  it('lists upcoming events soonest first, then past ones most recent first', async () => {
    const store = await seeded();
    const all = await store.events.list({ now });
    expect(ids(all)).toEqual(['ongoing', 'soon', 'later', 'autumn', 'just-ended', 'past-recent', 'past-long-ago']);
    expect(all.total).toBe(7);
  });

  it('splits upcoming (not yet ended) from past', async () => {
    const store = await seeded();
    expect(ids(await store.events.list({ now, when: 'upcoming' }))).toEqual(['ongoing', 'soon', 'later', 'autumn']);
    expect(ids(await store.events.list({ now, when: 'past' }))).toEqual(['just-ended', 'past-recent', 'past-long-ago']);
  });

  it('keeps events that end after `from` and start before `to`', async () => {
    const store = await seeded();
    const december = { from: new Date('2026-12-01T00:00:00Z'), to: new Date('2027-01-01T00:00:00Z') };
    expect(ids(await store.events.list({ now, ...december }))).toEqual(['soon']);
    // The ongoing event ends at 23:00 UTC on 30 November, after this `from`.
    expect(ids(await store.events.list({ now, from: new Date('2026-11-30T22:00:00Z'), to: december.to }))).toEqual(['ongoing', 'soon']);
    expect(ids(await store.events.list({ now, to: new Date('2026-11-20T09:00:00Z') }))).toEqual(['past-long-ago']);
    expect(ids(await store.events.list({ now, from: new Date('2027-10-01T00:00:00Z') }))).toEqual(['autumn']);
  });

  it('filters by status, kind and format', async () => {
    const store = await seeded();
    expect(ids(await store.events.list({ now, status: 'tentative' }))).toEqual(['ongoing', 'autumn']);
    expect(ids(await store.events.list({ now, kind: 'platform-meeting', when: 'upcoming' }))).toEqual(['later', 'autumn']);
    expect(ids(await store.events.list({ now, format: 'hybrid' }))).toEqual(['past-recent']);
    expect(ids(await store.events.list({ now, status: 'cancelled', format: 'online' }))).toEqual(['soon']);
  });

  it('pages with totals', async () => {
    const store = await seeded();
    const page = await store.events.list({ now }, { page: 2, pageSize: 3 });
    expect([ids(page), page.total]).toEqual([['autumn', 'just-ended', 'past-recent'], 7]);
    const upcoming = await store.events.list({ now, when: 'upcoming' }, { page: 2, pageSize: 3 });
    expect([ids(upcoming), upcoming.total]).toEqual([['autumn'], 4]);
  });

  it('stores the span and precision with the event, and gets, replaces and removes it', async () => {
    const store = await seeded();
    expect(await store.events.get('autumn')).toEqual({
      event: events[5], startsAt: new Date('2027-08-31T22:00:00Z'), endsAt: new Date('2027-11-30T23:00:00Z'), datePrecision: 'season',
    });
    await store.events.put({ ...events[4]!, start: '2026-11-30', end: '2026-11-30' });
    expect(ids(await store.events.list({ now, when: 'upcoming' }))).toEqual(['ongoing', 'later', 'soon', 'autumn']);
    expect(await store.events.remove('later')).toBe(true);
    expect(await store.events.remove('later')).toBe(false);
    expect(await store.events.get('later')).toBeUndefined();
    expect(await store.events.count()).toBe(6);
  });
});
