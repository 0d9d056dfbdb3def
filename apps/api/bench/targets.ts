/**
 * The servers the benchmark measures, each with its bench route (`/bench/constant`) mounted and
 * a way to find the processes whose CPU it counts: the built Node server on SQLite or
 * PostgreSQL, two of them behind one port (node:cluster), and the Worker under workerd.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { startWorkerRuntime, WORKER_BUNDLES } from '../test/support/worker-runtime.ts';
import { wranglerSetting } from '../test/support/wrangler.ts';
import { childPids, type CpuSources } from './measure.ts';

const apiDir = fileURLToPath(new URL('..', import.meta.url));

/** A running server under test. */
export interface Target {
  url: string;
  cpu: CpuSources;
  stop(): Promise<void>;
}

/** Spawns a Node process and resolves once it prints a line matching `ready` (its URL in group 1). */
function spawnServer(args: string[], env: Record<string, string>, ready: RegExp): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, args, {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', BENCH: '1', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = ready.exec(output)?.[1];
      if (url) resolve({ url, child });
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** The PostgreSQL server processes serving a database, for its share of the CPU. */
function databaseBackends(databaseUrl: string): () => Promise<number[]> {
  const name = new URL(databaseUrl).pathname.slice(1);
  return async () => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const sql = 'select pid from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()';
      const { rows } = await client.query<{ pid: number }>(sql, [name]);
      return rows.map((row) => row.pid);
    } finally {
      await client.end();
    }
  };
}

/**
 * `node dist/server.js`, on a SQLite folder or a PostgreSQL URL, with any other variables given.
 * @example const target = await nodeServer({ DATA_DIR: folder });
 */
export async function nodeServer(env: Readonly<Record<string, string>>): Promise<Target> {
  const { url, child } = await spawnServer([join(apiDir, 'dist/server.js')], env, /listening on (http:\/\/\S+)/);
  return {
    url,
    cpu: { server: () => [child.pid!], database: env.DATABASE_URL ? databaseBackends(env.DATABASE_URL) : undefined },
    stop: () => stopChild(child),
  };
}

/** `processes` copies of dist/server.js behind one port, as pm2's cluster mode would run them. */
export async function clusterServer(processes: number, env: { DATA_DIR: string }): Promise<Target> {
  const primary = [join(apiDir, 'bench/cluster-primary.mjs'), String(processes)];
  const { url, child } = await spawnServer(primary, env, /processes listening on (http:\/\/\S+)/);
  return { url, cpu: { server: () => [child.pid!, ...childPids(child.pid!)] }, stop: () => stopChild(child) };
}

/** The Worker as wrangler bundles it, under workerd (Miniflare) on a persisted D1 folder. */
export async function workerdServer(d1Persist: string): Promise<Target> {
  const runtime = await startWorkerRuntime({
    scriptPath: WORKER_BUNDLES.production, d1Persist, databaseId: wranglerSetting('database_id'),
    bindings: { BENCH: '1' }, versionMetadata: true,
  });
  return { url: runtime.url, cpu: { server: () => childPids(process.pid, 'workerd') }, stop: runtime.dispose };
}
