/**
 * One measurement: autocannon against a URL for a few seconds, with the CPU time the serving
 * processes (and the database's, for PostgreSQL) spent meanwhile, read from Linux's /proc. CPU
 * per request stays meaningful when other work on the machine lowers requests per second.
 */
import { execFileSync } from 'node:child_process';
import http from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p99: number };
  errors: number;
  statusCodeStats: Record<string, { count: number }>;
}
type Autocannon = (options: Record<string, unknown>) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

/** The processes whose CPU a measurement counts: the server's, and the database's if separate. */
export interface CpuSources {
  server: () => number[];
  database?: (() => Promise<number[]>) | undefined;
}

/** The figures of one run. */
export interface Run {
  rps: number;
  p99: number;
  /** CPU microseconds per request of the serving processes, and of the database server's. */
  serverCpu: number | undefined;
  databaseCpu: number | undefined;
}

const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU seconds per process (user + system), for those that still exist. */
export function cpuSeconds(pids: readonly number[]): Map<number, number> {
  const seconds = new Map<number, number>();
  for (const pid of pids) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      seconds.set(pid, (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS);
    } catch {
      // Exited meanwhile: its share is lost, which only makes the figure a little low.
    }
  }
  return seconds;
}

/** CPU spent between two readings by processes present in both. */
export function spent(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, value] of after) total += value - (before.get(pid) ?? value);
  return total;
}

/** Child processes of a process with the given command name (workerd under Miniflare, cluster workers). */
export function childPids(parent: number, command?: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === parent && (command === undefined || name === command)) pids.push(Number(entry));
    } catch {
      // Gone while listing.
    }
  }
  return pids;
}

/**
 * Runs autocannon for `seconds` and reports throughput, p99 latency and CPU per request.
 * Any status other than 200 or 304 fails the benchmark rather than flattering it.
 */
export async function measure(
  url: string, headers: Record<string, string>, options: { seconds: number; connections: number; warmUp: boolean }, cpu: CpuSources,
): Promise<Run> {
  const base = { url, headers, connections: options.connections };
  if (options.warmUp) await autocannon({ ...base, duration: 1 }); // JIT, caches, index: not counted
  const serverPids = cpu.server();
  const databasePids = (await cpu.database?.()) ?? [];
  const before = [cpuSeconds(serverPids), cpuSeconds(databasePids)] as const;
  const result = await autocannon({ ...base, duration: options.seconds });
  const after = [cpuSeconds(serverPids), cpuSeconds(databasePids)] as const;
  const failures = Object.keys(result.statusCodeStats).filter((code) => code !== '200' && code !== '304');
  if (result.errors > 0 || failures.length > 0) throw new Error(`${url}: ${result.errors} errors, statuses ${failures.join(', ')}`);
  const perRequest = (seconds: number) => (result.requests.total > 0 ? (seconds * 1e6) / result.requests.total : undefined);
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    serverCpu: serverPids.length > 0 ? perRequest(spent(before[0], after[0])) : undefined,
    databaseCpu: cpu.database ? perRequest(spent(before[1], after[1])) : undefined,
  };
}

/** Bytes of the body on the wire (fetch would decompress it, so ask Node's http directly). */
export function wireBytes(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    http.get(url, { headers }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.byteLength));
      response.on('end', () => resolve(bytes));
    }).on('error', reject);
  });
}

/** The median of some numbers (NaN for none). */
export function median(values: readonly number[]): number {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
