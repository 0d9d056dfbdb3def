/**
 * Notifications people choose (issue 13): one row of preferences per person (absent means the
 * defaults, a daily digest of every kind) and per person and kind a watermark: the time of the
 * newest item already mailed and when that mail was queued. The digest job advances a watermark
 * in the same batch that queues the mail, so a crash neither loses nor doubles a digest.
 * Portable DDL only, as in 0001, so it also runs on D1 and is written out as a D1 SQL file.
 */
import type { Kysely } from 'kysely';
import { binaryText } from './portable.ts';

// Migrations take `Kysely<any>` on purpose: they must not depend on today's schema type.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const text = binaryText(db);
  await db.schema
    .createTable('notification_preference')
    .addColumn('person_id', text, (c) => c.primaryKey())
    // `NotificationPreferences` as JSON, parsed with the schema on reading.
    .addColumn('preferences', 'text', (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('notification_watermark')
    .addColumn('person_id', text, (c) => c.notNull())
    .addColumn('kind', text, (c) => c.notNull())
    // ISO time of the newest item included in a mail so far; later items are news.
    .addColumn('seen_until', text, (c) => c.notNull())
    // When the last mail of this kind was queued (null: never), for the cadence.
    .addColumn('last_sent_at', text)
    .addPrimaryKeyConstraint('notification_watermark_pk', ['person_id', 'kind'])
    .execute();
}

/** Drops everything `up` created. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('notification_watermark').execute();
  await db.schema.dropTable('notification_preference').execute();
}
