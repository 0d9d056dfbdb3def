/**
 * The store on Cloudflare D1, for the edge. No Node APIs. D1 has no interactive transactions,
 * so every write is sent as one `d1.batch()`, which D1 runs atomically.
 *
 * @example
 * import { createD1Store, migrateD1 } from '@thb/store/d1';
 * export default {
 *   async fetch(request: Request, env: { DB: D1Database }) {
 *     const store = createD1Store(env.DB); // tables from `wrangler d1 migrations apply` or `migrateD1`
 *     return Response.json(await store.members.list({ country: 'DE' }, { page: 1, pageSize: 20 }));
 *   },
 * };
 */
import type { D1Database } from '@cloudflare/workers-types';
import { Kysely } from 'kysely';
import { D1Dialect } from 'kysely-d1';
import type { StoreDatabase } from './database.ts';
import { createKyselyStore, type KyselyPlatformStore } from './kysely-store.ts';
import { migrationStatements } from './migrations/d1-sql.ts';
import { MIGRATIONS } from './migrations/index.ts';
import type { WriteBatch } from './write.ts';

/** D1 refuses statements that bind more than 100 values. */
const D1_MAX_PARAMETERS = 100;

/**
 * The {@link WriteBatch} of D1: the compiled statements as prepared statements in one batch.
 * @example const store = createKyselyStore(db, { writeBatch: d1Batch(env.DB), maxParameters: 100 });
 */
export function d1Batch(d1: D1Database): WriteBatch {
  return async (statements) => {
    if (statements.length === 0) return [];
    const results = await d1.batch(statements.map((s) => d1.prepare(s.sql).bind(...s.parameters)));
    return results.map((result) => ({
      rows: result.results ?? [],
      numAffectedRows: BigInt(result.meta.changes ?? 0),
    }));
  };
}

/**
 * A store on a D1 database that is already migrated (see {@link migrateD1}). Cheap enough to
 * create per request; the search index lives in the store, so keep one per isolate to reuse it.
 * @example const store = createD1Store(env.DB);
 */
export function createD1Store(d1: D1Database): KyselyPlatformStore {
  const db = new Kysely<StoreDatabase>({ dialect: new D1Dialect({ database: d1 }) });
  return createKyselyStore(db, { writeBatch: d1Batch(d1), maxParameters: D1_MAX_PARAMETERS });
}

/** The migrations recorded as applied; none when Kysely's table does not exist yet. */
async function appliedMigrations(d1: D1Database): Promise<string[]> {
  const table = await d1.prepare("select name from sqlite_master where type = 'table' and name = 'kysely_migration'").first();
  if (!table) return [];
  const { results } = await d1.prepare('select name from kysely_migration').all<{ name: string }>();
  return results.map((row) => row.name);
}

/**
 * Brings a D1 database to the latest schema in one atomic batch: the same SQL as the files in
 * `migrations-d1/`, so it is a no-op after `wrangler d1 migrations apply` and the other way round.
 * @returns the names of the migrations it applied
 * @example await migrateD1(env.DB);
 */
export async function migrateD1(d1: D1Database): Promise<string[]> {
  const known = Object.keys(MIGRATIONS).sort();
  const pendingIn = (applied: string[]) => {
    const unknown = applied.filter((name) => !known.includes(name));
    if (unknown.length > 0) throw new Error(`D1 database has migrations this store does not know: ${unknown.join(', ')}`);
    return known.filter((name) => !applied.includes(name));
  };
  const pending = pendingIn(await appliedMigrations(d1));
  if (pending.length === 0) return [];
  const statements = (await Promise.all(pending.map((name) => migrationStatements(name)))).flat();
  try {
    await d1.batch(statements.map((statement) => d1.prepare(statement)));
  } catch (error) {
    // Another isolate may have migrated meanwhile: its batch won and ours was rolled back whole.
    if (pendingIn(await appliedMigrations(d1)).length === 0) return [];
    throw error;
  }
  return pending;
}
