/**
 * Lets the sign-in links of a running API run out, as if their 15 minutes had passed: the API
 * runs as its own process, so its clock cannot be moved; the links' expiry in its database can.
 */
import { sql } from 'kysely';
import { openPostgresStore } from '@thb/store/postgres';
import { openSqliteStore } from '@thb/store/sqlite';

/**
 * Sets every open sign-in link to have expired a minute ago.
 * @param database the harness's `databaseFile`: a SQLite file, or a PostgreSQL connection URL
 */
export async function expireSignInLinks(database: string): Promise<void> {
  const store = /^postgres(ql)?:\/\//.test(database)
    ? await openPostgresStore({ connectionString: database, poolSize: 1 })
    : await openSqliteStore({ file: database });
  try {
    const past = new Date(Date.now() - 60_000).toISOString();
    await sql`update verification set "expiresAt" = ${past} where identifier like 'magic-link:%'`.execute(store.db);
  } finally {
    await store.close();
  }
}
