/**
 * API throughput benchmark: the built Node server on a large generated data set, measured with
 * autocannon against a constant-JSON Hono route on the same server in the same run.
 *
 * Run from the repository root: `npx tsx tooling/scripts/bench-api.ts` (or `pnpm bench api`).
 * Options: --duration <s> per route and round (default 3), --rounds <n> (default 5),
 * --connections <n> (default 50).
 *
 * The SQLite file is cached under data/bench/, keyed by the generator's parameters and source,
 * so only the first run pays for generating and indexing 65,000 records.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import http from 'node:http';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('../..', import.meta.url));
const apiDir = join(root, 'apps/api');
// The script lives outside any package: resolve dependencies the way apps/api sees them.
const fromApi = createRequire(join(apiDir, 'package.json'));

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '3' },
    rounds: { type: 'string', default: '5' },
    connections: { type: 'string', default: '50' },
  },
});
const DURATION = Number(args.duration);
const ROUNDS = Number(args.rounds);
const CONNECTIONS = Number(args.connections);

/** The data set the figures refer to (the brief's "large" platform). */
const DATASET = { seed: 42, members: 10_000, resources: 50_000, events: 5_000, now: '2026-11-29T00:00:00Z' };
/** What every browser sends: the API answers it with the gzip body it compressed once. */
const BROWSER = { 'accept-encoding': 'gzip, deflate, br, zstd' };
/** A word common in the generated English texts, so the search has many matches to rank. */
const SEARCH_WORD = 'victims';

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p99: number; average: number };
  throughput: { average: number };
  non2xx: number;
  errors: number;
  statusCodeStats: Record<string, { count: number }>;
}
type Autocannon = (options: Record<string, unknown>) => Promise<AutocannonResult>;

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

/** A file for the data set, generated once per parameters and generator source. */
async function benchDatabase(): Promise<string> {
  const generatorDir = join(root, 'packages/store/src/generate');
  const source = createHash('sha256');
  source.update(JSON.stringify(DATASET));
  for (const file of readdirSync(generatorDir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).sort()) {
    source.update(file).update(readFileSync(join(generatorDir, file)));
  }
  const key = source.digest('hex').slice(0, 12);
  const dir = join(root, 'data/bench', `api-${key}`);
  if (existsSync(join(dir, 'thb.sqlite'))) return dir;

  log(`Generating ${DATASET.members} members, ${DATASET.resources} resources, ${DATASET.events} events (cached in ${dir})…`);
  const started = performance.now();
  const { generateDataset } = (await import(pathToFileURL(fromApi.resolve('@thb/store/generate')).href)) as {
    generateDataset(options: typeof DATASET & { now: Date }): { members: unknown[]; resources: unknown[]; events: unknown[] };
  };
  const { openSqliteStore } = (await import(pathToFileURL(fromApi.resolve('@thb/store/sqlite')).href)) as {
    openSqliteStore(options: { file: string }): Promise<{ putMany(data: unknown): Promise<void>; close(): Promise<void> }>;
  };
  // Written aside and renamed into place, so an interrupted run never leaves a half-filled cache.
  const partial = `${dir}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  const store = await openSqliteStore({ file: join(partial, 'thb.sqlite') });
  await store.putMany(generateDataset({ ...DATASET, now: new Date(DATASET.now) }));
  await store.close();
  renameSync(partial, dir);
  log(`  done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return dir;
}

/** Starts dist/server.js with the bench route and resolves with its URL. */
function startServer(dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [join(apiDir, 'dist/server.js')], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, BENCH: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /listening on (http:\/\/\S+)/.exec(output)?.[1];
      if (url) resolve({ url, child });
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
}

/** One measured route and its runs, one per round. */
interface Row {
  name: string;
  path: string;
  headers?: Record<string, string>;
  aim?: number;
  bytes?: number;
  runs: Run[];
}

interface Run {
  rps: number;
  p99: number;
  /** Server CPU time per request (user + system), in microseconds. */
  cpuMicros: number | undefined;
}

const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU seconds a process has used (Linux /proc), or undefined elsewhere. */
function cpuSeconds(pid: number): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS; // utime, stime
  } catch {
    return undefined;
  }
}

async function measure(autocannon: Autocannon, url: string, row: Row, pid: number): Promise<Run> {
  const options = { url: `${url}${row.path}`, headers: row.headers ?? {}, connections: CONNECTIONS };
  if (row.runs.length === 0) await autocannon({ ...options, duration: 1 }); // warm-up (JIT, caches), not counted
  const cpuBefore = cpuSeconds(pid);
  const result = await autocannon({ ...options, duration: DURATION });
  const cpuAfter = cpuSeconds(pid);
  const failures = Object.keys(result.statusCodeStats).filter((code) => code !== '200' && code !== '304');
  if (result.errors > 0 || failures.length > 0) throw new Error(`${row.path}: ${result.errors} errors, statuses ${failures.join(', ')}`);
  const cpuMicros = cpuBefore === undefined || cpuAfter === undefined ? undefined : ((cpuAfter - cpuBefore) * 1e6) / result.requests.total;
  return { rps: result.requests.average, p99: result.latency.p99, cpuMicros };
}

/** Bytes on the wire (fetch would decompress, so ask Node's http directly). */
function bodyBytes(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    http.get(url, { headers }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.byteLength));
      response.on('end', () => resolve(bytes));
    }).on('error', reject);
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function main(): Promise<void> {
  log('Building apps/api/dist/server.js…');
  execFileSync(process.execPath, ['build.mjs'], { cwd: apiDir, stdio: ['ignore', 'ignore', 'inherit'] });
  const dataDir = await benchDatabase();
  const autocannon = fromApi('autocannon') as Autocannon;
  const { url, child } = await startServer(dataDir);
  try {
    // First requests build the search index and fill the response cache; the bench measures steady state.
    const members = await fetch(`${url}/v1/members`, { headers: BROWSER });
    const etag = members.headers.get('etag') ?? '';
    const rows: Row[] = [
      { name: 'ceiling: constant JSON route', path: '/bench/constant', headers: BROWSER, runs: [] },
      { name: 'GET /v1/members', path: '/v1/members', headers: BROWSER, aim: 0.6, runs: [] },
      { name: `GET /v1/resources?q=${SEARCH_WORD}`, path: `/v1/resources?q=${SEARCH_WORD}`, headers: BROWSER, aim: 0.6, runs: [] },
      { name: 'GET /v1/members, If-None-Match → 304', path: '/v1/members', headers: { ...BROWSER, 'if-none-match': etag }, aim: 0.85, runs: [] },
      { name: 'GET /v1/members, no Accept-Encoding', path: '/v1/members', runs: [] },
    ];
    for (const row of rows) {
      row.bytes = await bodyBytes(`${url}${row.path}`, row.headers ?? {});
    }
    // Rounds interleave the ceiling with the routes, so a change in machine load hits both alike.
    for (let round = 1; round <= ROUNDS; round++) {
      for (const row of rows) {
        log(`Round ${round}/${ROUNDS}: ${row.name} (${DURATION} s, ${CONNECTIONS} connections)`);
        row.runs.push(await measure(autocannon, url, row, child.pid!));
      }
    }
    printTable(rows);
  } finally {
    child.kill('SIGTERM');
  }
}

function printTable(rows: Row[]): void {
  const ceiling = rows[0]!;
  const ratio = (row: Row, pick: (run: Run) => number | undefined, invert = false) => {
    const ratios = row.runs.map((run, round) => {
      const value = pick(run);
      const base = pick(ceiling.runs[round]!);
      return value === undefined || base === undefined ? Number.NaN : invert ? base / value : value / base;
    });
    return median(ratios);
  };
  const header = ['route', 'wire B', 'req/s', 'vs ceiling', 'p99 ms', 'vs ceiling', 'server CPU µs/req', 'vs ceiling', 'aim', 'met'];
  const lines = rows.map((row) => {
    const rps = ratio(row, (r) => r.rps);
    const cpu = median(row.runs.map((r) => r.cpuMicros ?? Number.NaN));
    return [
      row.name, String(row.bytes ?? 0),
      median(row.runs.map((r) => r.rps)).toFixed(0), `${(rps * 100).toFixed(0)} %`,
      median(row.runs.map((r) => r.p99)).toFixed(1), `${ratio(row, (r) => r.p99).toFixed(2)} ×`,
      Number.isNaN(cpu) ? 'n/a' : cpu.toFixed(1), `${(ratio(row, (r) => r.cpuMicros, true) * 100).toFixed(0)} %`,
      row.aim ? `≥ ${row.aim * 100} %` : '', row.aim ? (rps >= row.aim ? 'yes' : 'no') : '',
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  console.log(`\nAPI benchmark: ${DATASET.members} members, ${DATASET.resources} resources, ${DATASET.events} events; `
    + `${CONNECTIONS} connections, ${ROUNDS} rounds of ${DURATION} s per route, Node ${process.versions.node}, ${cpus().length} CPUs`);
  console.log(format(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const line of lines) console.log(format(line));
  console.log('Ratios are medians of per-round ratios to the ceiling measured in the same round. "vs ceiling" for CPU is');
  console.log('ceiling CPU / route CPU: the share of the ceiling\'s capacity the route would reach if the client were not a limit.');
  console.log('"met" compares req/s with the aim; autocannon shares the machine, so req/s also reflects its cost of reading bodies.');
  console.log('Requests carry a browser\'s Accept-Encoding (gzip served from the cache) except the last row.');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
