/** The write side's types: record status, snapshots, planned writes, review items, audit entries. */
import type { Event, Member, Resource } from '@thb/schema';
import type { CompiledQuery } from 'kysely';
import type { RecordKind } from '../database.ts';

export type { RecordKind } from '../database.ts';

/** A record of any kind, by kind. */
export interface RecordOf {
  members: Member;
  resources: Resource;
  events: Event;
}
export type AnyRecord = RecordOf[RecordKind];

/** Where a record stands; only `published` ones are in the public reads. */
export type RecordStatus = 'published' | 'pending' | 'rejected' | 'suspended' | 'deleted';

/** A record as it stands now, public or not. */
export interface RecordSnapshot<K extends RecordKind = RecordKind> {
  kind: K;
  id: string;
  document: RecordOf[K];
  status: RecordStatus;
  /** The data version of the record's last write through the write side (0: never written since seeding). */
  revision: number;
  /** The member id of the organisation the record belongs to (a member's own id); null: the Commission's. */
  organisationId: string | null;
  reason: string | null;
  deletedAt: string | null;
}

/** Who writes, as the audit log records it. */
export interface WriteActor {
  /** `person:<user id>`, `key:<key id>` or `cli`. */
  actor: string;
  /** An email address, a key's prefix and name, or "command line". */
  label: string;
  /** The route, e.g. `PATCH /v1/members/{id}`. */
  route: string;
}

/** What must still hold when the write commits, checked atomically with it. */
export type WriteExpectation =
  /** Nothing with this kind and id exists, public or not (a create). */
  | { absent: true }
  /** The record was not written after this data version (`If-Match` with a tag of that version). */
  | { unchangedSince: number };

/** A change waiting for the secretariat, to add with a write. */
export interface NewPendingChange {
  id: string;
  /** The record as it would be; on approval the `fields` are taken from it into the record as it is then. */
  document: AnyRecord;
  /** The fields that wait, or `['*']` for a record that is not published yet. */
  fields: string[];
}

/** The answer to repeat for a retried POST with the same `Idempotency-Key`. */
export interface IdempotentAnswer {
  actor: string;
  key: string;
  fingerprint: string;
  status: number;
  body: string;
  headers: Record<string, string>;
}

/** One atomic write of one record: the new state, review bookkeeping, the audit row, the idempotent answer. */
export interface RecordWritePlan<K extends RecordKind = RecordKind> {
  kind: K;
  id: string;
  expect: WriteExpectation;
  /** The record's state after the write; `purge` removes its document for good. */
  next:
    | { status: RecordStatus; document: RecordOf[K]; organisationId: string | null; reason?: string | null; deletedAt?: string | null }
    | 'purge';
  /** Pending changes to add, and ids of pending changes this write settles. */
  pending?: { add?: NewPendingChange[]; remove?: string[] } | undefined;
  actor: WriteActor;
  /** The audit action, e.g. `create`, `update`, `delete`, `restore`, `approve`. */
  action: string;
  before: AnyRecord | null;
  after: AnyRecord | null;
  /** The organisation the audit row is filed under (for the history of its entries). */
  organisationId: string | null;
  idempotent?: IdempotentAnswer | undefined;
  /**
   * Statements of the store's other parts that must commit with this write or not at all, such
   * as the mail telling of it (`MailQueue.enqueueStatements`).
   */
  alsoCommit?: readonly CompiledQuery[] | undefined;
}

/** A pending change as the review queue lists it. */
export interface PendingChange {
  id: string;
  kind: RecordKind;
  recordId: string;
  organisationId: string | null;
  document: AnyRecord;
  fields: string[];
  requestedBy: string;
  requestedAt: string;
}

/** One audit row. */
export interface AuditEntry {
  id: string;
  at: string;
  actor: string;
  actorLabel: string;
  organisationId: string | null;
  route: string;
  kind: RecordKind;
  recordId: string;
  action: string;
  before: unknown;
  after: unknown;
}

/** Filters of the audit log; all optional. */
export interface AuditFilter {
  kind?: RecordKind | undefined;
  recordId?: string | undefined;
  organisationId?: string | undefined;
  actor?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** A stored idempotent answer, with the data version its write committed at. */
export interface StoredIdempotentAnswer extends IdempotentAnswer {
  revision: number;
}

/** The statuses whose records are kept out of the public tables (the lists the secretariat reads). */
export type HiddenStatus = Exclude<RecordStatus, 'published'>;

/** A record kept out of the public tables, as the secretariat's lists show it. */
export interface StatusRecord {
  kind: RecordKind;
  id: string;
  /** A member's name, or a resource's or event's English (else first) title. */
  name: string;
  organisationId: string | null;
  status: HiddenStatus;
  /** Why, as the secretariat wrote it (a suspension's or rejection's reason). */
  reason: string | null;
  /** When the record was last written (the suspension, for a suspended one). */
  updatedAt: string;
}

/** An organisation whose resources and events skip review. */
export interface TrustedOrganisation {
  memberId: string;
  /** The member's name; null if the member was purged since. */
  name: string | null;
  /** When it was last marked trusted. */
  trustedSince: string;
}

/** The write side of a store. */
export interface RecordWrites {
  /** The record as it stands, public or not; undefined when it never existed or was purged. */
  snapshot<K extends RecordKind>(kind: K, id: string): Promise<RecordSnapshot<K> | undefined>;
  /**
   * Runs a planned write atomically and bumps the data version.
   * @returns the data version the write committed at (the record's new revision)
   * @throws StaleWriteError when the expectation no longer holds; IdempotencyReplayError when
   *   the same actor and key committed first
   */
  commit(plan: RecordWritePlan): Promise<number>;
  /**
   * Runs several planned writes as one batch (a bulk import): all commit, or none.
   * @returns the data version after the last of them
   * @throws StaleWriteError when one plan's expectation no longer holds
   */
  commitAll(plans: readonly RecordWritePlan[]): Promise<number>;
  /** The stored answer of an earlier POST with this actor and key. */
  idempotentAnswer(actor: string, key: string): Promise<StoredIdempotentAnswer | undefined>;
  /**
   * One organisation's resources or events in every status but deleted (pending, published,
   * rejected with the reason, suspended), the most recently updated first.
   */
  organisationRecords<K extends 'resources' | 'events'>(kind: K, organisationId: string): Promise<RecordSnapshot<K>[]>;
  pendingChanges(filter?: { organisationId?: string | undefined; kind?: RecordKind | undefined; recordId?: string | undefined }): Promise<PendingChange[]>;
  pendingChange(id: string): Promise<PendingChange | undefined>;
  audit(filter: AuditFilter, paging: { page: number; pageSize: number }): Promise<{ items: AuditEntry[]; total: number }>;
  /** Whether an organisation's resources and events skip review. */
  isTrusted(memberId: string): Promise<boolean>;
  /** Sets it, with an audit row in the same write. */
  setTrusted(memberId: string, trusted: boolean, actor: WriteActor): Promise<void>;
  /** Records of a status other than published, of one kind or all, last written first. */
  recordsWithStatus(status: HiddenStatus, kind?: RecordKind): Promise<StatusRecord[]>;
  /** The organisations marked trusted, by member id. */
  trustedOrganisations(): Promise<TrustedOrganisation[]>;
  /** Ids of records deleted before `cutoff` (ISO time), which `purge` may remove for good. */
  deletedBefore(cutoff: string): Promise<{ kind: RecordKind; id: string }[]>;
}
