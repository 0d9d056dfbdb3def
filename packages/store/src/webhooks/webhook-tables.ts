/**
 * The row types of migration 0009-webhooks, kept beside the webhook code so `database.ts` only
 * names them. Bigints are `number | string`: PostgreSQL's driver returns them as strings.
 */

/** An endpoint of a member's own system (or the secretariat's, when `member_id` is null). */
export interface WebhookEndpointTable {
  id: string;
  member_id: string | null;
  url: string;
  /** A JSON array of event kinds. */
  event_kinds: string;
  secret: string;
  /** 1 or 0. */
  enabled: number;
  disabled_reason: string | null;
  created_at: string;
  consecutive_failures: number | string;
}

/** One message to one endpoint; `id` is the `webhook-id` on every attempt. */
export interface WebhookDeliveryTable {
  id: string;
  endpoint_id: string;
  event_kind: string;
  payload: string;
  attempt: number | string;
  next_attempt_at: string | null;
  status: 'pending' | 'delivered' | 'failed';
  last_status_code: number | null;
  last_error: string | null;
  created_at: string;
  updated_at: string;
}

/** The log of one attempt to deliver a message. */
export interface WebhookDeliveryAttemptTable {
  id: string;
  delivery_id: string;
  attempt: number | string;
  started_at: string;
  status_code: number | null;
  error: string | null;
  duration_ms: number | string | null;
}
