/**
 * The write side's figures: authorised `PATCH /v1/members/{id}` per second (each one a
 * transaction with its audit row and data-version bump) on the Node server with SQLite and with
 * PostgreSQL, as a ratio to a bare single-row `UPDATE` of the members table measured in the
 * same rounds; and how long after a committed write `GET /v1/members.geojson` (what the live
 * map reads) answers with the new ETag. Figures are printed, never asserted.
 *
 * It writes to copies of the benchmark's data sets (a SQLite folder in the temporary directory,
 * a PostgreSQL database made from the cached one as a template), so the read rows stay on
 * unchanged data and every run starts alike.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { createApiKeys } from '@thb/store/access';
import { openPostgresStore } from '@thb/store/postgres';
import { openSqliteStore } from '@thb/store/sqlite';
import type { KyselyPlatformStore } from '@thb/store';
import { log } from './datasets.ts';
import { cpuSeconds, spent } from './measure.ts';
import { nodeServer, type Target } from './targets.ts';
import { printWriteRows, type GeojsonDelays, type Run, type WriteResult } from './write-report.ts';

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p99: number };
  errors: number;
  statusCodeStats: Record<string, { count: number }>;
}
type Autocannon = (options: Record<string, unknown>) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

/** Members the writes rotate through, so no row is hot. */
const WRITTEN_MEMBERS = 1000;
/** Writes queue for one lock on every backend (the data-version row): more connections only add waiting. */
const WRITE_CONNECTIONS = 10;
/** Writes timed until the map's GeoJSON shows them. */
const GEOJSON_SAMPLES = 15;
const BROWSER = { 'accept-encoding': 'gzip, deflate, br, zstd' };

/** One backend's copy of the data, its server and its bare UPDATE. */
interface WriteTarget {
  name: string;
  server: Target;
  key: string;
  members: { id: string; document: string }[];
  /** Runs bare single-row UPDATEs for `seconds`; how many. */
  bareUpdates(seconds: number): Promise<number>;
  close(): Promise<void>;
}

/** The API key, and ids and documents of the members to write, from a freshly opened store. */
async function prepare(store: KyselyPlatformStore) {
  try {
    const key = (await createApiKeys(store.db).create({ organisationId: null, name: 'write bench', createdBy: 'bench' })).key;
    const members = await store.db.selectFrom('members').select(['id', 'document']).orderBy('id').limit(WRITTEN_MEMBERS).execute();
    return { key, members };
  } finally {
    await store.close();
  }
}

const SERVER_ENV = { WRITE_BURST: '100000', WRITES_PER_MINUTE: '1000000', AUTH_SECRET: 'write-bench-secret-of-at-least-thirty-two-characters' };

async function sqliteTarget(sourceDir: string): Promise<WriteTarget> {
  const folder = mkdtempSync(join(tmpdir(), 'thb-write-bench-'));
  cpSync(sourceDir, folder, { recursive: true });
  const file = join(folder, 'thb.sqlite');
  const { key, members } = await prepare(await openSqliteStore({ file }));
  const server = await nodeServer({ ...SERVER_ENV, DATA_DIR: folder });
  // The server's own settings (see openSqliteStore), so both pay the same for a commit.
  const database = new Database(file, { timeout: 5000 });
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  const update = database.prepare('update members set document = ? where id = ?');
  return {
    name: 'Node · SQLite', server, key, members,
    async bareUpdates(seconds) {
      // One connection, as SQLite has one writer at a time; synchronous, as better-sqlite3 is.
      const end = performance.now() + seconds * 1000;
      let count = 0;
      while (performance.now() < end) {
        const member = members[count % members.length]!;
        update.run(member.document, member.id);
        count += 1;
      }
      return count;
    },
    async close() {
      database.close();
      await server.stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** Runs statements on the server's admin database (TEST_DATABASE_URL's), never on the one being copied. */
async function onAdmin(statements: string[]): Promise<void> {
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  try {
    for (const statement of statements) await admin.query(statement);
  } finally {
    await admin.end();
  }
}

async function postgresTarget(sourceUrl: string): Promise<WriteTarget> {
  const source = new URL(sourceUrl).pathname.slice(1);
  const name = `thb_bench_writes_${process.pid}`;
  const copy = new URL(sourceUrl);
  copy.pathname = `/${name}`;
  // A template must have no other sessions: the read rows' servers have stopped by now.
  await onAdmin([`drop database if exists ${name} with (force)`, `create database ${name} template ${source}`]);
  const { key, members } = await prepare(await openPostgresStore({ connectionString: copy.href, poolSize: 1 }));
  const folder = mkdtempSync(join(tmpdir(), 'thb-write-bench-pg-'));
  const server = await nodeServer({ ...SERVER_ENV, DATABASE_URL: copy.href, DATA_DIR: folder });
  const pool = new pg.Pool({ connectionString: copy.href, max: WRITE_CONNECTIONS });
  const update = { name: 'thb_bench_update', text: 'update members set document = $1 where id = $2' };
  return {
    name: 'Node · PostgreSQL', server, key, members,
    async bareUpdates(seconds) {
      // As many connections as the PATCH rows use, each updating one row per autocommitted statement.
      const end = performance.now() + seconds * 1000;
      let count = 0;
      await Promise.all(Array.from({ length: WRITE_CONNECTIONS }, async () => {
        while (performance.now() < end) {
          const member = members[count++ % members.length]!;
          await pool.query({ ...update, values: [member.document, member.id] });
        }
      }));
      return count;
    },
    async close() {
      await pool.end();
      await server.stop();
      await onAdmin([`drop database if exists ${name} with (force)`]);
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/**
 * CPU seconds the target's server and database processes spent while `work` ran; with `self`,
 * this process's instead of the server's (the bare UPDATE runs here, the server idles).
 */
async function cpuDuring<T>(target: WriteTarget, self: boolean, work: () => Promise<T>): Promise<{ result: T; seconds: number }> {
  const pids = [...(self ? [] : target.server.cpu.server()), ...((await target.server.cpu.database?.()) ?? [])];
  const before = cpuSeconds(pids);
  const ownBefore = process.cpuUsage();
  const result = await work();
  const own = process.cpuUsage(ownBefore);
  return { result, seconds: spent(before, cpuSeconds(pids)) + (self ? (own.user + own.system) / 1e6 : 0) };
}

async function bareRun(target: WriteTarget, seconds: number): Promise<Run> {
  const { result: count, seconds: cpu } = await cpuDuring(target, true, () => target.bareUpdates(seconds));
  return { perSecond: count / seconds, cpu: (cpu * 1e6) / count };
}

let written = 0;
/** A merge patch that changes the member's city to one not written before. */
const patchBody = () => JSON.stringify({ city: `Bench city ${++written}` });

/** Authorised PATCHes per second with `WRITE_CONNECTIONS` clients; any answer but 200 fails the run. */
async function patchRun(target: WriteTarget, seconds: number): Promise<Run & { p99: number }> {
  const { result, seconds: cpu } = await cpuDuring(target, false, () => autocannon({
    url: target.server.url, connections: WRITE_CONNECTIONS, duration: seconds,
    requests: [{
      method: 'PATCH',
      headers: { authorization: `Bearer ${target.key}`, 'content-type': 'application/json', 'if-match': '*' },
      setupRequest: (request: Record<string, unknown>) => ({
        ...request, path: `/v1/members/${target.members[written % target.members.length]!.id}`, body: patchBody(),
      }),
    }],
  }));
  const failures = Object.keys(result.statusCodeStats).filter((code) => code !== '200');
  if (result.errors > 0 || failures.length > 0) throw new Error(`${target.name} PATCH: ${result.errors} errors, statuses ${failures.join(', ')}`);
  return { perSecond: result.requests.average, cpu: (cpu * 1e6) / result.requests.total, p99: result.latency.p99 };
}

/**
 * Milliseconds from a PATCH's answer to a GeoJSON body under a new ETag, and, for comparison,
 * of a GET while the ETag holds; with the server's CPU time per GET of either kind.
 */
async function geojsonDelay(target: WriteTarget): Promise<GeojsonDelays> {
  const url = `${target.server.url}/v1/members.geojson`;
  const get = async () => {
    const response = await fetch(url, { headers: BROWSER });
    await response.arrayBuffer();
    return response.headers.get('etag');
  };
  const delays: GeojsonDelays = { fresh: [], cached: [], polls: [], freshCpu: 0, cachedCpu: 0 };
  for (let sample = 0; sample < GEOJSON_SAMPLES; sample++) {
    const before = await get();
    const cached = await cpuDuring(target, false, async () => {
      const started = performance.now();
      await get();
      return performance.now() - started;
    });
    delays.cached.push(cached.result);
    delays.cachedCpu += (cached.seconds * 1000) / GEOJSON_SAMPLES;
    const response = await fetch(`${target.server.url}/v1/members/${target.members[sample]!.id}`, {
      method: 'PATCH', body: patchBody(),
      headers: { authorization: `Bearer ${target.key}`, 'content-type': 'application/json', 'if-match': '*' },
    });
    if (response.status !== 200) throw new Error(`${target.name} PATCH: ${response.status} ${await response.text()}`);
    const fresh = await cpuDuring(target, false, async () => {
      const committed = performance.now();
      let count = 1;
      while ((await get()) === before) count += 1;
      return { ms: performance.now() - committed, count };
    });
    delays.fresh.push(fresh.result.ms);
    delays.polls.push(fresh.result.count);
    delays.freshCpu += (fresh.seconds * 1000) / GEOJSON_SAMPLES;
  }
  return delays;
}

/**
 * Measures the write rows on SQLite and, given a database URL, PostgreSQL.
 * @example await writeBenchmark({ seconds: 3, rounds: 3 }, { sqliteDir, databaseUrl });
 */
export async function writeBenchmark(settings: { seconds: number; rounds: number }, sources: { sqliteDir: string; databaseUrl?: string | undefined }): Promise<void> {
  const targets: WriteTarget[] = [];
  try {
    targets.push(await sqliteTarget(sources.sqliteDir));
    if (sources.databaseUrl) targets.push(await postgresTarget(sources.databaseUrl));
    const runs = new Map(targets.map((t) => [t, [] as WriteResult['runs']]));
    for (let round = 1; round <= settings.rounds; round++) {
      for (const target of targets) {
        log(`Round ${round}/${settings.rounds}: ${target.name}, bare UPDATE and PATCH /v1/members/{id} (${settings.seconds} s each)`);
        if (round === 1) {
          await target.bareUpdates(1); // JIT, caches, the statement plans: not counted
          await patchRun(target, 1);
        }
        runs.get(target)!.push({ bare: await bareRun(target, settings.seconds), patch: await patchRun(target, settings.seconds) });
      }
    }
    const delays = new Map<WriteTarget, GeojsonDelays>();
    for (const target of targets) {
      log(`${target.name}: ${GEOJSON_SAMPLES} writes until GET /v1/members.geojson shows each`);
      delays.set(target, await geojsonDelay(target));
    }
    printWriteRows(targets.map((t) => ({ name: t.name, runs: runs.get(t)!, delays: delays.get(t)! })), {
      ...settings, members: WRITTEN_MEMBERS, connections: WRITE_CONNECTIONS, samples: GEOJSON_SAMPLES,
    });
  } finally {
    for (const target of targets) await target.close();
  }
}
