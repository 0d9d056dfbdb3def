/**
 * The bundled Worker under the real workerd runtime, through Miniflare, with a D1 database
 * that Node code can migrate, seed and write through the store (`d1`). Used by the contract
 * suite, the Worker's own tests and the benchmark. Bundles come from the `build:test` script.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { D1Database } from '@cloudflare/workers-types';
import { Miniflare, type MiniflareOptions, type WorkerOptions } from 'miniflare';
import { WorkerMailCatcher } from './worker-mail-catcher.ts';
import { wranglerSetting } from './wrangler.ts';

const apiDir = fileURLToPath(new URL('../..', import.meta.url));

/** The Worker with the tests' pinned clock, and the production entry, as wrangler bundles them. */
export const WORKER_BUNDLES = {
  test: join(apiDir, 'dist/test-worker/worker-entry.js'),
  production: join(apiDir, 'dist/worker/worker.js'),
} as const;

/** Options of {@link startWorkerRuntime}. */
export interface WorkerRuntimeOptions {
  /** The bundle to run; the test bundle by default. */
  scriptPath?: string;
  /** Names the D1 database (wrangler.toml's `database_id` for one wrangler made); workers given the same id share it. */
  databaseId?: string;
  /** Folder keeping D1 (`<wrangler --persist-to>/v3/d1`, or the benchmark's); in memory by default. */
  d1Persist?: string;
  /** Plain-text variables, e.g. `{ BENCH: '1' }`. */
  bindings?: Record<string, string>;
  /** Worker names to run side by side on one D1 database and one cache, like isolates of a colo. */
  workers?: readonly string[];
  /** Binds `CF_VERSION_METADATA` (a random version id per worker), as wrangler.toml does. */
  versionMetadata?: boolean;
  /** Answers the Worker's outgoing `fetch`es. */
  outbound?: ((request: Request) => Response | Promise<Response>) | undefined;
  /** Binds `MAIL`, Miniflare's `send_email` binding, whose mails `runtime.mail` catches. */
  mail?: boolean;
  /** Options of single workers, over the shared ones (their `bindings` are added to the shared). */
  workerOptions?: Readonly<Record<string, Partial<WorkerOptions>>>;
  /** More workers of their own scripts beside the Worker, e.g. the module of a wrapped binding. */
  extraWorkers?: readonly WorkerOptions[];
}

/** A running workerd with the Worker(s) on one D1 database. */
export interface WorkerRuntime {
  miniflare: Miniflare;
  /** Base URL of the first worker, without trailing slash. */
  url: string;
  /** The D1 database as Node code sees it (same API as the binding inside the Worker). */
  d1: D1Database;
  /**
   * Restarts workerd with changed options (the Worker's isolates start anew); D1 keeps its data
   * only with `d1Persist`. `url` and `d1` are then the new ones.
   */
  reconfigure(changes: Partial<WorkerRuntimeOptions>): Promise<void>;
  /** The mails sent through the `MAIL` binding (with `mail: true`). */
  mail: WorkerMailCatcher;
  dispose(): Promise<void>;
}

/** Miniflare's options for the runtime's options; the catcher is its log. */
function miniflareOptions(options: WorkerRuntimeOptions, mail: WorkerMailCatcher): MiniflareOptions {
  const scriptPath = options.scriptPath ?? WORKER_BUNDLES.test;
  const names = options.workers ?? ['thb-api'];
  const worker = (name: string): WorkerOptions => {
    const own = options.workerOptions?.[name] ?? {};
    return {
      name,
      // wrangler bundles into one module. Listed rather than found by Miniflare's walker, which
      // refuses the bundle's `import(variable)` (Better Auth's optional node:sqlite, never taken
      // on D1); workerd itself loads it as Cloudflare does.
      modules: [{ type: 'ESModule', path: scriptPath }],
      // Module names are paths relative to this root; the bundle's folder keeps them inside it.
      modulesRoot: dirname(scriptPath),
      // wrangler.toml's date, so tests run under the runtime behaviour the deploy gets.
      compatibilityDate: wranglerSetting('compatibility_date'),
      compatibilityFlags: ['nodejs_compat'],
      d1Databases: { DB: options.databaseId ?? 'thb' },
      cache: true,
      ...(options.versionMetadata ? { versionMetadata: 'CF_VERSION_METADATA' } : {}),
      ...(options.outbound ? { outboundService: options.outbound as NonNullable<WorkerOptions['outboundService']> } : {}),
      ...(options.mail ? { email: { send_email: [{ name: 'MAIL' }] } } : {}),
      ...own,
      bindings: { ...options.bindings, ...own.bindings },
    };
  };
  return {
    workers: [...names.map(worker), ...(options.extraWorkers ?? [])],
    log: mail,
    // Miniflare would report every request to Node, a round trip that Cloudflare does not make.
    logRequests: false,
    ...(options.d1Persist ? { d1Persist: options.d1Persist } : {}),
  };
}

/**
 * Starts workerd with the bundled Worker. Requests go over HTTP to `url` (or to a named worker
 * with `miniflare.getWorker(name)`), exactly as a client's would.
 * @example const runtime = await startWorkerRuntime(); await fetch(`${runtime.url}/healthz`);
 */
export async function startWorkerRuntime(options: WorkerRuntimeOptions = {}): Promise<WorkerRuntime> {
  const names = options.workers ?? ['thb-api'];
  const mail = new WorkerMailCatcher();
  const miniflare = new Miniflare(miniflareOptions(options, mail));
  try {
    const url = (await miniflare.ready).href.replace(/\/$/, '');
    // Miniflare declares its own copy of the D1 types; the API is the one the store expects.
    const d1 = await miniflare.getD1Database('DB', names[0]);
    const runtime: WorkerRuntime = {
      miniflare, url, d1, mail,
      async reconfigure(changes) {
        await miniflare.setOptions(miniflareOptions({ ...options, ...changes }, mail));
        runtime.url = (await miniflare.ready).href.replace(/\/$/, '');
        runtime.d1 = await miniflare.getD1Database('DB', names[0]);
      },
      dispose: () => miniflare.dispose(),
    };
    return runtime;
  } catch (error) {
    await miniflare.dispose();
    throw error;
  }
}
