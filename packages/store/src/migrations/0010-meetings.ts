/**
 * Meeting registration (issue 13): the secretariat's settings for a platform meeting (an event)
 * and the named participants organisations register, with a waiting list kept in order.
 * Portable DDL only, as in 0001, so it also runs on D1 and is written out as a D1 SQL file.
 */
import type { Kysely } from 'kysely';
import { binaryText } from './portable.ts';

// Migrations take `Kysely<any>` on purpose: they must not depend on today's schema type.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const text = binaryText(db);
  await db.schema
    .createTable('meeting')
    // One meeting per event; the event record keeps date, place and status.
    .addColumn('event_id', text, (c) => c.primaryKey())
    .addColumn('capacity_total', 'integer', (c) => c.notNull())
    .addColumn('capacity_per_member', 'integer')
    .addColumn('registration_deadline', text)
    .addColumn('online', 'integer', (c) => c.notNull())
    // iCalendar UID stays stable; SEQUENCE rises on every change mailed to participants.
    .addColumn('ical_uid', text, (c) => c.notNull())
    .addColumn('ical_sequence', 'integer', (c) => c.notNull())
    .addColumn('revision', 'bigint', (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('meeting_registration')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('event_id', text, (c) => c.notNull())
    .addColumn('member_id', text, (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    // 'in-person' | 'online'
    .addColumn('attendance', text, (c) => c.notNull())
    // JSON array of language codes for interpretation.
    .addColumn('languages', 'text', (c) => c.notNull())
    .addColumn('accessibility', 'text')
    // 'registered' | 'waiting' | 'cancelled'
    .addColumn('status', text, (c) => c.notNull())
    // Order of the waiting list (and of registration): a counter per meeting.
    .addColumn('position', 'bigint', (c) => c.notNull())
    .addColumn('registered_by', 'text', (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('meeting_registration_order')
    .on('meeting_registration')
    .columns(['event_id', 'status', 'position'])
    .execute();
}

/** Drops everything `up` created. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('meeting_registration').execute();
  await db.schema.dropTable('meeting').execute();
}
