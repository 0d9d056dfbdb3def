/** Small helpers that keep the demo data files short and readable. */
import type { Event, Member, Resource } from '@thb/schema';

/** Text per language, English required (the stored form of every localised field). */
export type LocalizedText = Member['description'];

/** A record before the seed stamps its `updatedAt` (some days to months before the day of seeding). */
export type Draft<T> = Omit<T, 'updatedAt'>;
export type MemberDraft = Draft<Member>;
export type ResourceDraft = Draft<Resource>;
export type EventDraft = Draft<Event>;

/** English, German and French text; the demo's three UI languages. */
export function t(en: string, de: string, fr: string): LocalizedText {
  return { en, de, fr };
}

/** Descriptions of invented organisations start with this, in each language, so nobody mistakes them. */
export const FICTIONAL = t('Fictional demo organisation.', 'Fiktive Demo-Organisation.', 'Organisation de démonstration fictive.');

/** A fictional organisation's description: the fictional notice, then what it does. */
export function fictional(en: string, de: string, fr: string): LocalizedText {
  return t(`${FICTIONAL.en} ${en}`, `${FICTIONAL.de} ${de}`, `${FICTIONAL.fr} ${fr}`);
}

/** Where a city is: WGS 84 coordinates of its centre. */
export const CITY = {
  amsterdam: { lat: 52.3676, lon: 4.9041 },
  antwerp: { lat: 51.2194, lon: 4.4025 },
  athens: { lat: 37.9838, lon: 23.7275 },
  berlin: { lat: 52.52, lon: 13.405 },
  boppard: { lat: 50.231, lon: 7.589 },
  bratislava: { lat: 48.1486, lon: 17.1077 },
  brussels: { lat: 50.8503, lon: 4.3517 },
  bucharest: { lat: 44.4268, lon: 26.1025 },
  budapest: { lat: 47.4979, lon: 19.0402 },
  copenhagen: { lat: 55.6761, lon: 12.5683 },
  dublin: { lat: 53.3498, lon: -6.2603 },
  freiburg: { lat: 47.999, lon: 7.8421 },
  gothenburg: { lat: 57.7089, lon: 11.9746 },
  hamburg: { lat: 53.5511, lon: 9.9937 },
  helsinki: { lat: 60.1699, lon: 24.9384 },
  leipzig: { lat: 51.3397, lon: 12.3731 },
  lisbon: { lat: 38.7223, lon: -9.1393 },
  ljubljana: { lat: 46.0569, lon: 14.5058 },
  london: { lat: 51.5074, lon: -0.1278 },
  luxembourg: { lat: 49.6116, lon: 6.1319 },
  lyon: { lat: 45.764, lon: 4.8357 },
  madrid: { lat: 40.4168, lon: -3.7038 },
  munich: { lat: 48.1351, lon: 11.582 },
  nicosia: { lat: 35.1856, lon: 33.3823 },
  palermo: { lat: 38.1157, lon: 13.3615 },
  paris: { lat: 48.8566, lon: 2.3522 },
  prague: { lat: 50.0755, lon: 14.4378 },
  riga: { lat: 56.9496, lon: 24.1052 },
  rimini: { lat: 44.0678, lon: 12.5695 },
  sofia: { lat: 42.6977, lon: 23.3219 },
  tallinn: { lat: 59.437, lon: 24.7536 },
  valletta: { lat: 35.8989, lon: 14.5146 },
  vienna: { lat: 48.2082, lon: 16.3738 },
  vilnius: { lat: 54.6872, lon: 25.2797 },
  warsaw: { lat: 52.2297, lon: 21.0122 },
  wuppertal: { lat: 51.2562, lon: 7.1508 },
  zagreb: { lat: 45.815, lon: 15.9819 },
  zurich: { lat: 47.3769, lon: 8.5417 },
} as const;
