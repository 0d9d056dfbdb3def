/**
 * The API as the contract suite sees it: a running deployment reached over HTTP, and a store on
 * the same database for writes the API must notice and for the values tests expect. Every
 * `*.contract.ts` takes one and runs unchanged against SQLite and PostgreSQL on Node and D1
 * under workerd (test/contract.test.ts): a difference between them is a bug.
 */
import type { KyselyPlatformStore } from '@thb/store';

/** The portal's origin as every backend of the suite is configured with it (`PORTAL_ORIGINS`). */
export const PORTAL_ORIGIN = 'https://portal.example.org';

/** The backends the contract suite runs against. */
export type BackendName = 'SQLite' | 'PostgreSQL' | 'D1';

/** A running API and its database. */
export interface ApiUnderTest {
  readonly backend: BackendName;
  /** Sends a request to the running API; `path` starts with `/`. */
  fetch(path: string, init?: RequestInit): Promise<Response>;
  /**
   * A store on the API's database, opened separately, as another process would; its `db` reaches
   * the write side's tables (API keys), as `thb keys` does.
   */
  readonly store: KyselyPlatformStore;
}

/** A started backend and how to stop it. */
export interface RunningApi extends Omit<ApiUnderTest, 'backend'> {
  stop(): Promise<void>;
}

/** A backend the suite can start once and share between its test groups. */
export interface LazyApi {
  /** Usable in test bodies once `start()` has settled; throws the start's error if it failed. */
  api: ApiUnderTest;
  /**
   * Starts the backend on first call; later calls share the same start. Never rejects: a
   * backend that cannot start (no PostgreSQL server) fails each of its tests with the reason,
   * where a failing hook would only mark them skipped.
   */
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Wraps a backend's start function so that test groups (collected before anything starts) can
 * hold its `api` now and use it once their `beforeAll` has awaited `start()`.
 * @example const sqlite = lazyApi('SQLite', startSqliteApi); beforeAll(() => sqlite.start());
 */
export function lazyApi(backend: BackendName, start: () => Promise<RunningApi>): LazyApi {
  let starting: Promise<RunningApi> | undefined;
  let running: RunningApi | undefined;
  let failure: unknown;
  const started = () => {
    if (failure !== undefined) throw failure;
    if (!running) throw new Error(`The ${backend} backend has not been started`);
    return running;
  };
  const api: ApiUnderTest = {
    backend,
    fetch: (path, init) => started().fetch(path, init),
    get store() {
      return started().store;
    },
  };
  return {
    api,
    async start() {
      starting ??= start().then((value) => (running = value));
      await starting.catch((error: unknown) => {
        const reason = error instanceof Error ? error.message : String(error);
        failure = new Error(`The ${backend} backend could not start: ${reason}`, { cause: error });
      });
    },
    async stop() {
      const value = await starting?.catch(() => undefined);
      starting = undefined;
      running = undefined;
      await value?.stop();
    },
  };
}
