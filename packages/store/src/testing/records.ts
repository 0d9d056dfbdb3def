/** Valid records with overrides, for the tests beside the code. Not exported from the package. */
import type { Event, Member, Resource } from '@thb/schema';

type Overrides<T> = Partial<T> & { id: string };

/** A valid member. */
export function aMember(overrides: Overrides<Member>): Member {
  return {
    name: `Member ${overrides.id}`, description: { en: 'Works against trafficking.' }, country: 'DE', city: 'Berlin',
    coordinates: { lat: 52.52, lon: 13.405 }, scope: 'national', focus: ['victim-protection'],
    contact: { email: 'info@example.org' }, languages: ['de'], joined: '2020-01-01', updatedAt: '2026-01-01T00:00:00Z',
    ...overrides,
  };
}

/** A valid resource (a guide unless overridden). */
export function aResource(overrides: Overrides<Resource>): Resource {
  return {
    type: 'guide', title: { en: `Resource ${overrides.id}` }, summary: { en: 'Something useful.' }, topics: ['prevention'],
    languages: ['en'], countries: ['DE'], audience: ['public'], url: 'https://example.org/', publisher: { type: 'commission' },
    published: '2024-01-01', updatedAt: '2026-01-01T00:00:00Z',
    ...overrides,
  };
}

/** A valid online event (a whole-day webinar in Brussels time unless overridden). */
export function anEvent(overrides: Overrides<Event>): Event {
  return {
    title: { en: `Event ${overrides.id}` }, description: { en: 'An event.' }, kind: 'webinar', status: 'confirmed',
    start: '2026-12-01', end: '2026-12-01', timeZone: 'Europe/Brussels', datePrecision: 'day', format: 'online',
    onlineUrl: 'https://example.org/meet', organiser: { type: 'commission' }, languages: ['en'], updatedAt: '2026-01-01T00:00:00Z',
    ...overrides,
  };
}
