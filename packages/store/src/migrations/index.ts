/**
 * Runs the store's migrations with Kysely's Migrator. The list is static (no file system
 * scanning) so it works in bundles for Cloudflare Workers as well as in Node.
 */
import { Migrator, type Kysely, type Migration, type MigrationResultSet } from 'kysely';
import * as initial from './0001-initial.ts';
import * as writeSide from './0002-write-side.ts';
import * as accounts from './0003-accounts.ts';
import * as portal from './0005-portal.ts';
import * as passkeys from './0006-passkeys.ts';
import * as mailQueue from './0007-mail-queue.ts';
import * as announcements from './0008-announcements.ts';
import * as webhooks from './0009-webhooks.ts';
import * as meetings from './0010-meetings.ts';
import * as notifications from './0011-notifications.ts';
import * as meetingDetails from './0013-meeting-details.ts';

/** Every migration by name; names sort in the order they must run. */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-initial': initial,
  '0002-write-side': writeSide,
  '0003-accounts': accounts,
  '0005-portal': portal,
  '0006-passkeys': passkeys,
  '0007-mail-queue': mailQueue,
  '0008-announcements': announcements,
  '0009-webhooks': webhooks,
  '0010-meetings': meetings,
  '0011-notifications': notifications,
  '0013-meeting-details': meetingDetails,
};

/** Options for {@link migrateToLatest}. */
export interface MigrateOptions {
  /**
   * For a dialect without transactions. Not D1: Kysely's migrator reads the schema in ways D1
   * does not authorise; `migrateD1` from `@thb/store/d1` migrates it in one atomic batch instead.
   */
  disableTransactions?: boolean;
  /**
   * The PostgreSQL schema the store lives in (its connections' `search_path`). Kysely then keeps
   * its migration table there too, instead of mistaking another schema's for this one's.
   */
  schema?: string | undefined;
}

/**
 * Brings a database to the latest schema; a no-op when it is already there.
 * @example await migrateToLatest(db);
 */
export async function migrateToLatest<DB>(db: Kysely<DB>, options: MigrateOptions = {}): Promise<MigrationResultSet> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => ({ ...MIGRATIONS }) },
    disableTransactions: options.disableTransactions ?? false,
    ...(options.schema ? { migrationTableSchema: options.schema } : {}),
  });
  const result = await migrator.migrateToLatest();
  if (result.error) {
    // The reason goes into the message too: entries often print only the message (a refused
    // connection, a wrong password), and "migration failed" alone would hide it.
    const reason = result.error instanceof Error ? result.error.message : String(result.error);
    throw new Error(`Store migration failed: ${reason}`, { cause: result.error });
  }
  return result;
}
