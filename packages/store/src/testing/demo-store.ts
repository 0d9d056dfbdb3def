/** A real SQLite file in a temporary folder, seeded with the demo data, for tests of live answers. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedDemoData } from '../demo/index.ts';
import type { PlatformStore } from '../repository.ts';
import { openSqliteStore } from '../sqlite.ts';

/** The instant tests pin as "now", so that the demo's upcoming and past events are known. */
export const TEST_NOW = new Date('2026-11-29T12:00:00Z');

/** A seeded store on its own file, and a way to throw both away. */
export interface DemoStore {
  store: PlatformStore;
  /** The database file, for a second store opened on it as another process would. */
  file: string;
  /** Closes the store and deletes its folder (the folder even when closing fails). */
  close(): Promise<void>;
}

/** Options of {@link openDemoStore}. */
export interface DemoStoreOptions {
  /** Fills the new store; the demo data as of {@link TEST_NOW} by default. */
  seed?: (store: PlatformStore) => Promise<void>;
}

/**
 * Opens a fresh SQLite database in a temporary folder and seeds it.
 * @example const demo = await openDemoStore(); afterAll(() => demo.close());
 */
export async function openDemoStore(options: DemoStoreOptions = {}): Promise<DemoStore> {
  const seed = options.seed ?? ((store: PlatformStore) => seedDemoData(store, TEST_NOW));
  const folder = await mkdtemp(join(tmpdir(), 'thb-demo-'));
  const file = join(folder, 'platform.sqlite');
  const removeFolder = () => rm(folder, { recursive: true, force: true });
  let store: PlatformStore;
  try {
    store = await openSqliteStore({ file });
  } catch (error) {
    await removeFolder();
    throw error;
  }
  const close = async () => {
    try {
      await store.close();
    } finally {
      await removeFolder();
    }
  };
  try {
    await seed(store);
  } catch (error) {
    await close();
    throw error;
  }
  return { store, file, close };
}
