/**
 * Lets the sign-in links of a running API run out, as if their 15 minutes had passed: the API
 * runs as its own process, so its clock cannot be moved; the links' expiry in its database can.
 */
import { sql } from 'kysely';
import { openSqliteStore } from '@thb/store/sqlite';

/** Sets every open sign-in link of the SQLite file to have expired a minute ago. */
export async function expireSignInLinks(databaseFile: string): Promise<void> {
  const store = await openSqliteStore({ file: databaseFile });
  try {
    const past = new Date(Date.now() - 60_000).toISOString();
    await sql`update verification set "expiresAt" = ${past} where identifier like 'magic-link:%'`.execute(store.db);
  } finally {
    await store.close();
  }
}
