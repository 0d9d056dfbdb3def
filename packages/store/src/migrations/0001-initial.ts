/**
 * The first schema. Portable column types only (text, bigint) and no dialect SQL of its own
 * (see `portable.ts`), so the same migration runs on SQLite, PostgreSQL and D1. It binds no
 * parameters, so it can also be written out as a plain SQL file for `wrangler d1 migrations`.
 */
import { sql, type Kysely } from 'kysely';
import { binaryText, secondsSince2024 } from './portable.ts';

/** Creates the meta, members, member_focus, resources and events tables and their indexes. */
// Migrations take `Kysely<any>` on purpose: they must not depend on today's schema type.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const text = binaryText(db);
  // bigint: PostgreSQL's integer would overflow a version that started at seconds since 2024 in 2092.
  await db.schema
    .createTable('meta')
    .addColumn('key', text, (c) => c.primaryKey())
    .addColumn('value', 'bigint', (c) => c.notNull())
    .execute();
  // Seconds since 2024: a recreated database starts at a new version, so no ETag repeats.
  await db
    .insertInto('meta')
    .values({ key: sql.lit('data_version'), value: secondsSince2024(db) })
    .execute();

  await db.schema
    .createTable('members')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('name_key', text, (c) => c.notNull())
    .addColumn('country', text, (c) => c.notNull())
    .addColumn('scope', text, (c) => c.notNull())
    .addColumn('search_text', text, (c) => c.notNull())
    .addColumn('document', text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('members_name_key').on('members').columns(['name_key', 'id']).execute();
  await db.schema.createIndex('members_country').on('members').column('country').execute();

  await db.schema
    .createTable('member_focus')
    .addColumn('member_id', text, (c) => c.notNull())
    .addColumn('focus', text, (c) => c.notNull())
    .addPrimaryKeyConstraint('member_focus_pk', ['member_id', 'focus'])
    .execute();
  await db.schema.createIndex('member_focus_focus').on('member_focus').columns(['focus', 'member_id']).execute();

  await db.schema
    .createTable('resources')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('type', text, (c) => c.notNull())
    .addColumn('published', text, (c) => c.notNull())
    .addColumn('document', text, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('events')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('kind', text, (c) => c.notNull())
    .addColumn('status', text, (c) => c.notNull())
    .addColumn('format', text, (c) => c.notNull())
    .addColumn('date_precision', text, (c) => c.notNull())
    .addColumn('starts_at', text, (c) => c.notNull())
    .addColumn('ends_at', text, (c) => c.notNull())
    .addColumn('document', text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('events_starts_at').on('events').columns(['starts_at', 'id']).execute();
  await db.schema.createIndex('events_ends_at').on('events').columns(['ends_at', 'id']).execute();
}

/** Drops everything `up` created. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['events', 'resources', 'member_focus', 'members', 'meta']) {
    await db.schema.dropTable(table).execute();
  }
}
