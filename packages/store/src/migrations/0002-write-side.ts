/**
 * The write side: each record's revision and status, changes waiting for review, the audit log,
 * idempotent retries, API keys, organisation settings and the secretariat. The public tables of
 * 0001 keep holding only what is published, so every read stays as it was; a record that is not
 * public (pending, rejected, suspended, deleted) keeps its document in `record_state` instead.
 * Portable DDL only, as in 0001, so it also runs on D1 and is written out as a D1 SQL file.
 */
import type { Kysely } from 'kysely';
import { binaryText } from './portable.ts';

// Migrations take `Kysely<any>` on purpose: they must not depend on today's schema type.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const text = binaryText(db);
  // One row per record ever written through the write API (seeded records have none until
  // their first change: revision 0, published, owned as their document says).
  await db.schema
    .createTable('record_state')
    .addColumn('kind', text, (c) => c.notNull())
    .addColumn('id', text, (c) => c.notNull())
    // The data version of the record's last write: unique and rising, so an ETag never repeats.
    .addColumn('revision', 'bigint', (c) => c.notNull())
    .addColumn('status', text, (c) => c.notNull())
    // The member id of the organisation the record belongs to; null for the Commission's own.
    .addColumn('organisation_id', text)
    // The record while it is not public (pending, rejected, suspended, deleted); null when published.
    .addColumn('document', text)
    .addColumn('reason', text)
    .addColumn('deleted_at', text)
    .addColumn('updated_at', text, (c) => c.notNull())
    .addPrimaryKeyConstraint('record_state_pk', ['kind', 'id'])
    .execute();
  await db.schema.createIndex('record_state_status').on('record_state').columns(['status', 'kind']).execute();

  // A change to a published record that waits for the secretariat (a member's name or country,
  // an untrusted organisation's edit of its resource or event); the public record stays as it is.
  await db.schema
    .createTable('pending_change')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('kind', text, (c) => c.notNull())
    .addColumn('record_id', text, (c) => c.notNull())
    .addColumn('organisation_id', text)
    // The whole record as it would be after approval, and which fields wait (JSON array).
    .addColumn('document', text, (c) => c.notNull())
    .addColumn('fields', text, (c) => c.notNull())
    .addColumn('requested_by', text, (c) => c.notNull())
    .addColumn('requested_at', text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('pending_change_record').on('pending_change').columns(['kind', 'record_id']).execute();

  await db.schema
    .createTable('audit_log')
    // Sortable by time: the write's data version, then a random suffix.
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('at', text, (c) => c.notNull())
    // `person:<user id>`, `key:<key id>` or `cli`, and a readable label (email, key name).
    .addColumn('actor', text, (c) => c.notNull())
    .addColumn('actor_label', text, (c) => c.notNull())
    .addColumn('organisation_id', text)
    .addColumn('route', text, (c) => c.notNull())
    .addColumn('kind', text, (c) => c.notNull())
    .addColumn('record_id', text, (c) => c.notNull())
    .addColumn('action', text, (c) => c.notNull())
    .addColumn('before', text)
    .addColumn('after', text)
    .execute();
  await db.schema.createIndex('audit_log_record').on('audit_log').columns(['kind', 'record_id', 'id']).execute();
  await db.schema.createIndex('audit_log_organisation').on('audit_log').columns(['organisation_id', 'id']).execute();
  await db.schema.createIndex('audit_log_actor').on('audit_log').columns(['actor', 'id']).execute();

  // The answer to a POST with an Idempotency-Key, written in the write's own transaction.
  await db.schema
    .createTable('idempotent_request')
    .addColumn('actor', text, (c) => c.notNull())
    .addColumn('key', text, (c) => c.notNull())
    .addColumn('fingerprint', text, (c) => c.notNull())
    .addColumn('status', 'bigint', (c) => c.notNull())
    // The data version the write committed at: the replayed answer repeats the first one's ETag.
    .addColumn('revision', 'bigint', (c) => c.notNull())
    .addColumn('body', text, (c) => c.notNull())
    .addColumn('headers', text, (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .addPrimaryKeyConstraint('idempotent_request_pk', ['actor', 'key'])
    .execute();

  await db.schema
    .createTable('api_key')
    .addColumn('id', text, (c) => c.primaryKey())
    // The readable start of the key (`thb_` and 8 characters), shown in lists and logs.
    .addColumn('prefix', text, (c) => c.notNull().unique())
    // SHA-256 of the whole key, hex: the key itself is shown once and never stored.
    .addColumn('hash', text, (c) => c.notNull())
    .addColumn('name', text, (c) => c.notNull())
    // The member id of the organisation the key acts for; null for a secretariat key.
    .addColumn('organisation_id', text)
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('created_by', text, (c) => c.notNull())
    .addColumn('last_used_at', text)
    .addColumn('revoked_at', text)
    .execute();
  await db.schema.createIndex('api_key_organisation').on('api_key').column('organisation_id').execute();

  // Per organisation: whether its resources and events skip review.
  await db.schema
    .createTable('organisation_setting')
    .addColumn('member_id', text, (c) => c.primaryKey())
    .addColumn('trusted', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .execute();

  // People of the secretariat added by `thb secretariat add` (besides SECRETARIAT_EMAILS).
  await db.schema
    .createTable('secretariat_person')
    .addColumn('email', text, (c) => c.primaryKey())
    .addColumn('added_at', text, (c) => c.notNull())
    .execute();
}

/** Drops everything `up` created. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['secretariat_person', 'organisation_setting', 'api_key', 'idempotent_request', 'audit_log',
    'pending_change', 'record_state']) {
    await db.schema.dropTable(table).execute();
  }
}
