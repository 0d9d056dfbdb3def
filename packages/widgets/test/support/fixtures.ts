/** Records the element tests assert on exactly, added next to the demo data. */
import type { Event, Member } from '@thb/schema';

const DAY = 86_400_000;

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Events with every date case: a season, a month, a timed event in another zone, a cancellation, whole days. */
export function fixtureEvents(now: Date): Event[] {
  const nextYear = now.getUTCFullYear() + 1;
  const soon = isoDay(new Date(now.getTime() + 6 * DAY));
  const later = isoDay(new Date(now.getTime() + 9 * DAY));
  const common = {
    languages: ['en'], organiser: { type: 'commission' as const }, updatedAt: '2026-10-01T10:00:00Z',
    place: { city: 'Athens', country: 'GR' },
  };
  return [
    {
      ...common, id: 'test-season', kind: 'conference', status: 'tentative', format: 'in-person',
      start: `${nextYear}-09-01`, end: `${nextYear}-11-30`, timeZone: 'Europe/Athens',
      datePrecision: 'season', approximateDate: `${nextYear}-23`,
      title: { en: 'Test season conference', de: 'Test-Konferenz im Herbst' }, description: { en: 'Planned for autumn.' },
    },
    {
      ...common, id: 'test-athens-webinar', kind: 'webinar', status: 'confirmed', format: 'hybrid',
      start: `${soon}T10:00`, end: `${soon}T12:00`, timeZone: 'Europe/Athens', datePrecision: 'day',
      onlineUrl: 'https://meet.example.org/athens', registrationUrl: 'https://register.example.org/athens',
      title: { en: 'Test Athens webinar' }, description: { en: 'Two hours, Athens time.' },
    },
    {
      ...common, id: 'test-cancelled-training', kind: 'training', status: 'cancelled', format: 'in-person',
      start: later, end: later, timeZone: 'Europe/Athens', datePrecision: 'day',
      registrationUrl: 'https://register.example.org/cancelled',
      title: { en: 'Test cancelled training' }, description: { en: 'Called off.' },
    },
  ] as Event[];
}

/** A member to add while a map is open, to see it appear without a reload. */
export function newMember(id: string, name: string): Member {
  return {
    id, name, description: { en: 'Joined during the test.' }, country: 'MT', city: 'Valletta',
    coordinates: { lat: 35.9, lon: 14.51 }, scope: 'national', focus: ['victim-protection'],
    website: 'https://new.example.org/', contact: { email: 'hello@new.example.org' }, languages: ['en', 'mt'],
    joined: '2026-11-01', updatedAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  };
}
