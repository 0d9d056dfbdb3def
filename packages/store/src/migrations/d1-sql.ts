/**
 * The migrations as plain SQLite statements, for D1: `migrateD1` sends them as one batch and
 * `wrangler d1 migrations apply` runs the same text from `migrations-d1/`. Each migration also
 * records itself in Kysely's migration table, so either way of migrating sees the other's work.
 * Edge-safe: the statements are compiled by Kysely against a driver that runs nothing.
 */
import {
  DEFAULT_MIGRATION_LOCK_TABLE, DEFAULT_MIGRATION_TABLE, DummyDriver, Kysely, MIGRATION_LOCK_ID, SqliteAdapter,
  SqliteIntrospector, SqliteQueryCompiler, sql, type CompiledQuery, type Migration,
} from 'kysely';
import { MIGRATIONS } from './index.ts';

// Migrations take `Kysely<any>`: they must not depend on today's schema type.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyKysely = Kysely<any>;

/** A Kysely that records the SQLite statements it is asked to run instead of running them. */
function recorder(): { db: AnyKysely; statements: CompiledQuery[] } {
  const statements: CompiledQuery[] = [];
  const db: AnyKysely = new Kysely({
    dialect: {
      createAdapter: () => new SqliteAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (inner) => new SqliteIntrospector(inner),
      createQueryCompiler: () => new SqliteQueryCompiler(),
    },
    log: (event) => {
      if (event.level === 'query') statements.push(event.query);
    },
  });
  return { db, statements };
}

/** Kysely's own bookkeeping, as its Migrator would write it after running `name`. */
async function recordApplied(db: AnyKysely, name: string): Promise<void> {
  await db.schema.createTable(DEFAULT_MIGRATION_TABLE).ifNotExists()
    .addColumn('name', 'varchar(255)', (c) => c.notNull().primaryKey())
    .addColumn('timestamp', 'varchar(255)', (c) => c.notNull())
    .execute();
  await db.schema.createTable(DEFAULT_MIGRATION_LOCK_TABLE).ifNotExists()
    .addColumn('id', 'varchar(255)', (c) => c.notNull().primaryKey())
    .addColumn('is_locked', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.insertInto(DEFAULT_MIGRATION_LOCK_TABLE).orIgnore()
    .values({ id: sql.lit(MIGRATION_LOCK_ID), is_locked: sql.lit(0) })
    .execute();
  // The time it is applied, in the ISO form Kysely writes, so Kysely orders it like its own.
  await db.insertInto(DEFAULT_MIGRATION_TABLE)
    .values({ name: sql.lit(name), timestamp: sql`strftime('%Y-%m-%dT%H:%M:%fZ', 'now')` })
    .execute();
}

/**
 * The statements of one migration (then its bookkeeping), without trailing semicolons.
 * @example await migrationStatements('0001-initial') // ['create table "meta" (…)', …]
 */
export async function migrationStatements(name: string, migration: Migration | undefined = MIGRATIONS[name]): Promise<string[]> {
  if (!migration) throw new Error(`Unknown migration ${name}`);
  const { db, statements } = recorder();
  await migration.up(db);
  await recordApplied(db, name);
  return statements.map((statement) => {
    // A parameter would have no value in a SQL file: migrations must write literals (`sql.lit`).
    if (statement.parameters.length > 0) throw new Error(`Migration ${name} binds parameters: ${statement.sql}`);
    return statement.sql;
  });
}

/** A wrangler migration file: `0001_initial.sql` for the migration `0001-initial`. */
export interface D1MigrationFile {
  fileName: string;
  sql: string;
}

/**
 * Every migration as the file `wrangler d1 migrations apply` runs, one statement per line.
 * @example for (const { fileName, sql } of await d1MigrationFiles()) writeFileSync(`migrations-d1/${fileName}`, sql);
 */
export async function d1MigrationFiles(): Promise<D1MigrationFile[]> {
  const header = '-- Generated from packages/store/src/migrations by `pnpm --filter @thb/store migrations:d1`; do not edit.\n';
  return Promise.all(Object.keys(MIGRATIONS).sort().map(async (name) => ({
    fileName: `${name.replace(/-/g, '_')}.sql`,
    sql: header + (await migrationStatements(name)).map((statement) => `${statement};\n`).join(''),
  })));
}
