/**
 * Test stores on the real PostgreSQL server named by TEST_DATABASE_URL. Each test file gets a
 * database of its own, dropped after it, and each fresh store a schema of its own in it. The
 * database sorts text like en-US with punctuation ignored, as many servers do, so a query that
 * relied on the server's collation would give another order than SQLite and fail the suites.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { KyselyPlatformStore } from '../kysely-store.ts';
import { openPostgresStore } from '../postgres.ts';
import type { TestBackend } from './test-backend.ts';

const SETUP = [
  'On Debian (as CI does):',
  '  apt-get install -y postgresql',
  '  pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start',
  `  su postgres -c "psql -c \\"CREATE ROLE thb LOGIN SUPERUSER PASSWORD 'thb'\\""`,
  `  su postgres -c "psql -c 'CREATE DATABASE thb_test OWNER thb'"`,
  '  export TEST_DATABASE_URL=postgres://thb:thb@127.0.0.1:5432/thb_test',
].join('\n');

/** The admin URL, or an error that says how to get a server; PostgreSQL tests never skip. */
function adminUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error(`PostgreSQL tests need TEST_DATABASE_URL (a role that may create databases).\n${SETUP}`);
  return url;
}

/** A new database for this test file, with a linguistic default collation (see above). */
async function createDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const admin = new pg.Client({ connectionString: adminUrl(), connectionTimeoutMillis: 5000 });
  try {
    await admin.connect();
  } catch (error) {
    const where = new URL(adminUrl());
    where.password = '';
    throw new Error(`PostgreSQL tests cannot connect to ${where.href}: ${(error as Error).message}\n${SETUP}`, { cause: error });
  }
  const name = `thb_${randomBytes(6).toString('hex')}`;
  try {
    await admin.query(`create database ${name} template template0 encoding 'UTF8' locale_provider icu icu_locale 'en-US-u-ka-shifted'`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return {
    url: url.href,
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl() });
      await client.connect();
      try {
        await client.query(`drop database if exists ${name} with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}

let database: ReturnType<typeof createDatabase> | undefined;
let schemas = 0;

/** The URL of this test file's database, created on first use and dropped after the file. */
export async function testDatabaseUrl(): Promise<string> {
  database ??= createDatabase();
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
