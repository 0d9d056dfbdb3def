/**
 * The members' portal (issue 12): calls for expression of interest, people waiting to hear of
 * the next call, applications, and each member entry's yearly confirmation. None of it is part
 * of the public read tables or the data version: a new application changes no map's ETag.
 * Times are ISO 8601 text in UTC, so they sort as text on every backend. Portable DDL only.
 */
import type { Kysely } from 'kysely';
import { binaryText } from './portable.ts';

// Migrations take `Kysely<any>` on purpose: they must not depend on today's schema type.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const text = binaryText(db);
  await db.schema
    .createTable('portal_call')
    .addColumn('id', text, (c) => c.primaryKey())
    // The call's title, text and criteria (JSON), as the secretariat wrote them.
    .addColumn('document', text, (c) => c.notNull())
    .addColumn('opens_at', text, (c) => c.notNull())
    .addColumn('closes_at', text, (c) => c.notNull())
    .addColumn('time_zone', text, (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    // When subscribers were told it opened: set once, so the mail goes once.
    .addColumn('notified_at', text)
    .execute();
  await db.schema.createIndex('portal_call_opens').on('portal_call').columns(['opens_at']).execute();

  await db.schema
    .createTable('call_subscriber')
    .addColumn('email', text, (c) => c.primaryKey())
    .addColumn('locale', text, (c) => c.notNull())
    // The hash of the mailed confirm token; and the unsubscribe token itself, which every mail
    // carries and which can do nothing but remove this address (so it needs no hashing).
    .addColumn('confirm_hash', text)
    .addColumn('unsubscribe_token', text, (c) => c.notNull().unique())
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('confirmed_at', text)
    .execute();
  await db.schema.createIndex('call_subscriber_confirm').on('call_subscriber').columns(['confirm_hash']).execute();

  await db.schema
    .createTable('application')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('call_id', text, (c) => c.notNull().references('portal_call.id'))
    .addColumn('status', text, (c) => c.notNull())
    // The organisation as it would be a member entry (JSON; a draft's may be incomplete).
    .addColumn('organisation', text, (c) => c.notNull())
    // Copied out of the organisation for the secretariat's filters; focus as `|a|b|`.
    .addColumn('country', text)
    .addColumn('focus', text, (c) => c.notNull())
    .addColumn('contact_name', text, (c) => c.notNull())
    .addColumn('contact_email', text, (c) => c.notNull())
    .addColumn('contact_locale', text, (c) => c.notNull())
    .addColumn('token_hash', text, (c) => c.notNull().unique())
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .addColumn('submitted_at', text)
    .addColumn('decided_at', text)
    .addColumn('reason', text)
    .addColumn('member_id', text)
    .execute();
  await db.schema.createIndex('application_call').on('application').columns(['call_id', 'created_at']).execute();

  await db.schema
    .createTable('entry_check')
    .addColumn('member_id', text, (c) => c.primaryKey())
    .addColumn('last_confirmed_at', text)
    .addColumn('last_sent_at', text)
    // The "yes, still correct" link of the last mail: its hash, until it is used or expires.
    .addColumn('token_hash', text)
    .addColumn('token_expires_at', text)
    .execute();
  await db.schema.createIndex('entry_check_token').on('entry_check').columns(['token_hash']).execute();
}

/** Drops everything `up` created. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['entry_check', 'application', 'call_subscriber', 'portal_call']) await db.schema.dropTable(table).execute();
}
