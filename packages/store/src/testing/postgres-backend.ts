/**
 * Test stores on the real PostgreSQL server named by TEST_DATABASE_URL. Each test file gets a
 * database of its own (linguistic collation, see postgres-database.ts), dropped after it, and
 * each fresh store a schema of its own in it.
 */
import type { KyselyPlatformStore } from '../kysely-store.ts';
import { openPostgresStore } from '../postgres.ts';
import { createTestDatabase, type TestDatabase } from './postgres-database.ts';
import type { TestBackend } from './test-backend.ts';

let database: Promise<TestDatabase> | undefined;
let schemas = 0;

/** The URL of this test file's database, created on first use and dropped after the file. */
export async function testDatabaseUrl(): Promise<string> {
  database ??= createTestDatabase('store');
  return (await database).url;
}

const places = new WeakMap<KyselyPlatformStore, { connectionString: string; schema: string }>();

async function openIn(place: { connectionString: string; schema: string }): Promise<KyselyPlatformStore> {
  const store = await openPostgresStore({ ...place, poolSize: 3 });
  places.set(store, place);
  return store;
}

/** PostgreSQL: every fresh store in a new schema of the file's database; a second store shares it. */
export const postgresBackend: TestBackend = {
  name: 'PostgreSQL',
  async fresh() {
    schemas += 1;
    return openIn({ connectionString: await testDatabaseUrl(), schema: `store_${schemas}` });
  },
  reopen: (store) => openIn(places.get(store)!),
  async afterAll() {
    const created = await database?.catch(() => undefined);
    database = undefined;
    await created?.drop();
  },
};
