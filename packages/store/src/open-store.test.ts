import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore, type OpenedStore } from './open-store.ts';
import { tempDatabaseFile } from './testing/backends.ts';
import { testDatabaseUrl } from './testing/postgres-backend.ts';
import { aMember } from './testing/records.ts';

/** Opens, checks that the store works, and closes. */
async function openAndUse(options: Parameters<typeof openStore>[0]): Promise<Omit<OpenedStore, 'store'>> {
  const { store, ...where } = await openStore(options);
  try {
    await store.members.put(aMember({ id: 'works' }));
    expect((await store.members.get('works'))?.id).toBe('works');
    return where;
  } finally {
    await store.close();
  }
}

describe('openStore', () => {
  it('opens SQLite in the data folder when no database URL is set', async () => {
    const dataDir = join(dirname(tempDatabaseFile()), 'data');
    const file = join(dataDir, 'thb.sqlite');
    expect(await openAndUse({ dataDir })).toEqual({ backend: 'sqlite', sqliteFile: file, seeded: false });
    expect(await openAndUse({ dataDir, databaseUrl: '  ' })).toEqual({ backend: 'sqlite', sqliteFile: file, seeded: false });
    expect(existsSync(file)).toBe(true);
  });

  it('opens PostgreSQL for postgres:// and postgresql:// URLs', async () => {
    const url = await testDatabaseUrl();
    const dataDir = join(dirname(tempDatabaseFile()), 'unused');
    expect(await openAndUse({ dataDir, databaseUrl: url })).toEqual({ backend: 'postgres', sqliteFile: undefined, seeded: false });
    const long = url.replace(/^postgres:/, 'postgresql:');
    expect(await openAndUse({ dataDir, databaseUrl: long, poolSize: 2 })).toEqual({ backend: 'postgres', sqliteFile: undefined, seeded: false });
    expect(existsSync(join(dataDir, 'thb.sqlite'))).toBe(false);
  });

  it('refuses any other URL instead of quietly serving an empty SQLite file', async () => {
    const dataDir = join(dirname(tempDatabaseFile()), 'data');
    await expect(openStore({ dataDir, databaseUrl: 'mysql://thb@localhost/thb' })).rejects.toThrow(/postgres:\/\//);
    expect(existsSync(join(dataDir, 'thb.sqlite'))).toBe(false);
  });
});
