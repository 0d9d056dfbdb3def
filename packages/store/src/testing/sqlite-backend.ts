/** Test stores on real SQLite files, each in its own temp folder removed after the test. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KyselyPlatformStore } from '../kysely-store.ts';
import { openSqliteStore } from '../sqlite.ts';
import type { TestBackend } from './test-backend.ts';

const folders: string[] = [];
const files = new WeakMap<KyselyPlatformStore, string>();

/** A fresh database file path in its own temp folder, removed after the test. */
export function tempDatabaseFile(name = 'store.sqlite'): string {
  const folder = mkdtempSync(join(tmpdir(), 'thb-store-'));
  folders.push(folder);
  return join(folder, name);
}

/** Opens a store on a SQLite file; the caller closes it. */
export async function openSqliteFile(file: string): Promise<KyselyPlatformStore> {
  const store = await openSqliteStore({ file });
  files.set(store, file);
  return store;
}

/** SQLite: every store on its own file; a second store opens the same file, as another process would. */
export const sqliteBackend: TestBackend = {
  name: 'SQLite',
  fresh: () => openSqliteFile(tempDatabaseFile()),
  reopen: (store) => openSqliteFile(files.get(store)!),
  async afterEach() {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  },
};
