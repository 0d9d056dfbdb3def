/** A real SQLite file with the demo data, for tests of live answers. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PlatformStore } from '@thb/store';
import { seedDemoData } from '@thb/store/demo';
import { openSqliteStore } from '@thb/store/sqlite';

/** The instant tests pin as "now", so that the demo's upcoming events are known. */
export const TEST_NOW = new Date('2026-11-29T12:00:00Z');

/** Opens a fresh demo database in a temporary folder; `close` removes it. */
export async function openDemoStore(): Promise<{ store: PlatformStore; close: () => Promise<void> }> {
  const folder = mkdtempSync(join(tmpdir(), 'thb-answers-'));
  const store = await openSqliteStore({ file: join(folder, 'platform.sqlite') });
  await seedDemoData(store, TEST_NOW);
  return {
    store,
    async close() {
      await store.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
