/**
 * The mail queue, and each person's language. A mail is a row here before anyone is told it was
 * sent, so an SMTP server that is down, or a process that dies, loses no mail: a delivery loop
 * sends due rows and retries failed ones with backoff. People get a `locale` column (a Better
 * Auth additional field) so their mails are in their own language.
 * Portable DDL only, as in 0001, so it also runs on D1 and is written out as a D1 SQL file.
 */
import type { Kysely } from 'kysely';
import { binaryText } from './portable.ts';

// Migrations take `Kysely<any>` on purpose: they must not depend on today's schema type.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const text = binaryText(db);
  await db.schema
    .createTable('mail_queue')
    // Sortable by time of queueing: the ISO time, then random characters.
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('html', 'text')
    // Extra headers as a JSON object, or null.
    .addColumn('headers', 'text')
    .addColumn('created_at', text, (c) => c.notNull())
    // How many deliveries were started; also the claim a deliverer holds while it sends.
    .addColumn('attempts', 'bigint', (c) => c.notNull())
    // When a deliverer may (next) take the mail; null once it was sent or given up.
    .addColumn('next_attempt_at', text)
    .addColumn('sent_at', text)
    .addColumn('last_error', 'text')
    .execute();
  await db.schema.createIndex('mail_queue_due').on('mail_queue').column('next_attempt_at').execute();
  await db.schema.createIndex('mail_queue_created').on('mail_queue').column('created_at').execute();
  // Better Auth's `string` field type is `text` on every backend.
  await db.schema.alterTable('user').addColumn('locale', 'text').execute();
}

/** Drops everything `up` created. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('user').dropColumn('locale').execute();
  await db.schema.dropTable('mail_queue').execute();
}
