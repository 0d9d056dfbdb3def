/** The write benchmark's tables (see write-bench.ts). */
import { loadavg } from 'node:os';
import { median } from './measure.ts';
import { printTable } from './report.ts';

/** One measured run: operations per second, and CPU microseconds per operation of the processes that did the work. */
export interface Run {
  perSecond: number;
  cpu: number;
}

/** The GeoJSON figures: wall milliseconds per sample, server CPU milliseconds per GET. */
export interface GeojsonDelays {
  fresh: number[];
  cached: number[];
  polls: number[];
  freshCpu: number;
  cachedCpu: number;
}

/** One target's figures: a bare UPDATE and a PATCH run per round, and its GeoJSON delays. */
export interface WriteResult {
  name: string;
  runs: { bare: Run; patch: Run & { p99: number } }[];
  delays: GeojsonDelays;
}

const figure = (value: number, digits = 0) => (Number.isNaN(value) ? 'n/a' : value.toFixed(digits));

/** Prints the write rows and the GeoJSON delays of every target. */
export function printWriteRows(
  results: readonly WriteResult[], settings: { seconds: number; rounds: number; members: number; connections: number; samples: number },
): void {
  console.log(`\nWrite benchmark: ${settings.members} members written in turn (If-Match: *, a new city each), `
    + `${settings.connections} connections, ${settings.rounds} rounds of ${settings.seconds} s per row; load average ${loadavg()[0]!.toFixed(1)}`);
  printTable(['target', 'write', 'bare UPDATE/s', 'PATCH/s', 'PATCH/s vs UPDATE/s', 'PATCH p99 ms', 'UPDATE CPU µs', 'PATCH CPU µs', 'CPU ×'],
    results.map(({ name, runs: rows }) => {
      const pick = (value: (row: (typeof rows)[number]) => number) => median(rows.map(value));
      return [
        name, 'PATCH /v1/members/{id} + audit row', figure(pick((r) => r.bare.perSecond)), figure(pick((r) => r.patch.perSecond)),
        `${figure(pick((r) => (r.patch.perSecond / r.bare.perSecond) * 100), 1)} %`, figure(pick((r) => r.patch.p99), 1),
        figure(pick((r) => r.bare.cpu), 1), figure(pick((r) => r.patch.cpu)), `${figure(pick((r) => r.patch.cpu / r.bare.cpu), 1)} ×`,
      ];
    }));
  console.log('A PATCH is HTTP, the key\'s check, the merge patch validated, the record read, and one transaction: the');
  console.log('data-version bump, the guard of If-Match, the record\'s state, its public row and focus rows, the audit row.');
  console.log('The bare UPDATE rewrites one members row\'s document from the benchmark process, on the same database (one');
  console.log('connection on SQLite, as many as the PATCHes use on PostgreSQL). Ratios are medians of per-round ratios.');
  console.log('CPU µs per write: the server and PostgreSQL processes for a PATCH, this process and PostgreSQL\'s for an UPDATE;');
  console.log('unlike writes per second it does not depend on what else the machine runs.');

  console.log(`\nFrom a committed write (its PATCH answered) to GET /v1/members.geojson under the new ETag, ${settings.samples} writes`);
  printTable(['target', 'read', 'median ms', 'max ms', 'GETs until new ETag (max)', 'server CPU ms', 'ETag unchanged: median ms', 'server CPU ms'],
    results.map(({ name, delays: { fresh, cached, polls, freshCpu, cachedCpu } }) => {
      return [
        name, 'GET /v1/members.geojson (gzip)', figure(median(fresh), 1), figure(Math.max(...fresh), 1),
        String(Math.max(...polls)), figure(freshCpu, 1), figure(median(cached), 1), figure(cachedCpu, 1),
      ];
    }));
  const firstGet = results.every(({ delays }) => delays.polls.every((count) => count === 1));
  console.log(`The ETag follows the data version, which the write bumps in its own transaction: ${firstGet
    ? 'the first GET after every answer had the new ETag' : 'some GETs after an answer still had the old ETag'}, so the`);
  console.log('delay is the time to build and compress the GeoJSON of every member anew. Server CPU ms is per GET.');
}
