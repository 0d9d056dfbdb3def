import Database from 'better-sqlite3';
import { passkey } from '@better-auth/passkey';
import { betterAuth } from 'better-auth';
import { getMigrations } from 'better-auth/db/migration';
import { magicLink, organization } from 'better-auth/plugins';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { postgresBackend, testDatabaseUrl } from '../testing/postgres-backend.ts';
import { tempDatabaseFile } from '../testing/backends.ts';
import { migrateToLatest } from './index.ts';

// Better Auth must find exactly its own tables after our migrations, on every backend: if it
// wanted to create or add anything, its queries would fail where our migrations made less, and
// an upgrade of Better Auth that needs more columns fails here first. (D1 runs the same SQLite
// statements: d1.test.ts checks the generated files.)

// Its schema check reads tables of any shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyKysely = Kysely<any>;

/** What Better Auth would change, and what it warned about (a column of another type). */
async function betterAuthPlan(db: AnyKysely, type: 'sqlite' | 'postgres') {
  const warnings: string[] = [];
  const auth = betterAuth({
    database: { db, type },
    basePath: '/v1/auth',
    baseURL: 'http://localhost:8787',
    secret: 'a-test-secret-that-is-long-enough-0123456789',
    telemetry: { enabled: false },
    logger: { level: 'warn', log: (level, message) => void (level !== 'debug' && warnings.push(message)) },
    // The API's own additional field (apps/api/src/auth/better-auth.ts), added by migration 0007.
    user: { additionalFields: { locale: { type: 'string', required: false } } },
    plugins: [magicLink({ sendMagicLink: () => undefined }), organization(), passkey()],
  });
  const plan = await getMigrations(auth.options);
  return {
    create: plan.toBeCreated.map((t) => t.table),
    add: plan.toBeAdded.map((t) => t.table),
    indexes: plan.toBeAddedIndexes.map((i) => i.name),
    problems: [...plan.schemaProblems, ...plan.unsafeChanges],
    sql: await plan.compileMigrations(),
    warnings: warnings.filter((w) => !/secret|base url/i.test(w)),
  };
}

const NOTHING = { create: [], add: [], indexes: [], problems: [], sql: ';', warnings: [] };

afterAll(() => postgresBackend.afterAll?.());

describe('Better Auth tables (migrations 0003 and 0006)', () => {
  it('are exactly what Better Auth expects on SQLite', async () => {
    const db: AnyKysely = new Kysely({ dialect: new SqliteDialect({ database: new Database(tempDatabaseFile()) }) });
    try {
      await migrateToLatest(db);
      const plan = await betterAuthPlan(db, 'sqlite');
      expect({ ...plan, sql: plan.sql.trim() || ';' }).toEqual(NOTHING);
    } finally {
      await db.destroy();
    }
  });

  it('are exactly what Better Auth expects on PostgreSQL', async () => {
    const connectionString = await testDatabaseUrl();
    const setup = new pg.Client({ connectionString });
    await setup.connect();
    await setup.query('create schema if not exists accounts_check');
    await setup.end();
    const pool = new pg.Pool({ connectionString, max: 2, options: '-c search_path=accounts_check' });
    const db: AnyKysely = new Kysely({ dialect: new PostgresDialect({ pool }) });
    try {
      await migrateToLatest(db, { schema: 'accounts_check' });
      const tables = await sql<{ n: number }>`select count(*)::int as n from information_schema.tables where table_schema = 'accounts_check' and table_name = 'member'`.execute(db);
      expect(tables.rows[0]?.n).toBe(1);
      const plan = await betterAuthPlan(db, 'postgres');
      expect({ ...plan, sql: plan.sql.trim() || ';' }).toEqual(NOTHING);
    } finally {
      await db.destroy();
    }
  });

  it('would all be created by Better Auth on an empty database (the check is not vacuous)', async () => {
    const db: AnyKysely = new Kysely({ dialect: new SqliteDialect({ database: new Database(':memory:') }) });
    try {
      const plan = await betterAuthPlan(db, 'sqlite');
      expect(plan.create.sort()).toEqual(['account', 'invitation', 'member', 'organization', 'passkey', 'session', 'user', 'verification']);
    } finally {
      await db.destroy();
    }
  });
});
