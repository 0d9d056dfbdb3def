/**
 * Demo data for the platform: real organisations with public facts only, invented ones clearly
 * marked, real EU law and hotlines, and events placed around the day of seeding.
 *
 * @example
 * import { seedDemoData } from '@thb/store/demo';
 * await seedDemoData(store, new Date()); // only seeds an empty store
 */
import type { Event, Member, Resource } from '@thb/schema';
import type { PlatformStore } from '../repository.ts';
import { demoEvents } from './events.ts';
import { demoMemberEvents } from './events-members.ts';
import { MEMBERS_DE } from './members-de.ts';
import { MEMBERS_EAST } from './members-east.ts';
import { MEMBERS_FICTIONAL } from './members-fictional.ts';
import { MEMBERS_NETWORKS } from './members-networks.ts';
import { MEMBERS_WEST } from './members-west.ts';
import { RESOURCES_EU } from './resources-eu.ts';
import { RESOURCES_GUIDES } from './resources-guides.ts';
import { RESOURCES_HOTLINES } from './resources-hotlines.ts';
import { RESOURCES_LEARNING } from './resources-learning.ts';
import { RESOURCES_REPORTS } from './resources-reports.ts';
import { RESOURCES_TOOLKITS } from './resources-toolkits.ts';
import { RESOURCES_WEBSITES } from './resources-websites.ts';
import { demoUpdatedAt } from './updated-at.ts';

/** The demo data set. */
export interface DemoData {
  members: Member[];
  resources: Resource[];
  events: Event[];
}

/**
 * Every demo record, with event dates around `now` and each stamped as updated some days to
 * months before `now` (see {@link demoUpdatedAt}), never before it joined or was published.
 * @example const { members, resources, events } = demoData(new Date());
 */
export function demoData(now: Date = new Date()): DemoData {
  return {
    members: [...MEMBERS_NETWORKS, ...MEMBERS_DE, ...MEMBERS_WEST, ...MEMBERS_EAST, ...MEMBERS_FICTIONAL]
      .map((draft) => ({ ...draft, updatedAt: demoUpdatedAt(draft.id, now, draft.joined) })),
    resources: [
      ...RESOURCES_EU, ...RESOURCES_HOTLINES, ...RESOURCES_WEBSITES, ...RESOURCES_GUIDES, ...RESOURCES_REPORTS,
      ...RESOURCES_TOOLKITS, ...RESOURCES_LEARNING,
    ].map((draft) => ({ ...draft, updatedAt: demoUpdatedAt(draft.id, now, draft.published) })),
    events: [...demoEvents(now), ...demoMemberEvents(now)].map((draft) => ({ ...draft, updatedAt: demoUpdatedAt(draft.id, now) })),
  };
}

/**
 * Writes the demo data in one transaction if the store holds nothing yet; never touches real
 * data. Safe to run from several processes at once: the emptiness check is part of the write.
 * @returns whether it seeded
 * @example if (await seedDemoData(store)) console.log('demo data loaded');
 */
export async function seedDemoData(store: PlatformStore, now: Date = new Date()): Promise<boolean> {
  return store.putManyIfEmpty(demoData(now));
}
