/**
 * The backends every behaviour suite runs against, with the hooks that close each test's
 * stores and clean up after it. A suite written as `describe.each(BACKENDS)` runs unchanged on
 * SQLite, PostgreSQL and D1: a difference between them is a bug in the store.
 */
import { afterAll, afterEach } from 'vitest';
import type { KyselyPlatformStore } from '../kysely-store.ts';
import { d1Backend } from './d1-backend.ts';
import { postgresBackend } from './postgres-backend.ts';
import { openSqliteFile, sqliteBackend, tempDatabaseFile } from './sqlite-backend.ts';
import type { TestBackend } from './test-backend.ts';

export type { TestBackend } from './test-backend.ts';
export { tempDatabaseFile } from './sqlite-backend.ts';

const RAW = [sqliteBackend, postgresBackend, d1Backend];
const opened: KyselyPlatformStore[] = [];

/** Remembers a store so that it is closed after the test. */
function tracked(store: KyselyPlatformStore): KyselyPlatformStore {
  opened.push(store);
  return store;
}

afterEach(async () => {
  await Promise.all(opened.splice(0).map((store) => store.close().catch(() => undefined)));
  for (const backend of RAW) await backend.afterEach?.();
});

afterAll(async () => {
  for (const backend of RAW) await backend.afterAll?.();
});

/** SQLite, PostgreSQL and D1; stores they open are closed after each test. */
export const BACKENDS: readonly TestBackend[] = RAW.map((backend) => ({
  ...backend,
  fresh: async () => tracked(await backend.fresh()),
  reopen: async (store) => tracked(await backend.reopen(store)),
}));

/** A SQLite store on a file (a fresh temp file by default), closed after the test: for SQLite-only tests. */
export async function openTestStore(file = tempDatabaseFile()): Promise<KyselyPlatformStore> {
  return tracked(await openSqliteFile(file));
}
