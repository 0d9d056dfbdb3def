/**
 * Better Auth's tables for the magic-link and organization plugins (user, session, account,
 * verification, organization, member, invitation), copied once from its `getMigrations` output
 * so every backend, D1 included, has exactly the tables Better Auth expects and our migrations
 * stay the only thing that changes the schema. A test proves Better Auth finds nothing to add.
 * Column names are Better Auth's (camelCase), not ours: its adapter maps no names for us.
 */
import { sql, type ColumnDefinitionBuilder, type Kysely } from 'kysely';
import { booleanType, isPostgres, timestampType } from './portable.ts';

// Migrations take `Kysely<any>` on purpose: they must not depend on today's schema type.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const date = timestampType(db);
  const postgres = isPostgres(db);
  // Better Auth gives some timestamps a database default on PostgreSQL only; copied as it is.
  const createdNow = (c: ColumnDefinitionBuilder) => (postgres ? c.defaultTo(sql`CURRENT_TIMESTAMP`).notNull() : c.notNull());
  const required = (c: ColumnDefinitionBuilder) => c.notNull();

  await db.schema
    .createTable('user')
    .addColumn('id', 'text', (c) => c.notNull().primaryKey())
    .addColumn('name', 'text', required)
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('emailVerified', booleanType(db), required)
    .addColumn('image', 'text')
    .addColumn('createdAt', date, createdNow)
    .addColumn('updatedAt', date, createdNow)
    .execute();

  await db.schema
    .createTable('session')
    .addColumn('id', 'text', (c) => c.notNull().primaryKey())
    .addColumn('expiresAt', date, required)
    .addColumn('token', 'text', (c) => c.notNull().unique())
    .addColumn('createdAt', date, createdNow)
    .addColumn('updatedAt', date, required)
    .addColumn('ipAddress', 'text')
    .addColumn('userAgent', 'text')
    .addColumn('userId', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
    .addColumn('activeOrganizationId', 'text')
    .execute();

  await db.schema
    .createTable('account')
    .addColumn('id', 'text', (c) => c.notNull().primaryKey())
    .addColumn('accountId', 'text', required)
    .addColumn('providerId', 'text', required)
    .addColumn('userId', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
    .addColumn('accessToken', 'text')
    .addColumn('refreshToken', 'text')
    .addColumn('idToken', 'text')
    .addColumn('accessTokenExpiresAt', date)
    .addColumn('refreshTokenExpiresAt', date)
    .addColumn('scope', 'text')
    .addColumn('password', 'text')
    .addColumn('createdAt', date, createdNow)
    .addColumn('updatedAt', date, required)
    .execute();

  await db.schema
    .createTable('verification')
    .addColumn('id', 'text', (c) => c.notNull().primaryKey())
    .addColumn('identifier', 'text', required)
    .addColumn('value', 'text', required)
    .addColumn('expiresAt', date, required)
    .addColumn('createdAt', date, createdNow)
    .addColumn('updatedAt', date, createdNow)
    .execute();

  await db.schema
    .createTable('organization')
    .addColumn('id', 'text', (c) => c.notNull().primaryKey())
    .addColumn('name', 'text', required)
    // Our member id: each member entry is exactly one organisation.
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('logo', 'text')
    .addColumn('createdAt', date, required)
    .addColumn('metadata', 'text')
    .execute();

  await db.schema
    .createTable('member')
    .addColumn('id', 'text', (c) => c.notNull().primaryKey())
    .addColumn('organizationId', 'text', (c) => c.notNull().references('organization.id').onDelete('cascade'))
    .addColumn('userId', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
    .addColumn('role', 'text', required)
    .addColumn('createdAt', date, required)
    .execute();

  await db.schema
    .createTable('invitation')
    .addColumn('id', 'text', (c) => c.notNull().primaryKey())
    .addColumn('organizationId', 'text', (c) => c.notNull().references('organization.id').onDelete('cascade'))
    .addColumn('email', 'text', required)
    .addColumn('role', 'text')
    .addColumn('status', 'text', required)
    .addColumn('expiresAt', date, required)
    .addColumn('createdAt', date, createdNow)
    .addColumn('inviterId', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
    .execute();

  const indexes: ReadonlyArray<readonly [table: string, column: string]> = [
    ['session', 'userId'], ['account', 'userId'], ['verification', 'identifier'],
    ['member', 'organizationId'], ['member', 'userId'], ['invitation', 'organizationId'], ['invitation', 'email'],
  ];
  for (const [table, column] of indexes) {
    await db.schema.createIndex(`${table}_${column}_idx`).on(table).column(column).execute();
  }
}

/** Drops everything `up` created, referencing tables first. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['invitation', 'member', 'organization', 'verification', 'account', 'session', 'user']) {
    await db.schema.dropTable(table).execute();
  }
}
