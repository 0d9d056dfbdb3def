/**
 * The platform's data access: a dialect-agnostic store on Kysely (SQLite, PostgreSQL, D1),
 * its migrations and the shared resource search. Dialect entries: `@thb/store/sqlite` and
 * `@thb/store/postgres` (Node), `@thb/store/d1` (edge), `@thb/store/open` (picks one from config).
 *
 * @example
 * import { createKyselyStore, migrateToLatest } from '@thb/store';
 * await migrateToLatest(db);
 * const store = createKyselyStore(db);
 * const page = await store.resources.search({ q: 'hotline', country: 'DE' }, { page: 1, pageSize: 20 }, 'de');
 */
export { createKyselyStore } from './kysely-store.ts';
export type { KyselyPlatformStore, KyselyStoreOptions } from './kysely-store.ts';
export { MIGRATIONS, migrateToLatest } from './migrations/index.ts';
export type { MigrateOptions } from './migrations/index.ts';
export { InvalidRecordError } from './documents.ts';
export type { CorruptRecord, StoreLogger } from './documents.ts';
export { transactionBatch } from './write.ts';
export type { WriteBatch } from './write.ts';
export { eventSpan } from './event-span.ts';
export { createResourceSearch } from './search/resource-search.ts';
export type { ResourceSearch, ResourceSource } from './search/resource-search.ts';
export type { StoreDatabase } from './database.ts';
export type {
  EventFilter, EventRepository, ListResult, MemberFilter, MemberRepository, Paging, PlatformStore,
  ResourceFilter, ResourceRepository, ResourceSearchResult, StoredEvent,
} from './repository.ts';
export { IdempotencyReplayError, StaleWriteError } from './writes/errors.ts';
export { ownerOf } from './writes/record-writes.ts';
export type {
  AnyRecord, AuditEntry, AuditFilter, HiddenStatus, IdempotentAnswer, NewPendingChange, PendingChange, RecordKind, RecordOf,
  RecordSnapshot, RecordStatus, RecordWritePlan, RecordWrites, StatusRecord, StoredIdempotentAnswer, TrustedOrganisation,
  WriteActor, WriteExpectation,
} from './writes/types.ts';
