import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Member } from '@thb/schema';
import { openSqliteStore } from '@thb/store/sqlite';
import { fixtureMembers } from '../test-support/fixtures.ts';
import { openTestStore, type TestStore } from '../test-support/test-store.ts';
import { sqliteDataVersion } from './sqlite-data-version.ts';

let testStore: TestStore;

beforeAll(async () => {
  testStore = await openTestStore();
});
afterAll(() => testStore.dispose());

const member = fixtureMembers[0]!;
/** Lets the event loop turn, as it does between a write's response and the next request. */
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('sqliteDataVersion', () => {
  it('asks the store only after a commit, from this connection or another one', async () => {
    let lookups = 0;
    const version = sqliteDataVersion(testStore.file, () => {
      lookups++;
      return testStore.store.dataVersion();
    });
    try {
      const first = await version.dataVersion();
      expect(first).toBe(await testStore.store.dataVersion());
      await nextTurn();
      await version.dataVersion();
      await nextTurn();
      await version.dataVersion();
      expect(lookups).toBe(1);

      await testStore.store.members.put(Member.parse({ ...member, name: 'Renamed once', updatedAt: '2026-11-29T10:00:00Z' }));
      // Within one turn the check is shared: those requests are concurrent with the write.
      expect(await version.dataVersion()).toBe(first);
      await nextTurn();
      const second = await version.dataVersion();
      expect(second).not.toBe(first);
      expect(lookups).toBe(2);

      // Another store on the same file stands for another process writing.
      const other = await openSqliteStore({ file: testStore.file });
      await other.members.put(Member.parse({ ...member, name: 'Renamed elsewhere', updatedAt: '2026-11-29T10:05:00Z' }));
      await other.close();
      await nextTurn();
      expect(await version.dataVersion()).not.toBe(second);
      expect(lookups).toBe(3);
    } finally {
      version.close();
    }
  });

  it('retries after a failed lookup instead of remembering the failure', async () => {
    let fail = true;
    const version = sqliteDataVersion(testStore.file, async () => {
      if (fail) throw new Error('busy');
      return 7;
    });
    try {
      await expect(version.dataVersion()).rejects.toThrow('busy');
      fail = false;
      await nextTurn();
      expect(await version.dataVersion()).toBe(7);
    } finally {
      version.close();
    }
  });
});
