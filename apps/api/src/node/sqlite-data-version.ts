/**
 * A cheap data version for a store on a SQLite file. The store's own lookup goes through
 * Kysely (a query build, a prepare and a mutex per call) and dominated the cost of a cached
 * read; `PRAGMA data_version` on a separate read-only connection is a few microseconds and
 * changes whenever any other connection, in this process or another, commits a write.
 */
import Database from 'better-sqlite3';

/** The version function for `createApp`, and a way to release its connection. */
export interface SqliteDataVersion {
  dataVersion: () => Promise<number>;
  close(): void;
}

/**
 * Asks the store for its version only when SQLite reports a commit since the last time, and
 * asks SQLite at most once per event-loop turn: requests handled in one turn were all received
 * before it began, so they are concurrent with any commit made during it and may share a check.
 * A request sent after a write has finished arrives in a later turn and sees that write.
 * @example const version = sqliteDataVersion('data/thb.sqlite', () => store.dataVersion());
 */
export function sqliteDataVersion(file: string, storeVersion: () => Promise<number>): SqliteDataVersion {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const changes = db.prepare('PRAGMA data_version').pluck();
  let seen: unknown;
  let version: Promise<number> | undefined;
  let checkedThisTurn = false;
  const nextTurn = () => {
    checkedThisTurn = false;
  };
  return {
    dataVersion() {
      if (checkedThisTurn && version !== undefined) return version;
      checkedThisTurn = true;
      setImmediate(nextTurn);
      const current = changes.get();
      if (current !== seen || version === undefined) {
        // Remember the marker first: a commit during the lookup changes it again, forcing a re-read.
        seen = current;
        const lookup = storeVersion();
        version = lookup;
        lookup.catch(() => {
          if (version === lookup) version = undefined;
        });
      }
      return version;
    },
    close: () => db.close(),
  };
}
