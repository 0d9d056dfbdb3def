import { describe, expect, it } from 'vitest';
import { Event, Member, MembersQuery, Resource, ResourcesQuery } from './index.ts';

const member = {
  id: 'example-ngo',
  name: 'Example NGO',
  description: { en: 'Helps people.', de: 'Hilft Menschen.' },
  country: 'DE',
  city: 'Berlin',
  coordinates: { lat: 52.52, lon: 13.4 },
  scope: 'national',
  focus: ['victim-protection'],
  contact: { email: 'info@example.org' },
  languages: ['de', 'en'],
  joined: '2020-01-15',
  updatedAt: '2026-11-01T10:00:00Z',
};

describe('Member', () => {
  it('accepts a complete member', () => {
    expect(Member.parse(member).name).toBe('Example NGO');
  });
  it('requires English text, the fallback language', () => {
    const result = Member.safeParse({ ...member, description: { de: 'Nur Deutsch' } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['description', 'en']);
  });
  it('rejects made-up country codes and script URLs', () => {
    expect(Member.safeParse({ ...member, country: 'UK' }).success).toBe(false);
    expect(Member.safeParse({ ...member, website: 'javascript:alert(1)' }).success).toBe(false);
    expect(Member.safeParse({ ...member, contact: { url: 'data:text/html,hi' } }).success).toBe(false);
  });
});

describe('Resource', () => {
  const hotline = {
    id: 'missing-children-hotline',
    type: 'hotline',
    title: { en: 'Missing children hotline' },
    summary: { en: 'Call 116 000.' },
    topics: ['children-rights'],
    languages: ['en'],
    countries: ['EU'],
    audience: ['public'],
    url: 'https://missingchildreneurope.eu/',
    publisher: { type: 'commission' },
    published: '2020-01-01',
    updatedAt: '2026-11-01T10:00:00Z',
    hotline: { phone: '116 000', hours: { en: '24/7' }, languages: ['en'] },
  };
  it('needs hotline details exactly when it is a hotline', () => {
    expect(Resource.safeParse(hotline).success).toBe(true);
    const { hotline: _omitted, ...withoutDetails } = hotline;
    expect(Resource.safeParse(withoutDetails).success).toBe(false);
    expect(Resource.safeParse({ ...hotline, type: 'guide' }).success).toBe(false);
  });
});

describe('Event', () => {
  const event = {
    id: 'autumn-meeting',
    title: { en: 'Platform meeting' },
    description: { en: 'The autumn platform meeting.' },
    kind: 'platform-meeting',
    status: 'tentative',
    start: '2026-09-01',
    end: '2026-11-30',
    timeZone: 'Europe/Brussels',
    datePrecision: 'season',
    approximateDate: '2026-23',
    format: 'in-person',
    place: { city: 'Brussels', country: 'BE' },
    organiser: { type: 'commission' },
    languages: ['en'],
    updatedAt: '2026-11-01T10:00:00Z',
  };
  it('accepts a season-precision event with its EDTF date', () => {
    expect(Event.safeParse(event).success).toBe(true);
  });
  it('explains inconsistent dates and places', () => {
    const noApprox = Event.safeParse({ ...event, approximateDate: undefined });
    expect(noApprox.error?.issues.map((i) => i.path.join('.'))).toEqual(['approximateDate']);
    const reversed = Event.safeParse({ ...event, end: '2026-08-01' });
    expect(reversed.error?.issues.map((i) => i.path.join('.'))).toEqual(['end']);
    const noPlace = Event.safeParse({ ...event, place: undefined });
    expect(noPlace.error?.issues.map((i) => i.path.join('.'))).toEqual(['place']);
    expect(Event.safeParse({ ...event, timeZone: 'Mars/Olympus' }).success).toBe(false);
  });
});

describe('list queries', () => {
  it('coerce paging from strings and apply defaults', () => {
    expect(MembersQuery.parse({ page: '2' })).toEqual({ page: 2, pageSize: 20 });
  });
  it('reject unknown parameters and bad values', () => {
    expect(MembersQuery.safeParse({ contry: 'DE' }).success).toBe(false);
    expect(ResourcesQuery.safeParse({ pageSize: '1000' }).success).toBe(false);
    expect(ResourcesQuery.safeParse({ type: 'poem' }).success).toBe(false);
  });
});
