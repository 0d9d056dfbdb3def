/**
 * Platform meetings on their own (issue 13): 0010 left date, place and status to an event
 * record, but a meeting may be tentative ("autumn 2027"), which no event can say, and its
 * participants must never reach the public event feeds. So the meeting row carries its own
 * title, text, place, time zone and date (fixed, or tentative with a precision), its status,
 * and which reminders went out (each once). The mail queue gains `attachments` (JSON, null for
 * none, so every queued mail of before stays as it was) for the invitations' iCalendar files.
 */
import type { Kysely } from 'kysely';
import { binaryText } from './portable.ts';

// Migrations take `Kysely<any>` on purpose: they must not depend on today's schema type.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const text = binaryText(db);
  // One column per statement: SQLite and D1 add only one column per ALTER TABLE.
  const columns: [string, typeof text | 'text', boolean][] = [
    ['title', 'text', true], ['body', 'text', true], ['place', 'text', false], ['time_zone', text, true],
    ['starts_at', text, false], ['ends_at', text, false], ['tentative', text, false],
    ['status', text, true], ['reminded_7d_at', text, false], ['reminded_1d_at', text, false],
  ];
  for (const [name, type, required] of columns) {
    await db.schema.alterTable('meeting')
      .addColumn(name, type, (c) => (required ? c.notNull().defaultTo(name === 'status' ? 'planned' : name === 'time_zone' ? 'UTC' : '{}') : c))
      .execute();
  }
  await db.schema.alterTable('mail_queue').addColumn('attachments', 'text').execute();
}

/** Drops what `up` added. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('mail_queue').dropColumn('attachments').execute();
  for (const name of ['title', 'body', 'place', 'time_zone', 'starts_at', 'ends_at', 'tentative', 'status', 'reminded_7d_at', 'reminded_1d_at']) {
    await db.schema.alterTable('meeting').dropColumn(name).execute();
  }
}
