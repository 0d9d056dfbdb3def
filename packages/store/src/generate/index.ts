/**
 * Large synthetic data sets for load tests and benchmarks, deterministic from a seed and valid
 * against the schemas. Everything generated is marked as such and links only to example.org.
 *
 * @example
 * import { generateDataset } from '@thb/store/generate';
 * const data = generateDataset({ seed: 42, members: 10_000, resources: 50_000, events: 5_000, now: new Date() });
 * await store.putMany(data);
 */
import type { Event, Member, Resource } from '@thb/schema';
import { generateEvent } from './events.ts';
import { generateMember } from './members.ts';
import { PLACES } from './places.ts';
import { createRandom, type Random } from './random.ts';
import { generateResource, type Publisher } from './resources.ts';

export { createRandom } from './random.ts';
export type { Random } from './random.ts';

/** What to generate. */
export interface GenerateOptions {
  /** The same seed (and `now`) always gives the same data set. */
  seed: number;
  members: number;
  resources: number;
  events: number;
  /** Dates are placed around this day. */
  now: Date;
}

/** A generated data set, ready for `store.putMany`. */
export interface GeneratedDataset {
  members: Member[];
  resources: Resource[];
  events: Event[];
}

/** A member as publisher (9 in 10) or else the Commission, in a random city. */
function pickPublisher(random: Random, publishers: readonly Publisher[]): Publisher {
  if (publishers.length > 0 && random.chance(0.9)) return random.pick(publishers);
  return { ref: { type: 'commission' }, place: random.pick(PLACES) };
}

/**
 * Generates members, then resources and events published by them.
 * @example generateDataset({ seed: 1, members: 100, resources: 500, events: 50, now: new Date('2026-11-29') })
 */
export function generateDataset(options: GenerateOptions): GeneratedDataset {
  const random = createRandom(options.seed);
  const members: Member[] = [];
  const publishers: Publisher[] = [];
  for (let i = 0; i < options.members; i++) {
    const { member, place } = generateMember(random, i, options.now);
    members.push(member);
    publishers.push({ ref: { type: 'member', memberId: member.id }, place });
  }
  const resources = Array.from({ length: options.resources }, (_, i) =>
    generateResource(random, i, pickPublisher(random, publishers), options.now));
  const events = Array.from({ length: options.events }, (_, i) =>
    generateEvent(random, i, pickPublisher(random, publishers), options.now));
  return { members, resources, events };
}
