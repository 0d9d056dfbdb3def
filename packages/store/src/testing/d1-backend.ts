/**
 * Test stores on D1 in the real workerd runtime, through Miniflare: one runtime per test file
 * with a few D1 databases that are emptied after each test and handed out again.
 */
import type { D1Database } from '@cloudflare/workers-types';
import type { Miniflare } from 'miniflare';
import { createD1Store, migrateD1 } from '../d1.ts';
import type { KyselyPlatformStore } from '../kysely-store.ts';
import type { TestBackend } from './test-backend.ts';

/** How many fresh D1 stores one test may open. */
const DATABASES = 4;
const bindings = Array.from({ length: DATABASES }, (_, i) => `DB${i}`);

let runtime: Promise<Miniflare> | undefined;
const used = new Set<string>();
const databases = new WeakMap<KyselyPlatformStore, D1Database>();

/** The workerd runtime of this test file, started (and Miniflare, slow to import, loaded) on first use. */
function miniflare(): Promise<Miniflare> {
  runtime ??= import('miniflare').then(({ Miniflare }) => new Miniflare({
    modules: true,
    script: 'export default { fetch() { return new Response("") } }',
    compatibilityDate: '2026-04-26',
    d1Databases: bindings,
  }));
  return runtime;
}

/** A D1 binding usable from Node; Miniflare's type is the same API under its own declaration. */
async function database(binding: string): Promise<D1Database> {
  return await (await miniflare()).getD1Database(binding);
}

/**
 * Drops every table, leaving D1's own (`_cf_…`) alone. Newest first: D1 enforces foreign keys,
 * and dropping a table whose referenced table is already gone fails ("no such table").
 */
async function empty(d1: D1Database): Promise<void> {
  const { results } = await d1
    .prepare("select name from sqlite_master where type = 'table' and name not like '\\_cf\\_%' escape '\\' and name not like 'sqlite\\_%' escape '\\' order by rowid desc")
    .all<{ name: string }>();
  if (results.length > 0) await d1.batch(results.map(({ name }) => d1.prepare(`drop table "${name}"`)));
}

/** An empty D1 database nobody in this test uses yet. */
export async function freshD1(): Promise<D1Database> {
  const binding = bindings.find((name) => !used.has(name));
  if (!binding) throw new Error(`A test may open at most ${DATABASES} fresh D1 stores; raise DATABASES in d1-backend.ts`);
  used.add(binding);
  return database(binding);
}

function storeOn(d1: D1Database): KyselyPlatformStore {
  const store = createD1Store(d1);
  databases.set(store, d1);
  return store;
}

/** D1: every fresh store on an emptied database, migrated as a Worker would be; a second store shares it. */
export const d1Backend: TestBackend = {
  name: 'D1',
  async fresh() {
    const d1 = await freshD1();
    await migrateD1(d1);
    return storeOn(d1);
  },
  reopen: async (store) => storeOn(databases.get(store)!),
  async afterEach() {
    const names = [...used];
    used.clear();
    for (const name of names) await empty(await database(name));
  },
  async afterAll() {
    const started = await runtime?.catch(() => undefined);
    runtime = undefined;
    await started?.dispose();
  },
};
