/**
 * Which webhook events a record write causes, as statements placed in its batch before the public
 * table changes, so "was it public before?" is read inside the same transaction.
 */
import type { CompiledQuery, Kysely } from 'kysely';
import type { RecordKind, StoreDatabase } from '../database.ts';
import type { AnyRecord } from '../writes/types.ts';
import { webhookEnqueueStatement, type WebhookEventKind } from './webhook-enqueue.ts';

/**
 * Members: created (first public) or changed; resources: published (first public); events:
 * published (first public), changed, or cancelled (its status `cancelled`, or taken off the public list).
 */
export function recordWebhookStatements(
  db: Kysely<StoreDatabase>, kind: RecordKind, id: string, next: { published: boolean; document: AnyRecord | null },
  at: Date,
): CompiledQuery[] {
  const data = (document: AnyRecord | null) => ({ kind, id, record: document });
  const when = (event: WebhookEventKind, isPublic: boolean, document: AnyRecord | null) =>
    webhookEnqueueStatement(db, event, data(document), at, { table: kind, id, isPublic });
  if (!next.published) return kind === 'events' ? [when('event.cancelled', true, null)] : [];
  const document = next.document;
  if (kind === 'members') return [when('member.created', false, document), when('member.changed', true, document)];
  if (kind === 'resources') return [when('resource.published', false, document)];
  const cancelled = (document as { status?: string } | null)?.status === 'cancelled';
  return [when('event.published', false, document), when(cancelled ? 'event.cancelled' : 'event.changed', true, document)];
}
