import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATA_VERSION_KEY } from './database.ts';
import { sqliteDataVersion } from './sqlite-data-version.ts';
import { openTestStore, tempDatabaseFile } from './testing/backends.ts';
import { aMember } from './testing/records.ts';

/** A raw connection to a migrated store file, and a reader of its version row that counts its reads. */
async function countedVersionOn(file: string) {
  await (await openTestStore(file)).close(); // creates and migrates the file
  const database = new Database(file);
  const row = database.prepare('select value from meta where key = ?').pluck();
  const reads = { count: 0 };
  const read = () => {
    reads.count++;
    return Number(row.get(DATA_VERSION_KEY));
  };
  return { database, reads, dataVersion: sqliteDataVersion(database, read) };
}

describe('the SQLite data version', () => {
  it('reads the version row only after a commit, by this connection or another one', async () => {
    const file = tempDatabaseFile();
    const { database, reads, dataVersion } = await countedVersionOn(file);
    try {
      const first = await dataVersion();
      await dataVersion();
      await dataVersion();
      expect(reads.count).toBe(1);

      // A write on this connection (the store's own writes) changes total_changes().
      database.prepare("update meta set value = value + 1 where key = 'data_version'").run();
      const second = await dataVersion();
      expect(second).toBe(first + 1);
      expect(reads.count).toBe(2);

      // Another store on the same file stands for another process writing.
      const other = await openTestStore(file);
      await other.members.put(aMember({ id: 'written-elsewhere' }));
      await other.close();
      expect(await dataVersion()).not.toBe(second);
      expect(reads.count).toBe(3);
      await dataVersion();
      expect(reads.count).toBe(3);
    } finally {
      database.close();
    }
  });

  it('retries after a failed read instead of remembering the failure', async () => {
    const database = new Database(':memory:');
    let fail = true;
    const dataVersion = sqliteDataVersion(database, () => {
      if (fail) throw new Error('busy');
      return 7;
    });
    try {
      await expect(dataVersion()).rejects.toThrow('busy');
      fail = false;
      expect(await dataVersion()).toBe(7);
    } finally {
      database.close();
    }
  });

  it('is what the store reports: its own writes and other processes\' are seen at once', async () => {
    const file = tempDatabaseFile();
    const store = await openTestStore(file);
    const before = await store.dataVersion();
    await store.members.put(aMember({ id: 'written-here' }));
    const afterOwn = await store.dataVersion();
    expect(afterOwn).toBeGreaterThan(before);
    const other = await openTestStore(file);
    await other.members.put(aMember({ id: 'written-elsewhere' }));
    expect(await store.dataVersion()).toBe(await other.dataVersion());
    expect(await store.dataVersion()).toBeGreaterThan(afterOwn);
  });
});
