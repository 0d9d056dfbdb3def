/**
 * The embedded SQLite store for Node (better-sqlite3). Node-only code stays in this module and
 * `postgres.ts`, so `@thb/store` itself and `@thb/store/d1` stay usable on Cloudflare Workers.
 *
 * @example
 * import { openSqliteStore } from '@thb/store/sqlite';
 * const store = await openSqliteStore({ file: 'data/platform.sqlite' });
 * const { items } = await store.members.list({ country: 'DE' }, { page: 1, pageSize: 20 });
 * await store.close();
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, type CompiledQuery, type QueryResult } from 'kysely';
import { DATA_VERSION_KEY, type StoreDatabase } from './database.ts';
import { createKyselyStore, type KyselyPlatformStore } from './kysely-store.ts';
import { migrateToLatest } from './migrations/index.ts';
import { sqliteDataVersion } from './sqlite-data-version.ts';
import type { WriteBatch } from './write.ts';

/** Options for {@link openSqliteStore}. */
export interface SqliteStoreOptions {
  /** The database file (its folder is created), or `:memory:`. */
  file: string;
  /** How long a write waits for another process's write to finish, in ms (default 5000). */
  busyTimeoutMs?: number | undefined;
  /**
   * Runs after the migrations, in their transaction (e.g. `seedDemoData`): a process killed at
   * any moment leaves the file as it was, and of processes opening a new file at once only the
   * first migrates and seeds, the others wait for it and then find the work done.
   */
  seed?: ((store: KyselyPlatformStore) => Promise<unknown>) | undefined;
}

/** better-sqlite3's own default limit is far higher; 32766 keeps bulk inserts to few statements. */
const SQLITE_MAX_PARAMETERS = 32_766;

/**
 * Runs a write as one synchronous better-sqlite3 transaction. Kysely's transaction awaits between
 * statements; another connection in the same process (a second store on the file) could then
 * begin a write and wait for the lock with `busy_timeout`, which blocks the one thread that would
 * have committed the first: both fail with "database is locked". Nothing interleaves here.
 * `BEGIN IMMEDIATE` takes the write lock up front, so other processes' writers queue cleanly.
 */
function sqliteBatch(database: Database.Database): WriteBatch {
  const run = database.transaction((statements: readonly CompiledQuery[]) =>
    statements.map((statement): QueryResult<unknown> => {
      const prepared = database.prepare(statement.sql);
      if (prepared.reader) return { rows: prepared.all(...statement.parameters) };
      return { rows: [], numAffectedRows: BigInt(prepared.run(...statement.parameters).changes) };
    }));
  return async (statements) => run.immediate(statements);
}

/**
 * Migrates (and seeds) in one transaction that holds the write lock from its first statement.
 * Kysely's migrator runs SQLite DDL outside any transaction, so a process killed between two
 * `create table`s left a file that could never be migrated again ("table meta already exists"),
 * and two processes starting together both ran the first migration. Here the other process
 * waits in `BEGIN IMMEDIATE` (up to the busy timeout) and then sees a migrated, seeded file.
 * The store's own writes inside (seeding) become savepoints of this transaction.
 */
async function migrateAndSeed(database: Database.Database, store: KyselyPlatformStore, db: Kysely<StoreDatabase>, seed: SqliteStoreOptions['seed']): Promise<void> {
  database.exec('BEGIN IMMEDIATE');
  try {
    await migrateToLatest(db);
    await seed?.(store);
    database.exec('COMMIT');
  } catch (error) {
    if (database.inTransaction) database.exec('ROLLBACK');
    throw error;
  }
}

/**
 * Opens (or creates) a SQLite database, brings it to the latest schema and returns a store on it.
 * WAL lets readers in other processes work while one process writes; `busy_timeout` makes
 * concurrent writers wait for each other instead of failing.
 * @example const store = await openSqliteStore({ file: 'data/platform.sqlite' });
 */
export async function openSqliteStore(options: SqliteStoreOptions): Promise<KyselyPlatformStore> {
  if (options.file !== ':memory:' && !options.file.startsWith('file:')) {
    mkdirSync(dirname(options.file), { recursive: true });
  }
  // The busy timeout is set by the constructor, before the first statement: switching a new file
  // to WAL takes a lock too, and a process starting beside another must wait for it, not fail.
  const database = new Database(options.file, { timeout: Math.max(0, Math.trunc(options.busyTimeoutMs ?? 5000)) });
  try {
    database.pragma('journal_mode = WAL');
    // NORMAL is durable across application crashes in WAL mode and much faster than FULL.
    database.pragma('synchronous = NORMAL');
    const db = new Kysely<StoreDatabase>({ dialect: new SqliteDialect({ database }) });
    // The meta row exists only once migrated: its statement is prepared on first use.
    let versionRow: Database.Statement | undefined;
    const dataVersion = sqliteDataVersion(database, () => {
      versionRow ??= database.prepare('select value from meta where key = ?').pluck();
      return Number(versionRow.get(DATA_VERSION_KEY) ?? 0);
    });
    const store = createKyselyStore(db, { maxParameters: SQLITE_MAX_PARAMETERS, writeBatch: sqliteBatch(database), dataVersion });
    await migrateAndSeed(database, store, db, options.seed);
    return store;
  } catch (error) {
    database.close();
    throw error;
  }
}
