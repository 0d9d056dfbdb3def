/**
 * The tables as Kysely sees them. Each record's full document is kept as JSON text; the other
 * columns are copies of what SQL filters and sorts on, rewritten with the document on every put.
 */
import type { WebhookDeliveryAttemptTable, WebhookDeliveryTable, WebhookEndpointTable } from './webhooks/webhook-tables.ts';

/** One key-value row per setting; `data_version` is bumped by every write. */
export interface MetaTable {
  key: string;
  /** A bigint. PostgreSQL's driver returns it as a string, so it is read through `Number()`. */
  value: number;
}

/** Members with the columns their list filters and orders on. */
export interface MembersTable {
  id: string;
  /** The name folded (lower case, no accents), so ordering ignores case and accents everywhere. */
  name_key: string;
  country: string;
  scope: string;
  /** Folded words of name, acronym, city and every description, wrapped in spaces for word-prefix LIKE. */
  search_text: string;
  document: string;
}

/** One row per member and focus area, so `focus` filters and counts need no JSON functions. */
export interface MemberFocusTable {
  member_id: string;
  focus: string;
}

/** Resources: filtered and ranked by the shared search engine, so SQL only needs the document. */
export interface ResourcesTable {
  id: string;
  type: string;
  published: string;
  document: string;
}

/** Events with their span as UTC ISO strings (`toISOString()` form), which compare as text. */
export interface EventsTable {
  id: string;
  kind: string;
  status: string;
  format: string;
  date_precision: string;
  starts_at: string;
  ends_at: string;
  document: string;
}

/** The kinds of record the write API changes, which are also the names of their public tables. */
export type RecordKind = 'members' | 'resources' | 'events';

/** Revision, status and owner of a record written through the write API (see migration 0002). */
export interface RecordStateTable {
  kind: RecordKind;
  id: string;
  /** The data version of the record's last write; a bigint (a string from PostgreSQL's driver). */
  revision: number | string;
  status: string;
  organisation_id: string | null;
  /** The record while it is not public; null when the public table holds it. */
  document: string | null;
  reason: string | null;
  deleted_at: string | null;
  updated_at: string;
}

/** A change to a published record that waits for the secretariat. */
export interface PendingChangeTable {
  id: string;
  kind: RecordKind;
  record_id: string;
  organisation_id: string | null;
  document: string;
  /** JSON array of the field names that wait. */
  fields: string;
  requested_by: string;
  requested_at: string;
}

/** One write: who, when, what (JSON before and after) and from which route. */
export interface AuditLogTable {
  id: string;
  at: string;
  actor: string;
  actor_label: string;
  organisation_id: string | null;
  route: string;
  kind: string;
  record_id: string;
  action: string;
  before: string | null;
  after: string | null;
}

/** The stored answer of a POST with an `Idempotency-Key`. */
export interface IdempotentRequestTable {
  actor: string;
  key: string;
  /** Method, path and body hash of the first request: the same key with another request is a 422. */
  fingerprint: string;
  status: number | string;
  revision: number | string;
  body: string;
  /** JSON object of the response headers to repeat (ETag, Location). */
  headers: string;
  created_at: string;
}

/** An API key: only its hash and readable prefix are kept. */
export interface ApiKeyTable {
  id: string;
  prefix: string;
  hash: string;
  name: string;
  organisation_id: string | null;
  created_at: string;
  created_by: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

/** Per organisation: whether its resources and events skip review (0 or 1). */
export interface OrganisationSettingTable {
  member_id: string;
  trusted: number | string;
  updated_at: string;
}

/** A secretariat person added from the command line. */
export interface SecretariatPersonTable {
  email: string;
  added_at: string;
}

/** A mail waiting to be sent, sent, or given up (see `mail-queue/`). */
export interface MailQueueTable {
  id: string;
  recipient: string;
  subject: string;
  text: string;
  html: string | null;
  headers: string | null;
  /** JSON of `MailAttachment[]` (migration 0013); null when there are none. */
  attachments: string | null;
  created_at: string;
  /** A bigint; PostgreSQL's driver returns it as a string. */
  attempts: number | string;
  next_attempt_at: string | null;
  sent_at: string | null;
  last_error: string | null;
}

/** The database schema of the store. */
export interface StoreDatabase {
  meta: MetaTable;
  members: MembersTable;
  member_focus: MemberFocusTable;
  resources: ResourcesTable;
  events: EventsTable;
  record_state: RecordStateTable;
  pending_change: PendingChangeTable;
  audit_log: AuditLogTable;
  idempotent_request: IdempotentRequestTable;
  api_key: ApiKeyTable;
  organisation_setting: OrganisationSettingTable;
  secretariat_person: SecretariatPersonTable;
  mail_queue: MailQueueTable;
  webhook_endpoint: WebhookEndpointTable; webhook_delivery: WebhookDeliveryTable; webhook_delivery_attempt: WebhookDeliveryAttemptTable;
}

/** The meta key of the data version. */
export const DATA_VERSION_KEY = 'data_version';
