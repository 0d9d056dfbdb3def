/** Generated resources: every type, mixed languages, country-specific or EU-wide. */
import { AUDIENCES, EU_COUNTRIES, RESOURCE_TOPICS, type Resource } from '@thb/schema';
import type { Place } from './places.ts';
import type { Random } from './random.ts';
import { generatedId } from './members.ts';
import { capitalize, localized, randomDay, randomUpdatedAt, textLanguages } from './text.ts';

/** Who published a generated resource, and where. */
export interface Publisher {
  ref: Resource['publisher'];
  place: Place;
}

const EARLIEST = new Date('2005-01-01T00:00:00Z');
// Real EU-wide numbers only, so no generated record can send anyone to a stranger's phone.
const HOTLINE_NUMBERS = ['112', '116 000', '116 111'];

/** One generated resource from a publisher. */
export function generateResource(random: Random, index: number, publisher: Publisher, now: Date): Resource {
  const { place } = publisher;
  const id = generatedId('resource', index);
  const type = random.weighted({
    guide: 20, report: 18, toolkit: 12, legislation: 6, hotline: 3, training: 14, video: 12, website: 15,
  });
  const topics = random.sample(RESOURCE_TOPICS, random.between(1, 3));
  const audience = random.sample(AUDIENCES, random.between(1, 2));
  const [topic, topic2 = topic] = topics as [Resource['topics'][number], Resource['topics'][number]?];
  const textLanguagesUsed = textLanguages(random, place.language);
  const pattern = random.int(3);
  const withAudience = random.chance(0.5);
  const countries = random.chance(0.2)
    ? ['EU']
    : [...new Set([place.country, ...random.sample(EU_COUNTRIES, random.between(0, 2))])];
  const languages = [...new Set([...textLanguagesUsed, place.language])];
  return {
    id,
    type,
    title: localized(textLanguagesUsed, (lexicon) =>
      `${lexicon.type[type]}: ${capitalize(lexicon.topic[topic])}`
      + (withAudience ? ` ${lexicon.for} ${lexicon.audience[audience[0]!]}` : '')),
    summary: localized(textLanguagesUsed, (lexicon) =>
      lexicon.summaries[pattern % lexicon.summaries.length]!({
        topic: lexicon.topic[topic], topic2: lexicon.topic[topic2], audience: lexicon.audience[audience[0]!], city: place.city,
      })),
    topics,
    languages,
    countries,
    audience,
    url: `https://resources.example.org/${id}`,
    publisher: publisher.ref,
    published: randomDay(random, EARLIEST, now),
    updatedAt: randomUpdatedAt(random, now),
    ...(type === 'hotline'
      ? { hotline: { phone: random.pick(HOTLINE_NUMBERS), hours: { en: '24 hours a day' }, languages } }
      : {}),
  };
}
