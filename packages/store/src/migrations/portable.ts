/**
 * The few places where SQLite (and D1) and PostgreSQL need different DDL. Migrations ask these
 * helpers instead of writing dialect SQL themselves, so one migration serves every backend.
 */
import { PostgresAdapter, sql, type Kysely, type RawBuilder } from 'kysely';

// Migrations take `Kysely<any>` on purpose: they must not depend on today's schema type.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyKysely = Kysely<any>;

/** Whether the migration runs on PostgreSQL (D1 and SQLite share Kysely's SQLite adapter). */
export function isPostgres(db: AnyKysely): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/**
 * Text that sorts and compares code point by code point, as SQLite and D1 always do. PostgreSQL
 * otherwise follows the database's locale (en_US ignores spaces and hyphens, so "Lab" would sort
 * before "La Strada"), and members or events would come back in another order than on SQLite.
 */
export function binaryText(db: AnyKysely): 'text' | RawBuilder<unknown> {
  return isPostgres(db) ? sql`text collate "C"` : 'text';
}

/** 2024-01-01T00:00:00Z in seconds since 1970. */
const EPOCH_2024 = 1_704_067_200;

/**
 * Seconds since 2024 when the statement runs, computed by the database rather than by
 * JavaScript, so a generated D1 migration file starts a new database at its own time too.
 */
export function secondsSince2024(db: AnyKysely): RawBuilder<number> {
  return isPostgres(db)
    ? sql<number>`floor(extract(epoch from now()))::bigint - ${sql.lit(EPOCH_2024)}`
    : sql<number>`cast(strftime('%s', 'now') as integer) - ${sql.lit(EPOCH_2024)}`;
}

/**
 * A point in time as Better Auth's own migrations declare it: `timestamptz` on PostgreSQL,
 * `date` on SQLite and D1 (where its Kysely adapter stores ISO strings), so its schema check
 * finds our tables exactly as it would have made them.
 */
export function timestampType(db: AnyKysely): 'timestamptz' | 'date' {
  return isPostgres(db) ? 'timestamptz' : 'date';
}

/** A boolean as Better Auth declares it: `boolean` on PostgreSQL, `integer` (0 or 1) on SQLite and D1. */
export function booleanType(db: AnyKysely): 'boolean' | 'integer' {
  return isPostgres(db) ? 'boolean' : 'integer';
}
