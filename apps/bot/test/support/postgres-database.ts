/**
 * A fresh PostgreSQL database on the server named by TEST_DATABASE_URL, dropped afterwards, so
 * the bot's tests never touch another suite's data. (apps/api has the same helper; both can
 * move to the store's shared test support.)
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** A database of its own and a way to drop it. */
export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

async function onAdmin(adminUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * Creates a randomly named database; PostgreSQL tests never skip, so a missing server fails.
 * @example const database = await createTestDatabase(); afterAll(() => database.drop());
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('PostgreSQL tests need TEST_DATABASE_URL, e.g. postgres://thb:thb@127.0.0.1:5432/thb_test (see the README)');
  const name = `thb_bot_${randomBytes(6).toString('hex')}`;
  await onAdmin(adminUrl, `create database ${name} template template0 encoding 'UTF8'`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.href, drop: () => onAdmin(adminUrl, `drop database if exists ${name} with (force)`) };
}
