/** One object with every part of the portal's data. */
import type { Kysely } from 'kysely';
import { createApplications } from './applications.ts';
import { createCallSubscribers } from './call-subscribers.ts';
import { createCalls } from './calls.ts';
import { createEntryChecks } from './entry-checks.ts';
import type { PortalDatabase } from './portal-tables.ts';

/** Options of {@link createPortalStore}. */
export interface PortalStoreOptions {
  /** The clock (tests move it). */
  now?: (() => Date) | undefined;
}

/**
 * The portal's data on a store's database.
 * @example const portal = createPortalStore(store.db, { now: () => new Date() });
 */
// The store's schema type does not list the portal's tables; any Kysely on that database works.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function createPortalStore(db: Kysely<any>, options: PortalStoreOptions = {}) {
  const portalDb = db as Kysely<PortalDatabase>;
  const now = options.now ?? (() => new Date());
  return {
    calls: createCalls(portalDb, now),
    subscribers: createCallSubscribers(portalDb, now),
    applications: createApplications(portalDb, now),
    entryChecks: createEntryChecks(portalDb, now),
  };
}

export type PortalStore = ReturnType<typeof createPortalStore>;
