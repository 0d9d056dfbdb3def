/** Generated events from two years back to eighteen months ahead, some with approximate dates. */
import { AUDIENCES, RESOURCE_TOPICS, type Event } from '@thb/schema';
import type { Lexicon } from './lexicon.ts';
import { generatedId } from './members.ts';
import type { Publisher } from './resources.ts';
import type { Random } from './random.ts';
import { dayAfter, localized, randomUpdatedAt, textLanguages } from './text.ts';

const SEASONS = { spring: ['21', '03-01', '05-31'], summer: ['22', '06-01', '08-31'], autumn: ['23', '09-01', '11-30'] } as const;

/** Start, end and precision of an event around `day` (a `YYYY-MM-DD`). */
function eventDates(random: Random, day: string): Pick<Event, 'start' | 'end' | 'datePrecision' | 'approximateDate'> {
  const precision = random.weighted({ day: 90, month: 7, season: 3 });
  const year = day.slice(0, 4);
  if (precision === 'month') {
    const month = day.slice(0, 7);
    const last = new Date(Date.UTC(Number(year), Number(day.slice(5, 7)), 0)).toISOString().slice(0, 10);
    return { start: `${month}-01`, end: last, datePrecision: 'month', approximateDate: month };
  }
  if (precision === 'season') {
    // Winter (EDTF 24) straddles two years; the generator leaves it out rather than guess a reading.
    const [code, from, to] = SEASONS[random.pick(['spring', 'summer', 'autumn'] as const)];
    return { start: `${year}-${from}`, end: `${year}-${to}`, datePrecision: 'season', approximateDate: `${year}-${code}` };
  }
  if (random.chance(0.5)) {
    const start = new Date(`${day}T00:00:00Z`);
    return { start: day, end: dayAfter(start, random.between(0, 2)), datePrecision: 'day' };
  }
  const hour = random.between(8, 16);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    start: `${day}T${pad(hour)}:${random.pick(['00', '30'])}`,
    end: `${day}T${pad(hour + random.between(1, 4))}:00`,
    datePrecision: 'day',
  };
}

/** One generated event; platform meetings are the Commission's, the rest mostly members'. */
export function generateEvent(random: Random, index: number, organiser: Publisher, now: Date): Event {
  const id = generatedId('event', index);
  const kind = random.weighted({ 'platform-meeting': 3, webinar: 40, training: 30, conference: 27 });
  const format = random.weighted({ 'in-person': 40, online: 35, hybrid: 25 });
  const { place } = organiser;
  const topic = random.pick(RESOURCE_TOPICS);
  const audience = random.pick(AUDIENCES);
  const languages = textLanguages(random, place.language);
  const slots = (lexicon: Lexicon) =>
    ({ kind: lexicon.eventKind[kind], topic: lexicon.topic[topic], topic2: '', audience: lexicon.audience[audience], city: place.city });
  return {
    id,
    title: localized(languages, (lexicon) => `${lexicon.eventKind[kind]}: ${lexicon.topic[topic]}`),
    description: localized(languages, (lexicon) => lexicon.eventDescription(slots(lexicon))),
    kind,
    status: random.weighted({ confirmed: 75, tentative: 18, cancelled: 7 }),
    ...eventDates(random, dayAfter(now, random.between(-730, 540))),
    timeZone: place.timeZone,
    format,
    ...(format === 'online' ? {} : { place: { city: place.city, country: place.country } }),
    ...(format === 'in-person' ? {} : { onlineUrl: `https://meet.example.org/${id}` }),
    ...(random.chance(0.5) ? { registrationUrl: `https://events.example.org/${id}` } : {}),
    organiser: kind === 'platform-meeting' ? { type: 'commission' } : organiser.ref,
    languages: [...new Set([...languages, place.language])],
    updatedAt: randomUpdatedAt(random, now),
  };
}
