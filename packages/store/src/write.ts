/**
 * The one place where the store writes. Every write is a list of compiled statements run
 * atomically together with the data-version bump. SQLite and PostgreSQL run the list in a
 * transaction; a D1 adapter can pass `d1.batch` instead, as D1 has no interactive transactions.
 */
import type { CompiledQuery, Kysely, QueryResult } from 'kysely';
import { DATA_VERSION_KEY, type StoreDatabase } from './database.ts';

/** Runs statements in order and atomically (all or none), returning each one's result. */
export type WriteBatch = (statements: readonly CompiledQuery[]) => Promise<QueryResult<unknown>[]>;

/**
 * The default {@link WriteBatch}: one Kysely transaction.
 * @example const store = createKyselyStore(db, { writeBatch: transactionBatch(db) });
 */
export function transactionBatch(db: Kysely<StoreDatabase>): WriteBatch {
  return (statements) =>
    db.transaction().execute(async (trx) => {
      const results: QueryResult<unknown>[] = [];
      for (const statement of statements) results.push(await trx.executeQuery(statement));
      return results;
    });
}

/** Tables whose rows carry an `id` that a removal can check for. */
export type RecordTable = 'members' | 'resources' | 'events';

/**
 * `value + 1` on the data-version row; the first statement of every put. Writing that row first
 * also serialises writers on PostgreSQL, whose row lock holds until commit: two puts of one new
 * id then run one after the other instead of the second failing on the primary key, as SQLite
 * and D1, which run one write at a time, would never let them.
 */
export function bumpVersion(db: Kysely<StoreDatabase>): CompiledQuery {
  return db
    .updateTable('meta')
    .set((eb) => ({ value: eb('value', '+', 1) }))
    .where('key', '=', DATA_VERSION_KEY)
    .compile();
}

/**
 * Takes the data-version row without changing it: the first statement of a removal, so that on
 * PostgreSQL the existence check after it sees every write committed before (see {@link bumpVersion}).
 */
export function lockVersion(db: Kysely<StoreDatabase>): CompiledQuery {
  return db
    .updateTable('meta')
    .set((eb) => ({ value: eb.ref('value') }))
    .where('key', '=', DATA_VERSION_KEY)
    .compile();
}

/**
 * Bumps the version only if the record exists. It runs before the delete in the same batch,
 * so a removal of nothing leaves the version alone without a separate read (which D1 could
 * not make atomic with the write).
 */
export function bumpVersionIfExists(db: Kysely<StoreDatabase>, table: RecordTable, id: string): CompiledQuery {
  return db
    .updateTable('meta')
    .set((eb) => ({ value: eb('value', '+', 1) }))
    .where('key', '=', DATA_VERSION_KEY)
    .where((eb) => eb.exists(eb.selectFrom(table).select('id').where('id', '=', id)))
    .compile();
}

/** How many rows a delete removed (drivers report it as a bigint). */
export function affectedRows(result: QueryResult<unknown> | undefined): number {
  return Number(result?.numAffectedRows ?? 0n);
}

/** Splits rows so that no statement binds more than `maxParameters` values. */
export function chunksOf<T>(items: readonly T[], columns: number, maxParameters: number): T[][] {
  const size = Math.max(1, Math.floor(maxParameters / columns));
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
