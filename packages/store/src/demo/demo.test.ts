import { describe, expect, it } from 'vitest';
import {
  EU_COUNTRIES, EVENT_FORMATS, EVENT_STATUSES, Event, Member, RESOURCE_TYPES, Resource, parseApproximateDate,
} from '@thb/schema';
import { eventSpan } from '../event-span.ts';
import { BACKENDS } from '../testing/backends.ts';
import { aMember } from '../testing/records.ts';
import { demoData, seedDemoData } from './index.ts';
import { demoUpdatedAt } from './updated-at.ts';

const now = new Date('2026-11-29T08:00:00Z');
const data = demoData(now);
const isEu = (country: string) => (EU_COUNTRIES as readonly string[]).includes(country);

describe('demo data', () => {
  it('is valid against the schemas, with unique ids and references that resolve', () => {
    for (const member of data.members) expect(Member.safeParse(member).error?.issues ?? member.id).toBe(member.id);
    for (const resource of data.resources) expect(Resource.safeParse(resource).error?.issues ?? resource.id).toBe(resource.id);
    for (const event of data.events) expect(Event.safeParse(event).error?.issues ?? event.id).toBe(event.id);
    const ids = [...data.members, ...data.resources, ...data.events].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const memberIds = new Set(data.members.map((m) => m.id));
    for (const ref of [...data.resources.map((r) => r.publisher), ...data.events.map((e) => e.organiser)]) {
      if (ref.type === 'member') expect(memberIds).toContain(ref.memberId);
    }
  });

  it('has at least 40 members in at least 20 EU countries, several in Germany, placed in Europe', () => {
    expect(data.members.length).toBeGreaterThanOrEqual(40);
    expect(new Set(data.members.map((m) => m.country).filter(isEu)).size).toBeGreaterThanOrEqual(20);
    expect(data.members.filter((m) => m.country === 'DE').length).toBeGreaterThanOrEqual(3);
    for (const { id, coordinates: { lat, lon } } of data.members) {
      expect([id, lat > 34 && lat < 72 && lon > -25 && lon < 45]).toEqual([id, true]);
    }
  });

  it('marks every invented organisation as fictional and gives it only an example.org site', () => {
    for (const member of data.members) {
      const invented = member.description.en.startsWith('Fictional demo organisation.');
      const exampleSite = Boolean(member.website?.includes('.example.org/'));
      expect([member.id, invented]).toEqual([member.id, exampleSite]);
      if (invented) expect(member.description.de ?? '').toMatch(/^Fiktive Demo-Organisation\./);
    }
  });

  it('has at least 60 resources of every type, with only well-known hotline numbers', () => {
    expect(data.resources.length).toBeGreaterThanOrEqual(60);
    expect(new Set(data.resources.map((r) => r.type))).toEqual(new Set(RESOURCE_TYPES));
    for (const resource of data.resources.filter((r) => r.type === 'hotline')) {
      expect(['112', '116 000', '116 111', '116 006']).toContain(resource.hotline?.phone);
      if (resource.hotline?.phone === '116 006') expect(resource.countries).toEqual(['FR']);
    }
  });

  it('has most texts in English, German and French', () => {
    const texts = [
      ...data.members.map((m) => m.description), ...data.resources.flatMap((r) => [r.title, r.summary]),
      ...data.events.flatMap((e) => [e.title, e.description]),
    ];
    const trilingual = texts.filter((text) => text.de && text.fr).length;
    expect(trilingual / texts.length).toBeGreaterThan(0.9);
  });

  it('has at least 12 events of every status and format, past and upcoming', () => {
    expect(data.events.length).toBeGreaterThanOrEqual(12);
    expect(new Set(data.events.map((e) => e.status))).toEqual(new Set(EVENT_STATUSES));
    expect(new Set(data.events.map((e) => e.format))).toEqual(new Set(EVENT_FORMATS));
    const spans = data.events.map(eventSpan);
    expect(spans.filter((s) => s.endsAt > now).length).toBeGreaterThanOrEqual(4);
    expect(spans.filter((s) => s.endsAt <= now).length).toBeGreaterThanOrEqual(4);
    expect(data.events.some((e) => e.datePrecision === 'month' && e.approximateDate?.length === 7)).toBe(true);
  });

  it('says each record was updated on its own day, days to months before seeding, never before it existed', () => {
    const records = [...data.members, ...data.resources, ...data.events];
    const days = records.map((record) => record.updatedAt.slice(0, 10));
    // Varied: no day holds more than a tenth of the records, and none is the day of seeding.
    expect(new Set(days).size).toBeGreaterThan(records.length / 2);
    expect(Math.max(...[...new Set(days)].map((day) => days.filter((d) => d === day).length))).toBeLessThan(records.length / 10);
    const yearBack = new Date(now.getTime() - 366 * 86_400_000);
    for (const record of records) {
      const updated = new Date(record.updatedAt);
      expect([record.id, updated < now, updated > yearBack]).toEqual([record.id, true, true]);
    }
    for (const member of data.members) expect([member.id, member.updatedAt >= member.joined]).toEqual([member.id, true]);
    for (const resource of data.resources) expect([resource.id, resource.updatedAt >= resource.published]).toEqual([resource.id, true]);
    // The same record on the same seeding day always says the same, and moves with the seeding day.
    expect(demoData(now).members.map((m) => m.updatedAt)).toEqual(data.members.map((m) => m.updatedAt));
    const weekLater = demoData(new Date(now.getTime() + 7 * 86_400_000));
    expect(new Date(weekLater.members[0]!.updatedAt).getTime() - new Date(data.members[0]!.updatedAt).getTime()).toBe(7 * 86_400_000);
  });

  it('never dates an update before the record was published, even when it was published yesterday', () => {
    const seededOn = new Date('2026-11-29T08:00:00Z');
    for (const id of ['a', 'b', 'c', 'fresh-report', 'new-guide']) {
      const updated = demoUpdatedAt(id, seededOn, '2026-11-28');
      expect([id, updated >= '2026-11-28', new Date(updated) <= seededOn]).toEqual([id, true, true]);
    }
  });

  it.each(['2026-01-15', '2026-08-31', '2026-09-01', '2026-11-29', '2027-12-31'])(
    'plans the autumn platform meeting in an autumn still to come when seeded on %s',
    (day) => {
      const seededOn = new Date(`${day}T12:00:00Z`);
      const meeting = demoData(seededOn).events.find((e) => e.datePrecision === 'season' && e.kind === 'platform-meeting');
      expect(meeting?.status).toBe('tentative');
      expect(parseApproximateDate(meeting!.approximateDate!)).toMatchObject({ season: 'autumn' });
      expect(eventSpan(meeting!).startsAt > seededOn).toBe(true);
      expect(meeting!.approximateDate).toBe(`${meeting!.start.slice(0, 4)}-23`);
    },
  );
});

describe.each(BACKENDS)('seedDemoData on $name', (backend) => {
  it('seeds an empty store once, and never a store that holds data', async () => {
    const empty = await backend.fresh();
    expect(await seedDemoData(empty, now)).toBe(true);
    expect((await empty.members.list({})).total).toBe(data.members.length);
    expect(await empty.resources.count()).toBe(data.resources.length);
    expect(await empty.events.count()).toBe(data.events.length);
    expect(await seedDemoData(empty, now)).toBe(false);

    const used = await backend.fresh();
    await used.members.put(aMember({ id: 'real-member' }));
    expect(await seedDemoData(used, now)).toBe(false);
    expect((await used.members.list({})).total).toBe(1);
  });

  it('seeds once when two processes seed one new database at the same moment', async () => {
    const first = await backend.fresh();
    const second = await backend.reopen(first);
    const before = await first.dataVersion();
    expect((await Promise.all([seedDemoData(first, now), seedDemoData(second, now)])).sort()).toEqual([false, true]);
    expect((await second.members.list({})).total).toBe(data.members.length);
    expect(await first.dataVersion()).toBe(before + 1);
  });
});
