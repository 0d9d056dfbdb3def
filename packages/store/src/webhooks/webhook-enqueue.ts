/**
 * Enqueueing webhook deliveries as statements that commit in the batch of the write causing them
 * (one `INSERT … SELECT` over the enabled endpoints that chose the kind), so a committed change
 * always has its deliveries and a rolled-back one has none. Single statements: SQLite, PostgreSQL, D1.
 */
import { sql, type CompiledQuery, type Kysely } from 'kysely';
import type { StoreDatabase } from '../database.ts';
import type { WebhookEventKind } from '@thb/schema/enums';

// The kinds live in the schema, so the routes' validation and the portal's checkboxes use the same list.
export { WEBHOOK_EVENT_KINDS, type WebhookEventKind } from '@thb/schema/enums';

/** "Only if the record `id` is (or is not) in its public table" when the statement runs. */
export interface PublicCondition {
  table: 'members' | 'resources' | 'events';
  id: string;
  isPublic: boolean;
}

/** Sortable, unique ids: the time, then random characters. */
export function webhookTimeId(at: string): string {
  const random = crypto.getRandomValues(new Uint8Array(6));
  return `${at.replace(/[-:.]/g, '')}-${[...random].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * The statement queuing one delivery of `data` per enabled endpoint that chose `kind`. The body is
 * the Standard Webhooks payload (`type`, `timestamp`, `data`); each delivery's id, the `webhook-id`,
 * is `msg_<time>-<random>-<endpoint id>`, the same on every attempt.
 * `onlyIf` adds a condition read inside the batch: whether the record is public at that point.
 * @example plan.alsoCommit = [webhookEnqueueStatement(db, 'announcement.published', { id }, new Date())];
 */
export function webhookEnqueueStatement(
  db: Kysely<StoreDatabase>, kind: WebhookEventKind, data: unknown, at: Date,
  onlyIf?: PublicCondition,
): CompiledQuery {
  const iso = at.toISOString();
  const payload = JSON.stringify({ type: kind, timestamp: iso, data });
  const prefix = `msg_${webhookTimeId(iso)}-`;
  let select = db.selectFrom('webhook_endpoint').select([
    sql<string>`cast(${prefix} as text) || id`.as('id'),
    'id as endpoint_id',
    sql<string>`cast(${kind} as text)`.as('event_kind'),
    sql<string>`cast(${payload} as text)`.as('payload'),
    sql<number>`0`.as('attempt'),
    sql<string>`cast(${iso} as text)`.as('next_attempt_at'),
    sql<string>`cast(${'pending'} as text)`.as('status'),
    sql<string>`cast(${iso} as text)`.as('created_at'),
    sql<string>`cast(${iso} as text)`.as('updated_at'),
  ]).where('enabled', '=', 1).where('event_kinds', 'like', `%"${kind}"%`);
  if (onlyIf) {
    const table = onlyIf.table as 'members';
    select = select.where((eb) => {
      const row = eb.selectFrom(table).select('id').where('id', '=', onlyIf.id);
      return onlyIf.isPublic ? eb.exists(row) : eb.not(eb.exists(row));
    });
  }
  return db.insertInto('webhook_delivery')
    .columns(['id', 'endpoint_id', 'event_kind', 'payload', 'attempt', 'next_attempt_at', 'status', 'created_at', 'updated_at'])
    .expression(select)
    .compile();
}
