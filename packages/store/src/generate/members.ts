/** Generated member organisations spread over European cities. */
import { FOCUS_AREAS, type Member } from '@thb/schema';
import { ORG_NAMES } from './lexicon.ts';
import { PLACES, type Place } from './places.ts';
import type { Random } from './random.ts';
import { LEXICONS, localized, randomDay, randomUpdatedAt, textLanguages } from './text.ts';

const PLATFORM_START = new Date('2013-05-30T00:00:00Z');

/** A stable id for the n-th generated record of a kind. */
export function generatedId(kind: 'member' | 'resource' | 'event', index: number): string {
  return `gen-${kind}-${String(index + 1).padStart(6, '0')}`;
}

/** A point a few kilometres from the city centre, rounded to about 10 m. */
function near(random: Random, place: Place): Member['coordinates'] {
  const round = (value: number) => Math.round(value * 10_000) / 10_000;
  return { lat: round(place.lat + (random.next() - 0.5) * 0.12), lon: round(place.lon + (random.next() - 0.5) * 0.18) };
}

/** One generated member and the place it is in (which resources and events reuse). */
export function generateMember(random: Random, index: number, now: Date): { member: Member; place: Place } {
  const place = random.pick(PLACES);
  const id = generatedId('member', index);
  const nameLexicon = LEXICONS[place.language] ?? LEXICONS.en!;
  const focus = random.sample(FOCUS_AREAS, random.between(1, 4));
  const [first, second = first] = focus as [Member['focus'][number], Member['focus'][number]?];
  const member: Member = {
    id,
    name: `${random.pick(nameLexicon.orgKinds)} ${random.pick(ORG_NAMES)} ${place.city}`,
    description: localized(textLanguages(random, place.language), (lexicon) =>
      lexicon.memberDescription({ city: place.city, topic: lexicon.topic[first], topic2: lexicon.topic[second], audience: '' })),
    country: place.country,
    city: place.city,
    coordinates: near(random, place),
    scope: random.weighted({ local: 40, national: 40, european: 12, international: 8 }),
    focus,
    website: `https://${id}.example.org/`,
    contact: { email: `info@${id}.example.org` },
    languages: [...new Set([place.language, ...(random.chance(0.6) ? ['en'] : [])])],
    joined: randomDay(random, PLATFORM_START, now),
    updatedAt: randomUpdatedAt(random, now),
  };
  return { member, place };
}
