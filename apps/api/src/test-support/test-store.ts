/** A real SQLite store in a temporary folder, holding the demo data plus the test fixtures. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Context } from 'hono';
import type { PlatformStore } from '@thb/store';
import { seedDemoData } from '@thb/store/demo';
import { openSqliteStore } from '@thb/store/sqlite';
import { createApp, type CreateAppOptions } from '../app.ts';
import { TEST_NOW, fixtureEvents, fixtureMembers, fixtureResources } from './fixtures.ts';

/** A seeded store and a way to throw it away. */
export interface TestStore {
  store: PlatformStore;
  file: string;
  /** Closes the store and deletes its folder. */
  dispose(): Promise<void>;
}

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
 * @example const { store, dispose } = await openTestStore(); afterAll(dispose);
 */
export async function openTestStore(): Promise<TestStore> {
  const dir = await mkdtemp(join(tmpdir(), 'thb-api-test-'));
  const file = join(dir, 'thb.sqlite');
  const store = await openSqliteStore({ file });
  await seedTestData(store);
  return {
    store,
    file,
    async dispose() {
      try {
        await store.close();
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}

/** The app on a test store, its clock pinned to `TEST_NOW` and errors kept out of the output. */
export function testApp(store: PlatformStore, options: Partial<CreateAppOptions> = {}) {
  // Tests play the trusted proxy, naming a client per request through X-Forwarded-For.
  const chat = { rateLimit: { clientAddress: (c: Context) => c.req.header('x-forwarded-for') } };
  return createApp({ store, now: () => TEST_NOW, logger: { error: () => {} }, chat, ...options });
}
