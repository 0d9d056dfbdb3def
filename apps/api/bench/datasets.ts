/**
 * The benchmark's data set in each backend, generated once and kept between runs, keyed by the
 * generator's parameters and source: a SQLite file and a D1 folder under data/bench/, and a
 * PostgreSQL database `thb_bench_<key>` on the TEST_DATABASE_URL server.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { generateDataset, type GeneratedDataset } from '@thb/store/generate';
import { openPostgresStore } from '@thb/store/postgres';
import { openSqliteStore } from '@thb/store/sqlite';
import { wrangler } from '../test/support/wrangler.ts';
import { d1SeedSql } from '../src/worker/d1-seed-sql.ts';

const root = new URL('../../../', import.meta.url).pathname;

/** The data set the figures refer to (the brief's "large" platform). */
export const DATASET = { seed: 42, members: 10_000, resources: 50_000, events: 5_000, now: '2026-11-29T00:00:00Z' };

/** Prints progress to stderr, keeping stdout for the tables. */
export function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

/** A short hash of the data set's parameters and the generator's source. */
function datasetKey(): string {
  const generatorDir = join(root, 'packages/store/src/generate');
  const source = createHash('sha256').update(JSON.stringify(DATASET));
  for (const file of readdirSync(generatorDir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).sort()) {
    source.update(file).update(readFileSync(join(generatorDir, file)));
  }
  return source.digest('hex').slice(0, 12);
}

let generated: GeneratedDataset | undefined;
function dataset(): GeneratedDataset {
  generated ??= generateDataset({ ...DATASET, now: new Date(DATASET.now) });
  return generated;
}

/** Fills a folder aside and renames it into place, so an interrupted run never leaves half a cache. */
async function cachedFolder(name: string, fill: (folder: string) => Promise<void>): Promise<string> {
  const dir = join(root, 'data/bench', `${name}-${datasetKey()}`);
  if (existsSync(dir)) return dir;
  const partial = `${dir}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  const started = performance.now();
  log(`Seeding ${name} with ${DATASET.members} members, ${DATASET.resources} resources, ${DATASET.events} events (cached in ${dir})…`);
  await fill(partial);
  renameSync(partial, dir);
  log(`  done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return dir;
}

/** The DATA_DIR of a SQLite file holding the data set. */
export function sqliteDataDir(): Promise<string> {
  return cachedFolder('api', async (folder) => {
    const store = await openSqliteStore({ file: join(folder, 'thb.sqlite') });
    await store.putMany(dataset());
    await store.close();
  });
}

/**
 * The `d1Persist` folder of a local D1 database holding the data set, made the way README.md
 * seeds a real one: wrangler applies the migrations, then the seed file from `d1SeedSql`.
 */
export async function d1Folder(): Promise<string> {
  const folder = await cachedFolder('d1', async (partial) => {
    const seed = join(partial, 'seed.sql');
    writeFileSync(seed, await d1SeedSql(dataset()));
    await wrangler(['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', partial]);
    await wrangler(['d1', 'execute', 'DB', '--local', '--persist-to', partial, '--file', seed]);
    rmSync(seed);
  });
  return join(folder, 'v3/d1');
}

/** The URL of a PostgreSQL database holding the data set, or undefined without TEST_DATABASE_URL. */
export async function postgresUrl(): Promise<string | undefined> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) return undefined;
  const name = `thb_bench_${datasetKey()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const exists = await admin.query('select 1 from pg_database where datname = $1', [name]);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    if (exists.rowCount) return url.href;
    // Seeded in a database of another name and renamed, like the folders, so a half-seeded one is never used.
    const partial = `${name}_partial`;
    await admin.query(`drop database if exists ${partial} with (force)`);
    await admin.query(`create database ${partial}`);
    const partialUrl = new URL(url);
    partialUrl.pathname = `/${partial}`;
    log(`Seeding PostgreSQL database ${name} with the data set…`);
    const started = performance.now();
    const store = await openPostgresStore({ connectionString: partialUrl.href });
    await store.putMany(dataset());
    await store.close();
    await admin.query(`alter database ${partial} rename to ${name}`);
    log(`  done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return url.href;
  } finally {
    await admin.end();
  }
}
