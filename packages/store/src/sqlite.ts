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
 * Opens (or creates) a SQLite database, brings it to the latest schema and returns a store on it.
 * WAL lets readers in other processes work while one process writes; `busy_timeout` makes
 * concurrent writers wait for each other instead of failing.
 * @example const store = await openSqliteStore({ file: 'data/platform.sqlite' });
 */
export async function openSqliteStore(options: SqliteStoreOptions): Promise<KyselyPlatformStore> {
  if (options.file !== ':memory:' && !options.file.startsWith('file:')) {
    mkdirSync(dirname(options.file), { recursive: true });
  }
  const database = new Database(options.file);
  try {
    database.pragma('journal_mode = WAL');
    database.pragma(`busy_timeout = ${Math.max(0, Math.trunc(options.busyTimeoutMs ?? 5000))}`);
    // NORMAL is durable across application crashes in WAL mode and much faster than FULL.
    database.pragma('synchronous = NORMAL');
    const db = new Kysely<StoreDatabase>({ dialect: new SqliteDialect({ database }) });
    await migrateToLatest(db);
    const versionRow = database.prepare('select value from meta where key = ?').pluck();
    const dataVersion = sqliteDataVersion(database, () => Number(versionRow.get(DATA_VERSION_KEY) ?? 0));
    return createKyselyStore(db, { maxParameters: SQLITE_MAX_PARAMETERS, writeBatch: sqliteBatch(database), dataVersion });
  } catch (error) {
    database.close();
    throw error;
  }
}
