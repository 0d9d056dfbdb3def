/** A real SQLite store in a temporary folder, holding the demo data plus the test fixtures. */
import type { Context } from 'hono';
import type { PlatformStore } from '@thb/store';
import { seedDemoData } from '@thb/store/demo';
import { openDemoStore, type DemoStore } from '@thb/store/testing';
import { createApp, type CreateAppOptions } from '../../src/app.ts';
import { TEST_NOW, fixtureEvents, fixtureMembers, fixtureResources } from './fixtures.ts';

/** A seeded store on its own file; `close()` closes it and deletes its folder. */
export type TestStore = DemoStore;

/**
 * Seeds an empty store with the demo data as of `TEST_NOW` plus the test fixtures.
 * @example await seedTestData(await openPostgresStore({ connectionString }));
 */
export async function seedTestData(store: PlatformStore): Promise<void> {
  await seedDemoData(store, TEST_NOW);
  await store.putMany({ members: fixtureMembers, resources: fixtureResources, events: fixtureEvents });
}

/**
 * Opens a fresh database file seeded as of `TEST_NOW`.
 * @example const testStore = await openTestStore(); afterAll(() => testStore.close());
 */
export function openTestStore(): Promise<TestStore> {
  return openDemoStore({ seed: seedTestData });
}

/** The app on a test store, its clock pinned to `TEST_NOW` and errors kept out of the output. */
export function testApp(store: PlatformStore, options: Partial<CreateAppOptions> = {}) {
  // Tests play the trusted proxy, naming a client per request through X-Forwarded-For.
  const chat = { rateLimit: { clientAddress: (c: Context) => c.req.header('x-forwarded-for') } };
  return createApp({ store, now: () => TEST_NOW, logger: { error: () => {} }, chat, ...options });
}
