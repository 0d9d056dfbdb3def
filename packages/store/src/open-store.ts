/**
 * Picks the store for a Node entry from its configuration: PostgreSQL when a database URL is
 * given, the embedded SQLite file otherwise. Each dialect module is imported only when chosen,
 * so a SQLite deployment never loads `pg` and a PostgreSQL one never loads better-sqlite3.
 *
 * @example
 * import { openStore } from '@thb/store/open';
 * const { store, sqliteFile } = await openStore({ databaseUrl: process.env.DATABASE_URL, dataDir: 'data' });
 */
import { join } from 'node:path';
import type { KyselyPlatformStore } from './kysely-store.ts';
import type { PlatformStore } from './repository.ts';

/** Options for {@link openStore}. */
export interface OpenStoreOptions {
  /** `postgres://…` or `postgresql://…` for PostgreSQL; unset or empty for SQLite. */
  databaseUrl?: string | undefined;
  /** The folder of the SQLite file `thb.sqlite` (created if missing). */
  dataDir: string;
  /** PostgreSQL only: most connections at once (default 10). */
  poolSize?: number | undefined;
  /**
   * Seeds the migrated store, atomically with the migration and once however many processes
   * open a new database together (see `openSqliteStore` and `openPostgresStore`); returns
   * whether it wrote anything, as `seedDemoData` does.
   * @example await openStore({ dataDir: 'data', seed: (store) => seedDemoData(store) });
   */
  seed?: ((store: PlatformStore) => Promise<boolean>) | undefined;
}

/** The opened store and where its data is. */
export interface OpenedStore {
  store: KyselyPlatformStore;
  backend: 'sqlite' | 'postgres';
  /** The SQLite file, for messages such as where demo data was seeded; unset on PostgreSQL. */
  sqliteFile: string | undefined;
  /** Whether `seed` wrote anything (false without a `seed`). */
  seeded: boolean;
}

const POSTGRES_URL = /^postgres(ql)?:\/\//i;

/**
 * Opens and migrates the configured store. A URL of any other kind is an error rather than a
 * silent fall-back to SQLite, which would serve an empty database instead of the intended one.
 * @example const { store } = await openStore({ dataDir: 'data' }); // data/thb.sqlite
 */
export async function openStore(options: OpenStoreOptions): Promise<OpenedStore> {
  const url = options.databaseUrl?.trim();
  let seeded = false;
  const seed = options.seed && (async (store: PlatformStore) => {
    seeded = await options.seed!(store);
  });
  if (url) {
    if (!POSTGRES_URL.test(url)) {
      throw new Error('DATABASE_URL must start with postgres:// or postgresql://; leave it unset to use SQLite in the data folder');
    }
    const { openPostgresStore } = await import('./postgres.ts');
    const store = await openPostgresStore({ connectionString: url, poolSize: options.poolSize, seed });
    return { store, backend: 'postgres', sqliteFile: undefined, seeded };
  }
  const file = join(options.dataDir, 'thb.sqlite');
  const { openSqliteStore } = await import('./sqlite.ts');
  return { store: await openSqliteStore({ file, seed }), backend: 'sqlite', sqliteFile: file, seeded };
}
