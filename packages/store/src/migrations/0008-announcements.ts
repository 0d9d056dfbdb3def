/**
 * Announcements from the secretariat (issue 13): multilingual title and text, links to events
 * and resources, an audience, a public flag and a draft/published status.
 * Portable DDL only, as in 0001, so it also runs on D1 and is written out as a D1 SQL file.
 */
import type { Kysely } from 'kysely';
import { binaryText } from './portable.ts';

// Migrations take `Kysely<any>` on purpose: they must not depend on today's schema type.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const text = binaryText(db);
  await db.schema
    .createTable('announcement')
    .addColumn('id', text, (c) => c.primaryKey())
    // `{ en, de?, fr? }` as JSON, for title and text alike.
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    // JSON arrays of ids.
    .addColumn('event_ids', 'text', (c) => c.notNull())
    .addColumn('resource_ids', 'text', (c) => c.notNull())
    // JSON `{ countries: string[], focusAreas: string[] }`; both empty means all members.
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('public', 'integer', (c) => c.notNull())
    .addColumn('status', text, (c) => c.notNull())
    .addColumn('published_at', text)
    .addColumn('revision', 'bigint', (c) => c.notNull())
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('announcement_published').on('announcement').columns(['status', 'published_at']).execute();
}

/** Drops everything `up` created. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('announcement').execute();
}
