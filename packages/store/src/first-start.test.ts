import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoData, seedDemoData } from './demo/index.ts';
import { openStore } from './open-store.ts';
import { MIGRATIONS } from './migrations/index.ts';
import { tempDatabaseFile } from './testing/backends.ts';
import { testDatabaseUrl } from './testing/postgres-backend.ts';

// Real processes starting on a new data folder, as `pnpm start` does: killed at random moments
// (kill -9) and started many at once. Before migrations and seeding ran in one locked
// transaction, some kills left a folder that never started again, and some racing starts failed.

const SEED_NOW = new Date('2026-11-29T08:00:00Z');
const DEMO = demoData(SEED_NOW);
const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));
// Inside the package, so the bundle finds better-sqlite3 and pg in the package's node_modules.
const BUNDLE = join(PACKAGE_DIR, 'node_modules', '.cache', `open-fresh-store-${process.pid}.mjs`);

beforeAll(async () => {
  mkdirSync(dirname(BUNDLE), { recursive: true });
  await build({
    entryPoints: [fileURLToPath(new URL('./testing/open-fresh-store.ts', import.meta.url))],
    outfile: BUNDLE, bundle: true, format: 'esm', platform: 'node', target: 'node20',
    external: ['better-sqlite3', 'pg', 'pg-native'], logLevel: 'silent',
  });
}, 60_000);
afterAll(() => rmSync(BUNDLE, { force: true }));

interface Started {
  /** Resolves when the process is about to open the store. */
  opening: Promise<void>;
  /** The exit code (null when killed) and the outcome line, if it got that far. */
  exited: Promise<{ code: number | null; outcome?: { seeded: boolean; members: number; openMs: number }; stderr: string }>;
  kill(): void;
}

/** Starts one process on the data folder (or on DATABASE_URL when given). */
function start(dataDir: string, databaseUrl?: string): Started {
  const child = spawn(process.execPath, [BUNDLE, dataDir, SEED_NOW.toISOString()], {
    env: { ...process.env, DATABASE_URL: databaseUrl ?? '' }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let markOpening: () => void = () => undefined;
  const opening = new Promise<void>((resolve) => (markOpening = resolve));
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    if (stdout.includes('"opening"')) markOpening();
  });
  child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
  const exited = new Promise<Awaited<Started['exited']>>((resolve) => {
    child.on('close', (code) => {
      markOpening();
      const line = stdout.split('\n').find((l) => l.includes('"seeded"'));
      resolve({ code, stderr, ...(line ? { outcome: JSON.parse(line) } : {}) });
    });
  });
  return { opening, exited, kill: () => child.kill('SIGKILL') };
}

/** What a killed start left on disk: nothing at all, or the schema with the whole demo data. */
function leftBehind(file: string): 'nothing' | 'complete' | string {
  if (!existsSync(file)) return 'nothing';
  const raw = new Database(file); // read-write, so SQLite can roll back what the killed process left
  try {
    const tables = raw.prepare("select name from sqlite_master where type = 'table'").pluck().all() as string[];
    if (tables.length === 0) return 'nothing';
    const count = (table: string) => raw.prepare(`select count(*) from ${table}`).pluck().get() as number;
    const complete = tables.includes('members') && count('members') === DEMO.members.length
      && count('resources') === DEMO.resources.length && count('events') === DEMO.events.length
      && count('kysely_migration') === Object.keys(MIGRATIONS).length;
    return complete ? 'complete' : `partial: ${tables.join(', ')}`;
  } finally {
    raw.close();
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the first start on a new data folder', () => {
  it('survives kill -9 at any moment: the folder holds nothing or everything, and the next start works', async () => {
    // How long an undisturbed open (migrate and seed) takes here, so that kills land throughout it.
    const timing = await start(join(dirname(tempDatabaseFile()), 'data')).exited;
    expect(timing.code, timing.stderr).toBe(0);
    const window = Math.max(20, timing.outcome!.openMs * 1.2);
    const states = { nothing: 0, complete: 0 };
    const deadline = Date.now() + 30_000;
    for (let i = 0; i < 30 && Date.now() < deadline; i++) {
      const dataDir = join(dirname(tempDatabaseFile()), 'data');
      // One to three kills in a row on the same folder, each at a random moment of the open.
      for (let kill = 0; kill < 1 + (i % 3); kill++) {
        const starting = start(dataDir);
        await starting.opening;
        await sleep(Math.random() * window);
        starting.kill();
        await starting.exited;
        const state = leftBehind(join(dataDir, 'thb.sqlite'));
        expect(state).toMatch(/^(nothing|complete)$/);
        states[state as keyof typeof states] += 1;
      }
      const { store, seeded } = await openStore({ dataDir, seed: (opened) => seedDemoData(opened, SEED_NOW) });
      try {
        expect((await store.members.list({})).total).toBe(DEMO.members.length);
        expect(await store.resources.count()).toBe(DEMO.resources.length);
        expect(await store.events.count()).toBe(DEMO.events.length);
        expect(typeof seeded).toBe('boolean');
      } finally {
        await store.close();
      }
    }
    console.log(`kill -9 during first start: ${states.nothing} left nothing, ${states.complete} left everything`);
    expect(states.nothing + states.complete).toBeGreaterThanOrEqual(10);
  }, 120_000);

  it('works for many processes starting together: each opens, one migrates and seeds', async () => {
    const dataDir = join(dirname(tempDatabaseFile()), 'data');
    const results = await Promise.all(Array.from({ length: 8 }, () => start(dataDir).exited));
    for (const result of results) expect(result.code, result.stderr).toBe(0);
    expect(results.filter((result) => result.outcome?.seeded).length).toBe(1);
    for (const result of results) expect(result.outcome?.members).toBe(DEMO.members.length);
    expect(leftBehind(join(dataDir, 'thb.sqlite'))).toBe('complete');
  }, 120_000);

  it('works for processes starting together on a new PostgreSQL database: one migrates and seeds', async () => {
    const url = await testDatabaseUrl();
    const results = await Promise.all(Array.from({ length: 3 }, () => start('unused', url).exited));
    for (const result of results) expect(result.code, result.stderr).toBe(0);
    expect(results.filter((result) => result.outcome?.seeded).length).toBe(1);
    for (const result of results) expect(result.outcome?.members).toBe(DEMO.members.length);
    const { store } = await openStore({ databaseUrl: url, dataDir: 'unused' });
    try {
      expect(await store.resources.count()).toBe(DEMO.resources.length);
    } finally {
      await store.close();
    }
  }, 120_000);
});
