/**
 * Webhook endpoints of organisations (and of the secretariat, `memberId` null): registered with a
 * signing secret shown once, listed without it, changed (kinds, enabled) and deleted, and the log
 * of their deliveries.
 */
import type { Kysely } from 'kysely';
import type { StoreDatabase } from '../database.ts';
import { webhookTimeId, type WebhookEventKind } from './webhook-enqueue.ts';
import type { WebhookEndpointTable } from './webhook-tables.ts';

/** An endpoint as its owner sees it: never its secret. */
export interface WebhookEndpoint {
  id: string;
  memberId: string | null;
  url: string;
  eventKinds: WebhookEventKind[];
  enabled: boolean;
  disabledReason: string | null;
  createdAt: string;
  consecutiveFailures: number;
}

/** One delivery in an endpoint's log, with its latest attempt. */
export interface WebhookDeliveryLogEntry {
  id: string;
  eventKind: string;
  status: 'pending' | 'delivered' | 'failed';
  attempt: number;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: string;
  updatedAt: string;
  nextAttemptAt: string | null;
}

export interface WebhookEndpoints {
  /** Registers an endpoint; the answer carries the `whsec_…` secret, the only time it is shown. */
  create(input: { memberId: string | null; url: string; eventKinds: WebhookEventKind[] }): Promise<WebhookEndpoint & { secret: string }>;
  list(filter: { memberId?: string | null | undefined }): Promise<WebhookEndpoint[]>;
  get(id: string): Promise<WebhookEndpoint | undefined>;
  /**
   * Changes the URL, kinds or enabled; enabling again clears the failure count and the reason, and
   * so does a new URL (its failures were the old address's).
   */
  update(id: string, change: {
    url?: string | undefined; eventKinds?: WebhookEventKind[] | undefined; enabled?: boolean | undefined;
  }): Promise<WebhookEndpoint | undefined>;
  /** Gives the endpoint a new secret, answered once; the old one signs nothing more, pending retries included. */
  rotateSecret(id: string): Promise<string | undefined>;
  /** Deletes the endpoint, its deliveries and their attempts. */
  remove(id: string): Promise<boolean>;
  deliveries(endpointId: string, limit?: number): Promise<WebhookDeliveryLogEntry[]>;
}

/** A Standard Webhooks secret: `whsec_` and 24 random bytes in base64. */
export function newWebhookSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return `whsec_${btoa(String.fromCharCode(...bytes))}`;
}

export function toEndpoint(row: WebhookEndpointTable): WebhookEndpoint {
  return {
    id: row.id, memberId: row.member_id, url: row.url, eventKinds: JSON.parse(row.event_kinds) as WebhookEventKind[],
    enabled: Number(row.enabled) === 1, disabledReason: row.disabled_reason, createdAt: row.created_at,
    consecutiveFailures: Number(row.consecutive_failures),
  };
}

/** The endpoints on a migrated store database (migration 0009). */
export function createWebhookEndpoints(db: Kysely<StoreDatabase>, now: () => Date = () => new Date()): WebhookEndpoints {
  const get = async (id: string) => {
    const row = await db.selectFrom('webhook_endpoint').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toEndpoint(row) : undefined;
  };
  return {
    get,
    async create(input) {
      const at = now().toISOString();
      const row: WebhookEndpointTable = {
        id: `ep_${webhookTimeId(at)}`, member_id: input.memberId, url: input.url,
        event_kinds: JSON.stringify([...new Set(input.eventKinds)]), secret: newWebhookSecret(), enabled: 1,
        disabled_reason: null, created_at: at, consecutive_failures: 0,
      };
      await db.insertInto('webhook_endpoint').values(row).execute();
      return { ...toEndpoint(row), secret: row.secret };
    },
    async list(filter) {
      let query = db.selectFrom('webhook_endpoint').selectAll();
      if (filter.memberId !== undefined) {
        query = filter.memberId === null ? query.where('member_id', 'is', null) : query.where('member_id', '=', filter.memberId);
      }
      return (await query.orderBy('created_at').orderBy('id').execute()).map(toEndpoint);
    },
    async update(id, change) {
      const set: Partial<WebhookEndpointTable> = {};
      if (change.url !== undefined) Object.assign(set, { url: change.url, consecutive_failures: 0 });
      if (change.eventKinds) set.event_kinds = JSON.stringify([...new Set(change.eventKinds)]);
      if (change.enabled === true) Object.assign(set, { enabled: 1, disabled_reason: null, consecutive_failures: 0 });
      if (change.enabled === false) Object.assign(set, { enabled: 0, disabled_reason: 'disabled by its owner' });
      if (Object.keys(set).length > 0) await db.updateTable('webhook_endpoint').set(set).where('id', '=', id).execute();
      return get(id);
    },
    async rotateSecret(id) {
      const secret = newWebhookSecret();
      const result = await db.updateTable('webhook_endpoint').set({ secret }).where('id', '=', id).executeTakeFirst();
      return Number(result.numUpdatedRows) === 1 ? secret : undefined;
    },
    async remove(id) {
      // The endpoint first, so no delivery is claimed for it meanwhile; no interactive transaction (D1).
      const result = await db.deleteFrom('webhook_endpoint').where('id', '=', id).executeTakeFirst();
      const ids = db.selectFrom('webhook_delivery').select('id').where('endpoint_id', '=', id);
      await db.deleteFrom('webhook_delivery_attempt').where('delivery_id', 'in', ids).execute();
      await db.deleteFrom('webhook_delivery').where('endpoint_id', '=', id).execute();
      return Number(result.numDeletedRows) === 1;
    },
    async deliveries(endpointId, limit = 100) {
      const rows = await db.selectFrom('webhook_delivery').selectAll().where('endpoint_id', '=', endpointId)
        .orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
      return rows.map((row) => ({
        id: row.id, eventKind: row.event_kind, status: row.status, attempt: Number(row.attempt),
        lastStatusCode: row.last_status_code, lastError: row.last_error, createdAt: row.created_at,
        updatedAt: row.updated_at, nextAttemptAt: row.next_attempt_at,
      }));
    },
  };
}
