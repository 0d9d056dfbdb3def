/**
 * Hand-made records with exactly the properties the API tests assert on (a German translation,
 * a hotline, a timed event across a DST change, whole-day and season events, a cancellation).
 * They are added next to the demo data; ids start with `fixture-` so they never clash with it.
 */
import { Event, Member, Resource } from '@thb/schema';

/** The clock the tests pin: events before it are past, after it upcoming. */
export const TEST_NOW = new Date('2026-11-29T12:00:00Z');

export const fixtureMembers: Member[] = [
  Member.parse({
    id: 'fixture-berlin-shelter',
    name: 'Fixture Shelter Berlin',
    acronym: 'FSB',
    description: { en: 'Runs a shelter for survivors.', de: 'Betreibt eine Schutzwohnung für Betroffene.' },
    country: 'DE', city: 'Berlin', coordinates: { lat: 52.52, lon: 13.405 },
    scope: 'local', focus: ['victim-protection', 'labour-exploitation'],
    website: 'https://shelter.example.org/', contact: { email: 'info@shelter.example.org' },
    languages: ['de', 'en'], joined: '2021-03-01', updatedAt: '2026-10-01T10:00:00Z',
  }),
  Member.parse({
    id: 'fixture-lisbon-network',
    name: 'Fixture Network Lisboa',
    description: { en: 'A national network against exploitation.' },
    country: 'PT', city: 'Lisboa', coordinates: { lat: 38.72, lon: -9.14 },
    scope: 'national', focus: ['children-rights'], contact: { phone: '+351 21 000 0000' },
    languages: ['pt'], joined: '2019-06-15', updatedAt: '2026-09-01T10:00:00Z',
  }),
];

export const fixtureResources: Resource[] = [
  Resource.parse({
    id: 'fixture-hotline',
    type: 'hotline',
    title: { en: 'Fixture helpline', de: 'Fixture-Hilfetelefon' },
    summary: { en: 'Call us any time.', de: 'Rufen Sie jederzeit an.' },
    topics: ['victim-support'], languages: ['de', 'en'], countries: ['DE'], audience: ['victims'],
    url: 'https://helpline.example.org/', publisher: { type: 'member', memberId: 'fixture-berlin-shelter' },
    published: '2024-01-10', updatedAt: '2026-10-02T10:00:00Z',
    hotline: { phone: '+49 800 000 000', hours: { en: '24/7', de: 'rund um die Uhr' }, languages: ['de', 'en'] },
  }),
  Resource.parse({
    id: 'fixture-commission-guide',
    type: 'guide',
    title: { en: 'Fixture guide to identification' },
    summary: { en: 'How practitioners recognise signs of exploitation.' },
    topics: ['identification'], languages: ['en'], countries: ['EU'], audience: ['practitioners'],
    url: 'https://guide.example.org/', publisher: { type: 'commission' },
    published: '2025-05-05', updatedAt: '2026-10-03T10:00:00Z',
  }),
];

const organiser = { type: 'commission' } as const;

export const fixtureEvents: Event[] = [
  Event.parse({
    id: 'fixture-timed-meeting',
    title: { en: 'Fixture platform meeting', fr: 'Réunion de la plateforme (fixture)' },
    description: { en: 'A timed meeting in Brussels.' },
    kind: 'platform-meeting', status: 'confirmed',
    start: '2027-03-27T09:30', end: '2027-03-28T17:00', timeZone: 'Europe/Brussels', datePrecision: 'day',
    format: 'hybrid', place: { name: 'Berlaymont', city: 'Brussels', country: 'BE' },
    onlineUrl: 'https://meet.example.org/thb', registrationUrl: 'https://register.example.org/thb',
    organiser, languages: ['en', 'fr'], updatedAt: '2026-11-01T10:00:00Z',
  }),
  Event.parse({
    id: 'fixture-whole-day-training',
    title: { en: 'Fixture training day' }, description: { en: 'All day.' },
    kind: 'training', status: 'confirmed',
    start: '2027-01-14', end: '2027-01-15', timeZone: 'Europe/Lisbon', datePrecision: 'day',
    format: 'in-person', place: { city: 'Lisboa', country: 'PT' },
    organiser: { type: 'member', memberId: 'fixture-lisbon-network' }, languages: ['pt'], updatedAt: '2026-11-02T10:00:00Z',
  }),
  Event.parse({
    id: 'fixture-autumn-conference',
    title: { en: 'Fixture autumn conference' }, description: { en: 'Planned for autumn.' },
    kind: 'conference', status: 'tentative',
    start: '2027-09-01', end: '2027-11-30', timeZone: 'Europe/Brussels', datePrecision: 'season',
    approximateDate: '2027-23', format: 'in-person', place: { city: 'Brussels', country: 'BE' },
    organiser, languages: ['en'], updatedAt: '2026-11-03T10:00:00Z',
  }),
  Event.parse({
    id: 'fixture-cancelled-webinar',
    title: { en: 'Fixture cancelled webinar' }, description: { en: 'Will not take place.' },
    kind: 'webinar', status: 'cancelled',
    start: '2026-06-10T14:00', end: '2026-06-10T15:30', timeZone: 'Europe/Warsaw', datePrecision: 'day',
    format: 'online', onlineUrl: 'https://webinar.example.org/', organiser, languages: ['en', 'pl'],
    updatedAt: '2026-05-01T10:00:00Z',
  }),
];
