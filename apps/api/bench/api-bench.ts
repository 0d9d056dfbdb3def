/**
 * API throughput benchmark (`pnpm bench` in apps/api, or `pnpm bench api` at the root): the
 * list and search routes on 65,000 generated records, on the Node server with SQLite and with
 * PostgreSQL, on two Node processes behind one port, and on the Worker under workerd with D1,
 * each against a constant-JSON route measured in the same rounds.
 *
 * Then the write rows (write-bench.ts): PATCH with its audit row against a bare UPDATE, and the
 * time until the map's GeoJSON shows a write.
 *
 * Options: --duration <s> per route and round (default 3), --rounds <n> (default 3),
 * --connections <n> (default 50), --only reads|writes. PostgreSQL rows need TEST_DATABASE_URL
 * (a role that may create databases); the data sets are kept under data/bench/ and in
 * `thb_bench_*` databases.
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { d1Folder, DATASET, log, postgresUrl, sqliteDataDir } from './datasets.ts';
import { measure, wireBytes } from './measure.ts';
import { printRows, printScaling, type Row } from './report.ts';
import { clusterServer, nodeServer, workerdServer, type Target } from './targets.ts';
import { writeBenchmark } from './write-bench.ts';

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '3' },
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '50' },
    only: { type: 'string' },
  },
});
const SETTINGS = { seconds: Number(args.duration), rounds: Number(args.rounds), connections: Number(args.connections) };

/** What every browser sends; the Node server answers it with the gzip body it compressed once. */
const BROWSER = { 'accept-encoding': 'gzip, deflate, br, zstd' };
/** On Workers, Cloudflare compresses, not the Worker: workerd is asked for identity bodies. */
const IDENTITY = { 'accept-encoding': 'identity' };
/** A word common in the generated English texts, so the search has many matches to rank. */
const SEARCH = '/v1/resources?q=victims';

function row(target: string, route: string, path: string, headers: Record<string, string>, extra: Partial<Row> = {}): Row {
  return { target, route, path, headers, runs: [], ...extra };
}

async function readBenchmark(dataDir: string, databaseUrl: string | undefined): Promise<void> {
  const d1 = await d1Folder();

  const targets = new Map<string, Target>();
  try {
    targets.set('Node · SQLite', await nodeServer({ DATA_DIR: dataDir }));
    if (databaseUrl) targets.set('Node · PostgreSQL', await nodeServer({ DATABASE_URL: databaseUrl }));
    targets.set('Node ×2 · SQLite', await clusterServer(2, { DATA_DIR: dataDir }));
    targets.set('workerd · D1', await workerdServer(d1));

    const node = targets.get('Node · SQLite')!;
    const etag = (await fetch(`${node.url}/v1/members`, { headers: BROWSER })).headers.get('etag') ?? '';
    const nodeCeiling = row('Node · SQLite', 'ceiling: constant JSON', '/bench/constant', BROWSER);
    const clusterCeiling = row('Node ×2 · SQLite', 'ceiling: constant JSON', '/bench/constant', BROWSER);
    const workerdCeiling = row('workerd · D1', 'ceiling: constant JSON', '/bench/constant', IDENTITY);
    const members = (target: string, ownCeiling: Row, headers = BROWSER) =>
      row(target, 'GET /v1/members', '/v1/members', headers, { ownCeiling });
    const search = (target: string, ownCeiling: Row, headers = BROWSER) => row(target, `GET ${SEARCH}`, SEARCH, headers, { ownCeiling });
    const rows: Row[] = [
      nodeCeiling,
      members('Node · SQLite', nodeCeiling), search('Node · SQLite', nodeCeiling),
      row('Node · SQLite', 'GET /v1/members, If-None-Match → 304', '/v1/members', { ...BROWSER, 'if-none-match': etag }, { aim: 0.85 }),
      row('Node · SQLite', 'GET /v1/members, no Accept-Encoding', '/v1/members', {}),
      ...(databaseUrl ? [members('Node · PostgreSQL', nodeCeiling), search('Node · PostgreSQL', nodeCeiling)] : []),
      clusterCeiling, members('Node ×2 · SQLite', clusterCeiling), search('Node ×2 · SQLite', clusterCeiling),
      workerdCeiling, members('workerd · D1', workerdCeiling, IDENTITY), search('workerd · D1', workerdCeiling, IDENTITY),
    ];
    rows[1]!.aim = 0.6;
    rows[2]!.aim = 0.6;

    // First requests build the search index and fill the caches; the rounds measure steady state.
    for (const r of rows) {
      const url = `${targets.get(r.target)!.url}${r.path}`;
      await (await fetch(url, { headers: r.headers })).arrayBuffer();
      r.bytes = await wireBytes(url, r.headers);
    }
    const loadBefore = loadavg()[0]!;
    // Rounds interleave every row, so a change in the machine's load hits all of them alike.
    for (let round = 1; round <= SETTINGS.rounds; round++) {
      for (const r of rows) {
        log(`Round ${round}/${SETTINGS.rounds}: ${r.target}, ${r.route} (${SETTINGS.seconds} s, ${SETTINGS.connections} connections)`);
        const target = targets.get(r.target)!;
        r.runs.push(await measure(`${target.url}${r.path}`, r.headers, { ...SETTINGS, warmUp: round === 1 }, target.cpu));
      }
    }
    printRows(rows, nodeCeiling, `${DATASET.members} members, ${DATASET.resources} resources, ${DATASET.events} events in every `
      + `backend; ${SETTINGS.connections} connections, ${SETTINGS.rounds} rounds of ${SETTINGS.seconds} s per row`);
    console.log('workerd rows ask for identity bodies: on Cloudflare the front line compresses, not the Worker. Locally,');
    console.log('workerd runs behind Miniflare\'s entry worker (its stand-in for that front line): its ceiling shows the cost.');
    console.log(`Machine load average (1 min) before and after the rounds: ${loadBefore.toFixed(1)} and ${loadavg()[0]!.toFixed(1)}.`);
    const byRoute = (target: string, route: string) => rows.find((r) => r.target === target && r.route === route)!;
    printScaling(['ceiling: constant JSON', 'GET /v1/members', `GET ${SEARCH}`].map(
      (route) => [byRoute('Node · SQLite', route), byRoute('Node ×2 · SQLite', route)] as const,
    ));
  } finally {
    for (const target of targets.values()) await target.stop();
  }
}

async function main(): Promise<void> {
  if (args.only !== undefined && args.only !== 'reads' && args.only !== 'writes') throw new Error('--only is reads or writes');
  // dist/server.js and dist/worker/ are built first by `pnpm bench` (turbo run build:test).
  const [dataDir, databaseUrl] = [await sqliteDataDir(), await postgresUrl()];
  if (!databaseUrl) log('TEST_DATABASE_URL is not set: no PostgreSQL rows.');
  if (args.only !== 'writes') await readBenchmark(dataDir, databaseUrl);
  if (args.only !== 'reads') await writeBenchmark(SETTINGS, { sqliteDir: dataDir, databaseUrl });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
