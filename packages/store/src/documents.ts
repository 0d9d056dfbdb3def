/**
 * Stored documents in and out. Every record is parsed with its public schema before it is
 * written and again when it is read, so a row changed behind the store's back (bad JSON, a
 * missing field, an extra one such as a private address) is never served. Such a row is
 * skipped, logged once with its id and kept in a list that `/healthz` reports as `degraded`;
 * the rows around it are served as usual, and nothing fails to start because of it.
 */
import { Event, Member, Resource } from '@thb/schema';
import type { RecordTable } from './write.ts';

/** A stored row that could not be read, and why (no field values, so no private data in logs). */
export interface CorruptRecord {
  table: RecordTable;
  id: string;
  reason: string;
}

/** Where skipped rows are reported; `console` by default. */
export interface StoreLogger {
  warn(message: string): void;
}

const SCHEMAS = { members: Member, resources: Resource, events: Event } as const;
type Stored = { members: Member; resources: Resource; events: Event };
/** One problem zod found (the store names zod's types through the schemas it has). */
type Issue = NonNullable<ReturnType<typeof Member.safeParse>['error']>['issues'][number];

/** A record that a write refused: it does not match its public schema. */
export class InvalidRecordError extends Error {
  override readonly name = 'InvalidRecordError';
  constructor(readonly table: RecordTable, readonly id: string, readonly issues: readonly Issue[]) {
    super(`${table} record "${id}" does not match its schema: ${describe(issues)}`);
  }
}


/** The first issues as `path: message`, e.g. `contact.address: Unrecognized key: "address"`. */
function describe(issues: readonly Issue[]): string {
  return issues.slice(0, 3).map((issue) => `${issue.path.join('.') || '(document)'}: ${issue.message}`).join('; ');
}

/**
 * The record as it will be stored: parsed with its schema, which also trims what the schema trims.
 * @throws InvalidRecordError when it does not match
 * @example const member = validRecord('members', input);
 */
export function validRecord<T extends RecordTable>(table: T, record: Stored[T]): Stored[T] {
  const parsed = SCHEMAS[table].safeParse(record);
  if (!parsed.success) throw new InvalidRecordError(table, String((record as { id?: unknown }).id), parsed.error.issues);
  return parsed.data as Stored[T];
}

/** Reads stored rows into records and remembers the rows it had to skip. */
export interface DocumentReader {
  /** The record in a row, or undefined (logged and remembered) when the row is corrupt. */
  read<T extends RecordTable>(table: T, row: { id: string; document: string }): Stored[T] | undefined;
  /** After reading every row of a table: forgets remembered rows of it that no longer exist. */
  sawAll(table: RecordTable, ids: Iterable<string>): void;
  /** Forgets an id that was just written or removed: it is valid now, or gone. */
  forget(table: RecordTable, ids: Iterable<string>): void;
  /** The corrupt rows met so far that still exist as far as this store knows, by table and id. */
  corrupt(): CorruptRecord[];
}

/** A reader with its own list of corrupt rows; one per store. */
export function createDocumentReader(logger: StoreLogger = console): DocumentReader {
  const known = new Map<string, CorruptRecord>();
  const key = (table: RecordTable, id: string) => `${table}\u0000${id}`;
  const remember = (table: RecordTable, id: string, reason: string) => {
    const previous = known.get(key(table, id));
    // Logged when first met or when the reason changes, not on every read of a list holding it.
    if (previous?.reason !== reason) logger.warn(`Skipped corrupt ${table} record "${id}": ${reason}`);
    known.set(key(table, id), { table, id, reason });
  };
  return {
    read(table, row) {
      let document: unknown;
      try {
        document = JSON.parse(row.document);
      } catch {
        remember(table, row.id, 'the document is not valid JSON');
        return undefined;
      }
      const parsed = SCHEMAS[table].safeParse(document);
      if (!parsed.success) {
        remember(table, row.id, `the document does not match the schema: ${describe(parsed.error.issues)}`);
        return undefined;
      }
      if (parsed.data.id !== row.id) {
        remember(table, row.id, `the document names another id ("${parsed.data.id}")`);
        return undefined;
      }
      known.delete(key(table, row.id));
      return parsed.data as Stored[typeof table];
    },
    sawAll(table, ids) {
      const present = new Set(ids);
      for (const [entry, record] of known) if (record.table === table && !present.has(record.id)) known.delete(entry);
    },
    forget(table, ids) {
      for (const id of ids) known.delete(key(table, id));
    },
    corrupt: () => [...known.values()].sort((a, b) => (key(a.table, a.id) < key(b.table, b.id) ? -1 : 1)),
  };
}

/** Rows parsed between two yields: about 10 ms of work, so other requests are not held up long. */
const ROWS_PER_TURN = 1000;

/**
 * The records of rows that could be read, in row order; corrupt rows are left out. Parsing
 * 50,000 documents with their schema takes most of a second, so a long list is parsed in turns,
 * letting the event loop answer other requests in between.
 */
export async function readAll<T extends RecordTable>(
  reader: DocumentReader,
  table: T,
  rows: readonly { id: string; document: string }[],
): Promise<Stored[T][]> {
  const records: Stored[T][] = [];
  for (let start = 0; start < rows.length; start += ROWS_PER_TURN) {
    if (start > 0) await new Promise((resolve) => setTimeout(resolve, 0));
    for (const row of rows.slice(start, start + ROWS_PER_TURN)) {
      const record = reader.read(table, row);
      if (record) records.push(record);
    }
  }
  return records;
}
