/** What the behaviour suites need from a backend under test. */
import type { KyselyPlatformStore } from '../kysely-store.ts';

/** One SQL backend with real databases: SQLite files, a PostgreSQL server, D1 in workerd. */
export interface TestBackend {
  name: 'SQLite' | 'PostgreSQL' | 'D1';
  /** A store on a new, empty, migrated database of its own. */
  fresh(): Promise<KyselyPlatformStore>;
  /** A second store on the same database, as another process (or Worker isolate) would open it. */
  reopen(store: KyselyPlatformStore): Promise<KyselyPlatformStore>;
  /** Runs after each test, once its stores are closed: frees what the test's databases used. */
  afterEach?(): Promise<void>;
  /** Runs after the test file: stops servers and drops databases. */
  afterAll?(): Promise<void>;
}
