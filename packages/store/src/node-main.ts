/**
 * The shared life of a Node entry (the API's server, the bot): open the configured store, seed
 * demo data into an empty one, start the services, and on SIGINT/SIGTERM close them and then the
 * store. A shutdown that hangs (a socket that never drains) ends in a forced exit, so a dying
 * process cannot linger. Node only: it reads `process` and imports the SQLite or PostgreSQL store.
 *
 * @example
 * import { isEntry, runMain } from '@thb/store/node-main';
 * if (isEntry(import.meta.url)) {
 *   void runMain(() => ({ dataDir: 'data', start: ({ store }) => startServer({ store }) }));
 * }
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { seedDemoData } from './demo/index.ts';
import { openStore, type OpenedStore } from './open-store.ts';

/** Something {@link runMain} stops on a signal. */
export interface Stoppable {
  close(): Promise<void>;
}

/** What {@link runMain} opens and starts. */
export interface NodeMainOptions {
  /** `postgres://…` for PostgreSQL; unset or empty for SQLite in `dataDir`. */
  databaseUrl?: string | undefined;
  /** The folder of the SQLite file. */
  dataDir: string;
  /** Starts the services on the opened, seeded store; they are closed in reverse order. */
  start(opened: OpenedStore): Promise<Stoppable | readonly Stoppable[]>;
  /** How long a shutdown may take before the process exits anyway (default 10 s). */
  shutdownTimeoutMs?: number;
}

const DEFAULT_SHUTDOWN_TIMEOUT_MS = 10_000;

/** The error's message only: a stack trace is noise for a wrong environment variable. */
function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Runs a Node entry until a signal stops it. `configure` runs first (read the environment there),
 * so that a wrong environment ends the process with exit code 1 and its message before anything
 * opens; so does a failure while opening or starting. A signal during start-up lets it finish
 * (within the shutdown timeout, so a migration is not cut short), then shuts down as usual.
 * @example void runMain(() => { const env = loadEnv(); return { dataDir: env.DATA_DIR, start: (o) => startServer(o) }; });
 */
export async function runMain(configure: () => NodeMainOptions | Promise<NodeMainOptions>): Promise<void> {
  // Widened on purpose: the signal handler changes it while start-up awaits.
  let phase = 'starting' as 'starting' | 'running' | 'stopping';
  let timeout = DEFAULT_SHUTDOWN_TIMEOUT_MS;
  let opened: OpenedStore | undefined;
  let services: Stoppable[] = [];
  const shutdown = async () => {
    try {
      for (const service of [...services].reverse()) await service.close();
      await opened?.store.close();
      process.exit(0);
    } catch (error) {
      console.error(`Shutdown failed: ${describe(error)}`);
      process.exit(1);
    }
  };
  const stop = (signal: NodeJS.Signals) => {
    // A second Ctrl-C means "now": the first shutdown is evidently stuck.
    if (phase === 'stopping') process.exit(1);
    const running = phase === 'running';
    phase = 'stopping';
    console.log(`${signal}: shutting down`);
    // Not unref'd: a close that hangs on nothing must still end in this exit, not in a quiet one.
    setTimeout(() => {
      console.error(`Shutdown took longer than ${timeout} ms; exiting anyway`);
      process.exit(1);
    }, timeout);
    if (running) void shutdown();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  try {
    const options = await configure();
    timeout = options.shutdownTimeoutMs ?? DEFAULT_SHUTDOWN_TIMEOUT_MS;
    // Seeding runs inside the migrations' transaction (and lock): a process killed during its
    // first start leaves nothing half-done, and processes starting together seed once.
    opened = await openStore({ databaseUrl: options.databaseUrl, dataDir: options.dataDir, seed: (store) => seedDemoData(store) });
    const where = opened.backend === 'postgres' ? 'PostgreSQL' : `SQLite in ${options.dataDir}`;
    if (opened.seeded) console.log(`Seeded demo data into ${where}`);
    // Build the search index before listening, so the first visitor does not wait for it.
    await opened.store.warm();
    services = [await options.start(opened)].flat();
  } catch (error) {
    console.error(describe(error));
    await opened?.store.close().catch(() => undefined);
    process.exit(1);
  }
  // A signal that came during start-up has been waiting for this.
  if (phase === 'stopping') await shutdown();
  else phase = 'running';
}

/**
 * Whether the module at `moduleUrl` is the script Node was started with (`node x.js`, `tsx x.ts`),
 * symlinks resolved; importing an entry module from a test or a bundle starts nothing.
 * @example if (isEntry(import.meta.url)) void runMain(configure);
 */
export function isEntry(moduleUrl: string): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(moduleUrl));
  } catch {
    return false;
  }
}
