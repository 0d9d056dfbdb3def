/** What every repository of one store shares: the database, the write path and the data version. */
import type { Kysely } from 'kysely';
import type { StoreDatabase } from './database.ts';
import type { DocumentReader } from './documents.ts';
import type { Paging } from './repository.ts';
import type { WriteBatch } from './write.ts';

/** The internals one store's repositories share. */
export interface StoreContext {
  db: Kysely<StoreDatabase>;
  write: WriteBatch;
  maxParameters: number;
  dataVersion(): Promise<number>;
  /** Parses stored documents and remembers the corrupt rows it skipped. */
  documents: DocumentReader;
}

/** `LIMIT`/`OFFSET` for 1-based paging. */
export function pageWindow(paging: Paging): { limit: number; offset: number } {
  return { limit: paging.pageSize, offset: (paging.page - 1) * paging.pageSize };
}

/** Counts come back as numbers, strings or bigints depending on the driver. */
export function toCount(value: string | number | bigint | undefined): number {
  return Number(value ?? 0);
}
