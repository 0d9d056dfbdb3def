/**
 * Webhooks for members' own systems (issue 13): endpoints, a delivery outbox and a log of every
 * attempt. Deliveries are rows here, enqueued in the same transaction as the write that causes
 * them, so a process that dies loses none; a delivery loop claims due rows and retries with backoff.
 * Portable DDL only, as in 0001, so it also runs on D1 and is written out as a D1 SQL file.
 */
import type { Kysely } from 'kysely';
import { binaryText } from './portable.ts';

// Migrations take `Kysely<any>` on purpose: they must not depend on today's schema type.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const text = binaryText(db);
  await db.schema
    .createTable('webhook_endpoint')
    .addColumn('id', text, (c) => c.primaryKey())
    // The organisation (member) that owns it; null for the secretariat's own endpoints.
    .addColumn('member_id', text)
    .addColumn('url', 'text', (c) => c.notNull())
    // The event kinds it receives, as a JSON array of strings.
    .addColumn('event_kinds', 'text', (c) => c.notNull())
    // The Standard Webhooks signing secret (`whsec_…`), shown to its owner once.
    .addColumn('secret', 'text', (c) => c.notNull())
    // 1 or 0: booleans are integers on every backend.
    .addColumn('enabled', 'integer', (c) => c.notNull())
    .addColumn('disabled_reason', 'text')
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('consecutive_failures', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('webhook_endpoint_member').on('webhook_endpoint').column('member_id').execute();
  await db.schema
    .createTable('webhook_delivery')
    // The message id (`webhook-id` header): the same on every attempt, so receivers deduplicate.
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('endpoint_id', text, (c) => c.notNull())
    .addColumn('event_kind', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    // How many attempts were started; also the claim a deliverer holds while it sends.
    .addColumn('attempt', 'bigint', (c) => c.notNull())
    // When a deliverer may (next) take it; null once delivered or given up.
    .addColumn('next_attempt_at', text)
    // pending, delivered or failed.
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('last_status_code', 'integer')
    .addColumn('last_error', 'text')
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('webhook_delivery_due').on('webhook_delivery').column('next_attempt_at').execute();
  await db.schema.createIndex('webhook_delivery_endpoint').on('webhook_delivery').columns(['endpoint_id', 'created_at']).execute();
  await db.schema
    .createTable('webhook_delivery_attempt')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('delivery_id', text, (c) => c.notNull())
    .addColumn('attempt', 'bigint', (c) => c.notNull())
    .addColumn('started_at', text, (c) => c.notNull())
    .addColumn('status_code', 'integer')
    .addColumn('error', 'text')
    .addColumn('duration_ms', 'bigint')
    .execute();
  await db.schema.createIndex('webhook_delivery_attempt_delivery').on('webhook_delivery_attempt').column('delivery_id').execute();
}

/** Drops everything `up` created. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('webhook_delivery_attempt').execute();
  await db.schema.dropTable('webhook_delivery').execute();
  await db.schema.dropTable('webhook_endpoint').execute();
}
