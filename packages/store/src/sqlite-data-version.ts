/**
 * The SQLite store's fast data version. A read of the `meta` row through Kysely (a query
 * build, a prepare and a mutex per call) dominated the cost of a cached API read; this asks
 * SQLite whether anything was committed since the last read and reads the row only then.
 */
import type Database from 'better-sqlite3';

/**
 * `PRAGMA data_version` changes when another connection (in this process or another) commits,
 * and `total_changes()` when this connection writes: together they change after every commit
 * that could have bumped the version. Both are answered from memory, in about a microsecond.
 */
const CHANGE_MARKER = 'select data_version, total_changes() from pragma_data_version';

/**
 * Wraps `readVersion` (the `meta` row, read on `database`) so that it runs only after a
 * commit. Everything is synchronous on one connection, so nothing can commit between the
 * marker and the row being read in a way that is missed: the marker is read first, and a
 * commit after it changes the marker again, forcing the next call to read the row anew.
 * A failed read is not remembered; the next call tries again.
 * @example const dataVersion = sqliteDataVersion(database, () => Number(select.get('data_version')));
 */
export function sqliteDataVersion(database: Database.Database, readVersion: () => number): () => Promise<number> {
  const marker = database.prepare(CHANGE_MARKER).raw();
  let seenDataVersion: unknown;
  let seenChanges: unknown;
  let version: number | undefined;
  return async () => {
    const [dataVersion, changes] = marker.get() as [unknown, unknown];
    if (version === undefined || dataVersion !== seenDataVersion || changes !== seenChanges) {
      version = undefined; // stays unset if the read throws
      version = readVersion();
      seenDataVersion = dataVersion;
      seenChanges = changes;
    }
    return version;
  };
}
