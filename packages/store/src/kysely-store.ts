/** A {@link PlatformStore} on any Kysely database: SQLite here, PostgreSQL and D1 through their dialects. */
import type { Kysely } from 'kysely';
import { createAnnouncements, type Announcements } from './announcements/announcements.ts';
import type { StoreContext } from './context.ts';
import { DATA_VERSION_KEY, type StoreDatabase } from './database.ts';
import { createDocumentReader, type StoreLogger } from './documents.ts';
import { createEventRepository } from './events.ts';
import { createMemberRepository } from './members.ts';
import type { PlatformStore } from './repository.ts';
import { createResourceRepository } from './resources.ts';
import { failUnlessEmpty, putStatements } from './statements.ts';
import { transactionBatch, type WriteBatch } from './write.ts';
import { createRecordWrites } from './writes/record-writes.ts';

/** Options for {@link createKyselyStore}. */
export interface KyselyStoreOptions {
  /** Runs a write atomically; a Kysely transaction by default, `d1.batch` for D1. */
  writeBatch?: WriteBatch | undefined;
  /** Most values one statement may bind (D1 allows 100); multi-row inserts are cut to fit. */
  maxParameters?: number | undefined;
  /** A cheaper read of the data version than a Kysely query (PostgreSQL: a prepared statement). */
  dataVersion?: (() => Promise<number>) | undefined;
  /** Where skipped corrupt rows are reported (default `console`). */
  logger?: StoreLogger | undefined;
  /** The clock of the write side's timestamps (audit rows, deletions); tests pin it. */
  now?: (() => Date) | undefined;
}

/** A platform store with the extra `warm()` that builds the search index before the first search. */
export interface KyselyPlatformStore extends PlatformStore {
  /**
   * The database the store runs on, for the write side's own tables (API keys, the secretariat)
   * that the record repositories do not cover. The store owns it: `close()` destroys it.
   */
  readonly db: Kysely<StoreDatabase>;
  /** The secretariat's announcements, written through the same batch path (audited, version bumped). */
  readonly announcements: Announcements;
  /** The store's atomic batch (a transaction, or `d1.batch`), for other tables' writes with their mails. */
  readonly writeBatch: WriteBatch;
  /**
   * Builds the resource search index now, e.g. at server start, instead of on the first search,
   * and reads every member and event once, so corrupt rows show in `corruptRecords()` from the start.
   */
  warm(): Promise<void>;
}

/**
 * A store on a migrated Kysely database (see `migrateToLatest`). The store owns `db`: `close()` destroys it.
 * @example
 * const db = new Kysely<StoreDatabase>({ dialect });
 * await migrateToLatest(db);
 * const store = createKyselyStore(db);
 * await store.members.list({ country: 'DE' }, { page: 1, pageSize: 20 });
 */
export function createKyselyStore(db: Kysely<StoreDatabase>, options: KyselyStoreOptions = {}): KyselyPlatformStore {
  const ctx: StoreContext = {
    db,
    write: options.writeBatch ?? transactionBatch(db),
    maxParameters: options.maxParameters ?? 999,
    // One primary-key lookup: cheap enough to run before every cached read, in every process.
    dataVersion: options.dataVersion ?? (async () => {
      const row = await db.selectFrom('meta').select('value').where('key', '=', DATA_VERSION_KEY).executeTakeFirst();
      // PostgreSQL returns a bigint as a string.
      return Number(row?.value ?? 0);
    }),
    documents: createDocumentReader(options.logger),
  };
  const resources = createResourceRepository(ctx);
  /** Rows just written hold valid records: corrupt ones of the same ids are gone. */
  const forgetWritten = (records: Parameters<PlatformStore['putMany']>[0]) => {
    for (const table of ['members', 'resources', 'events'] as const) {
      ctx.documents.forget(table, (records[table] ?? []).map((record) => record.id));
    }
  };
  const isEmpty = async () => {
    const [members, resourceCount, events] = await Promise.all([
      store.members.counts(), store.resources.count(), store.events.count(),
    ]);
    return members.total === 0 && resourceCount === 0 && events === 0;
  };
  const store: KyselyPlatformStore = {
    db,
    members: createMemberRepository(ctx),
    resources,
    events: createEventRepository(ctx),
    writes: createRecordWrites(ctx, options.now),
    announcements: createAnnouncements(db, ctx.write, options.now),
    writeBatch: ctx.write,
    dataVersion: ctx.dataVersion,
    async putMany(records) {
      const statements = putStatements(db, records, ctx.maxParameters);
      if (statements.length > 0) await ctx.write(statements);
      forgetWritten(records);
    },
    async putManyIfEmpty(records) {
      const [bump, ...puts] = putStatements(db, records, ctx.maxParameters);
      if (!bump) return false;
      try {
        await ctx.write([bump, failUnlessEmpty(db), ...puts]);
      } catch (error) {
        // Refused by the guard because the store holds data (another process may just have
        // seeded it): nothing was written. Any other failure of a write into an empty store is real.
        if (!(await isEmpty())) return false;
        throw error;
      }
      forgetWritten(records);
      return true;
    },
    corruptRecords: () => ctx.documents.corrupt(),
    async warm() {
      await Promise.all([resources.warm(), store.members.list({}), store.events.list({})]);
    },
    close: () => db.destroy(),
  };
  return store;
}
