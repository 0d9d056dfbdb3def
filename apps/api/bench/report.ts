/** The benchmark's tables: every measured row, then how throughput grows with processes. */
import { cpus } from 'node:os';
import { median, type Run } from './measure.ts';

/** One measured route on one target, and its runs, one per round. */
export interface Row {
  target: string;
  route: string;
  path: string;
  headers: Record<string, string>;
  /** The row whose runs are this one's own ceiling (the same server's constant route). */
  ownCeiling?: Row | undefined;
  /** The share of the Node ceiling this route should reach. */
  aim?: number | undefined;
  bytes?: number | undefined;
  runs: Run[];
}

/** Median over rounds of this row's figure divided by another row's in the same round. */
function ratio(row: Row, base: Row, pick: (run: Run) => number | undefined): number {
  return median(row.runs.map((run, round) => {
    const value = pick(run);
    const reference = base.runs[round] && pick(base.runs[round]);
    return value === undefined || reference === undefined ? Number.NaN : value / reference;
  }));
}

const figure = (value: number, digits = 0) => (Number.isNaN(value) ? 'n/a' : value.toFixed(digits));
const percent = (value: number) => (Number.isNaN(value) ? 'n/a' : `${(value * 100).toFixed(0)} %`);

/** Prints a Markdown table, the first two columns left-aligned and the figures right-aligned. */
export function printTable(header: string[], lines: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: string[]) => `| ${cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  console.log(format(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const line of lines) console.log(format(line));
}

/** Prints every row against the Node ceiling and its own server's ceiling. */
export function printRows(rows: readonly Row[], nodeCeiling: Row, setting: string): void {
  console.log(`\nAPI benchmark: ${setting}; Node ${process.versions.node}, ${cpus().length} CPUs`);
  const lines = rows.map((row) => {
    const vsNode = ratio(row, nodeCeiling, (r) => r.rps);
    const own = row.ownCeiling && row.ownCeiling !== nodeCeiling ? percent(ratio(row, row.ownCeiling, (r) => r.rps)) : '';
    return [
      row.target, row.route, String(row.bytes ?? ''), figure(median(row.runs.map((r) => r.rps))), percent(vsNode), own,
      figure(median(row.runs.map((r) => r.p99)), 1), figure(median(row.runs.map((r) => r.serverCpu ?? Number.NaN)), 1),
      figure(median(row.runs.map((r) => r.databaseCpu ?? Number.NaN)), 1),
      row.aim ? `≥ ${row.aim * 100} %` : '', row.aim ? (vsNode >= row.aim ? 'yes' : 'no') : '',
    ];
  });
  printTable(['target', 'route', 'wire B', 'req/s', 'vs Node ceiling', 'vs own ceiling', 'p99 ms', 'server CPU µs/req',
    'DB CPU µs/req', 'aim', 'met'], lines);
  console.log('Ratios are medians of per-round ratios to a ceiling (a constant JSON route) measured in the same round.');
  console.log('"own ceiling" is the constant route of the same server (the cluster\'s, workerd\'s). Server CPU counts every');
  console.log('process of the target (both workers and the primary of a cluster; workerd with Miniflare\'s front worker);');
  console.log('DB CPU counts the PostgreSQL backends of the database. autocannon runs on the same 2 CPUs and competes with');
  console.log('the servers, so req/s understates them; CPU per request does not depend on that.');
}

/** Prints, per route, two processes against one: throughput, CPU per request and capacity. */
export function printScaling(pairs: ReadonlyArray<readonly [one: Row, two: Row]>): void {
  console.log('\nProcesses behind one port (node:cluster, SQLite): one against two');
  const lines = pairs.map(([one, two]) => {
    const rps = (row: Row) => median(row.runs.map((r) => r.rps));
    const cpu = (row: Row) => median(row.runs.map((r) => r.serverCpu ?? Number.NaN));
    const gain = `${figure(ratio(two, one, (r) => r.rps), 2)} ×`;
    return [
      one.route, '', figure(rps(one)), figure(rps(two)), gain, figure(cpu(one), 1), figure(cpu(two), 1),
      figure(1e6 / cpu(one)), figure(2e6 / cpu(two)),
    ];
  });
  printTable(['route', '', '1 process req/s', '2 processes req/s', 'gain', 'CPU µs/req (1)', 'CPU µs/req (2)',
    'capacity, 1 core', 'capacity, 2 cores'], lines);
  console.log('autocannon needs about one of the two CPUs itself, so two server processes compete with it and with each');
  console.log('other (and with whatever else runs): measured gains vary from run to run. Capacity estimates req/s with each');
  console.log('process on a core of its own (processes × 10⁶ / CPU µs per request), as with the load coming from elsewhere.');
}
