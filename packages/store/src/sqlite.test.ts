import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from './migrations/index.ts';
import { openTestStore, tempDatabaseFile } from './testing/backends.ts';
import { aMember } from './testing/records.ts';

describe('openSqliteStore', () => {
  it('creates the folder and the schema on a fresh file, in WAL mode', async () => {
    const file = join(dirname(tempDatabaseFile()), 'nested', 'deeper', 'platform.sqlite');
    const store = await openTestStore(file);
    expect(existsSync(file)).toBe(true);
    expect(await store.members.list({})).toEqual({ items: [], total: 0 });
    const raw = new Database(file, { readonly: true });
    try {
      expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
      const tables = raw.prepare("select name from sqlite_master where type = 'table' order by name").pluck().all();
      expect(tables).toEqual(expect.arrayContaining(['events', 'member_focus', 'members', 'meta', 'resources']));
      const applied = raw.prepare('select name from kysely_migration').pluck().all();
      expect(applied).toEqual(Object.keys(MIGRATIONS));
    } finally {
      raw.close();
    }
  });

  it('reopens an existing file without migrating again or losing data', async () => {
    const file = tempDatabaseFile();
    const first = await openTestStore(file);
    await first.members.put(aMember({ id: 'kept' }));
    const version = await first.dataVersion();
    await first.close();
    const second = await openTestStore(file);
    expect((await second.members.get('kept'))?.name).toBe('Member kept');
    expect(await second.dataVersion()).toBe(version);
  });
});
