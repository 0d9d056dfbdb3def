/**
 * The PostgreSQL store for a central deployment (Node, `pg`). The only module that imports `pg`,
 * so SQLite and D1 users never load it.
 *
 * @example
 * import { openPostgresStore } from '@thb/store/postgres';
 * const store = await openPostgresStore({ connectionString: process.env.DATABASE_URL! });
 * const { items } = await store.members.list({ country: 'DE' }, { page: 1, pageSize: 20 });
 * await store.close();
 */
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { DATA_VERSION_KEY, type StoreDatabase } from './database.ts';
import { createKyselyStore, type KyselyPlatformStore } from './kysely-store.ts';
import { migrateToLatest } from './migrations/index.ts';

/** Options for {@link openPostgresStore}. */
export interface PostgresStoreOptions {
  /** `postgres://user:password@host:5432/database` */
  connectionString: string;
  /** Most connections the store opens at once (default 10). */
  poolSize?: number | undefined;
  /**
   * The schema to keep the tables in (created if missing; default: the server's `search_path`,
   * normally `public`). Lets several stores share one database, as the tests do.
   */
  schema?: string | undefined;
  /**
   * Runs after the migrations while this process holds the store's advisory lock (e.g.
   * `seedDemoData`): of servers starting together on a new database one migrates and seeds, the
   * others wait and then find the work done. A killed process's lock ends with its connection.
   */
  seed?: ((store: KyselyPlatformStore) => Promise<unknown>) | undefined;
}

/** PostgreSQL binds up to 65,535 values per statement; bulk inserts stay a little below. */
const POSTGRES_MAX_PARAMETERS = 65_000;

/** Schema names are put into the connection's `search_path`, so only plain identifiers pass. */
const PLAIN_IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Holds a session advisory lock, named after the schema, while `work` runs. It spans Kysely's
 * migration transaction (which takes a lock of its own) and the seeding transaction after it,
 * so nobody seeds between another server's migration and its seed. It is held on a connection
 * outside the pool, so a pool of one still has its connection for the work.
 */
async function whileLocked<T>(options: PostgresStoreOptions, schema: string, work: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: options.connectionString });
  client.on('error', () => undefined);
  await client.connect();
  try {
    await client.query('select pg_advisory_lock(hashtext($1))', [`thb-store-open ${schema}`]);
    return await work();
  } finally {
    // Ending the session releases the lock, on success and on failure alike.
    await client.end().catch(() => undefined);
  }
}

/**
 * Connects a pool, brings the database to the latest schema and seeds it (concurrent starts wait
 * for each other on an advisory lock) and returns a store on it. Writes run in transactions.
 * @example const store = await openPostgresStore({ connectionString: 'postgres://thb:thb@127.0.0.1:5432/thb', poolSize: 20 });
 */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<KyselyPlatformStore> {
  const { schema } = options;
  if (schema !== undefined && !PLAIN_IDENTIFIER.test(schema)) {
    throw new Error(`PostgreSQL schema "${schema}" must be a lower-case identifier (a-z, 0-9, _)`);
  }
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.poolSize ?? 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle connection the server dropped (restart, failover) emits 'error' on the pool; without
  // a listener Node would end the process. The pool discards it and the next query reconnects.
  pool.on('error', () => undefined);
  const db = new Kysely<StoreDatabase>({ dialect: new PostgresDialect({ pool }) });
  // A named statement is parsed and planned once per connection; the version is read before
  // every cached API response, so it skips Kysely's query building as well.
  const versionQuery = { name: 'thb_data_version', text: 'select value from meta where key = $1', values: [DATA_VERSION_KEY] };
  const dataVersion = async () => Number((await pool.query<{ value: string }>(versionQuery)).rows[0]?.value ?? 0);
  const store = createKyselyStore(db, { maxParameters: POSTGRES_MAX_PARAMETERS, dataVersion });
  try {
    // Kysely's migrator finds its table in any schema unless told which: name the one in use, so
    // a store in `public` is migrated even when another schema of the database holds a store.
    const current = schema ?? (await sql<{ name: string }>`select current_schema() as name`.execute(db)).rows[0]?.name ?? 'public';
    await whileLocked(options, current, async () => {
      await migrateToLatest(db, { schema: current });
      await options.seed?.(store);
    });
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return store;
}
