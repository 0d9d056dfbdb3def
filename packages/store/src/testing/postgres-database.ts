/**
 * A fresh PostgreSQL database on the server named by TEST_DATABASE_URL (as CI provides it),
 * dropped afterwards, so no suite touches another's data. PostgreSQL tests never skip: without
 * a server they fail and say how to get one.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

const SETUP = [
  'PostgreSQL tests need TEST_DATABASE_URL, naming a role that may create databases. On Debian, as .ci/run does:',
  '  apt-get install -y postgresql',
  '  pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start',
  `  su postgres -c "psql -c \\"CREATE ROLE thb LOGIN SUPERUSER PASSWORD 'thb'\\""`,
  `  su postgres -c "psql -c 'CREATE DATABASE thb_test OWNER thb'"`,
  '  export TEST_DATABASE_URL=postgres://thb:thb@127.0.0.1:5432/thb_test',
].join('\n');

/** A database of its own and a way to drop it. */
export interface TestDatabase {
  /** The database's URL, for `DATABASE_URL` or `openPostgresStore`. */
  url: string;
  /** Drops the database, closing whatever connections are left. */
  drop(): Promise<void>;
}

/** Runs `work` on a connection to the admin database, with an error that says how to get a server. */
async function onAdmin<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    const where = new URL(adminUrl);
    where.password = '';
    throw new Error(`Cannot connect to PostgreSQL at ${where.href}: ${(error as Error).message}\n${SETUP}`, { cause: error });
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Creates a randomly named database (`thb_<suite>_<random>`, so a leftover names its suite)
 * through the admin URL. It sorts text linguistically (en-US, punctuation ignored), as many
 * servers do, so a result that depended on the server's collation would differ from SQLite and
 * D1 and fail the suites that compare them.
 * @example const database = await createTestDatabase('api'); afterAll(() => database.drop());
 */
export async function createTestDatabase(suite: string): Promise<TestDatabase> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error(SETUP);
  const name = `thb_${suite}_${randomBytes(6).toString('hex')}`;
  await onAdmin(adminUrl, (client) =>
    client.query(`create database ${name} template template0 encoding 'UTF8' locale_provider icu icu_locale 'en-US-u-ka-shifted'`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    drop: () => onAdmin(adminUrl, (client) => client.query(`drop database if exists ${name} with (force)`)).then(() => undefined),
  };
}
