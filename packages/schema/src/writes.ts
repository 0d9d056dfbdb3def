/** Bodies and answers of the write API (issue 11): record status, review, audit, organisations. */
import * as z from 'zod';
import { Slug } from './common.ts';
import { EventView } from './event.ts';
import { MemberView } from './member.ts';
import { ResourceView } from './resource.ts';

/** Where a record stands; the public reads list only `published` ones. */
export const RECORD_STATUSES = ['published', 'pending', 'rejected', 'suspended', 'deleted'] as const;
export const RecordStatus = z.enum(RECORD_STATUSES).meta({ id: 'RecordStatus' });
export type RecordStatus = z.infer<typeof RecordStatus>;

/** The kinds of record the write API changes (also their paths under `/v1`). */
export const RECORD_KINDS = ['members', 'resources', 'events'] as const;
export const RecordKind = z.enum(RECORD_KINDS);
export type RecordKind = z.infer<typeof RecordKind>;

/** The answer to a write: the record's status, the record as it is now, and what waits for review. */
function writeResult<T extends z.ZodType>(item: T, id: string) {
  return z.strictObject({
    status: RecordStatus,
    item,
    pendingReview: z.array(z.string()).meta({ description: 'Fields that wait for the secretariat; `*`: the whole record' }),
  }).meta({ id });
}
export const MemberWriteResult = writeResult(MemberView, 'MemberWriteResult');
export const ResourceWriteResult = writeResult(ResourceView, 'ResourceWriteResult');
export const EventWriteResult = writeResult(EventView, 'EventWriteResult');

/** `POST /v1/{kind}/{id}/suspend` */
export const SuspendBody = z.strictObject({ reason: z.string().trim().min(1).max(2000) }).meta({ id: 'SuspendBody' });
export type SuspendBody = z.infer<typeof SuspendBody>;

/** `POST /v1/review/{id}`: a rejection says why, and the organisation is told. */
export const ReviewDecision = z
  .strictObject({ decision: z.enum(['approve', 'reject']), reason: z.string().trim().min(1).max(2000).optional() })
  .refine((d) => d.decision === 'approve' || d.reason !== undefined, { message: 'a rejection needs a reason', path: ['reason'] })
  .meta({ id: 'ReviewDecision' });
export type ReviewDecision = z.infer<typeof ReviewDecision>;

/** One item of the review queue. */
export const ReviewItem = z.strictObject({
  id: z.string(),
  kind: RecordKind,
  recordId: Slug,
  organisationId: Slug.nullable(),
  fields: z.array(z.string()),
  requestedBy: z.string(),
  requestedAt: z.string(),
  /** The record's status now (`pending`: never published yet). */
  status: RecordStatus,
  /** The proposed record, stored form (texts in all their languages). */
  proposed: z.record(z.string(), z.unknown()),
}).meta({ id: 'ReviewItem' });
export type ReviewItem = z.infer<typeof ReviewItem>;
export const ReviewQueue = z.strictObject({ items: z.array(ReviewItem), total: z.number().int() }).meta({ id: 'ReviewQueue' });

/** One row of the audit log. */
export const AuditEntry = z.strictObject({
  id: z.string(),
  at: z.string(),
  actor: z.string(),
  actorLabel: z.string(),
  organisationId: Slug.nullable(),
  route: z.string(),
  kind: RecordKind,
  recordId: Slug,
  action: z.string(),
  before: z.unknown(),
  after: z.unknown(),
}).meta({ id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof AuditEntry>;

/** Filters of `GET /v1/audit`. */
export const AuditQuery = z.strictObject({
  kind: RecordKind.optional(),
  record: Slug.optional(),
  organisation: Slug.optional(),
  actor: z.string().max(200).optional(),
  from: z.iso.datetime().optional(),
  to: z.iso.datetime().optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(50),
});
export type AuditQuery = z.infer<typeof AuditQuery>;
export const HistoryQuery = AuditQuery.pick({ page: true, pageSize: true });
export const AuditPage = z.strictObject({
  items: z.array(AuditEntry), total: z.number().int(), page: z.number().int(), pageSize: z.number().int(),
}).meta({ id: 'AuditPage' });

/** `PATCH /v1/organisations/{memberId}`: secretariat settings of an organisation. */
export const OrganisationSettings = z.strictObject({ trusted: z.boolean() }).meta({ id: 'OrganisationSettings' });

/** The statuses `GET /v1/review/records` lists: those the public reads leave out. */
export const HiddenStatus = z.enum(['suspended', 'pending', 'rejected', 'deleted']);

/** Filters of `GET /v1/review/records`. */
export const HiddenRecordQuery = z.strictObject({
  status: HiddenStatus.default('suspended'),
  kind: RecordKind.optional(),
}).meta({ id: 'HiddenRecordQuery' });
export type HiddenRecordQuery = z.infer<typeof HiddenRecordQuery>;

/** A record the public reads leave out, as the secretariat's list shows it. */
export const HiddenRecord = z.strictObject({
  kind: RecordKind,
  id: Slug,
  name: z.string().meta({ description: 'A member\'s name, or a resource\'s or event\'s English (else first) title' }),
  organisationId: Slug.nullable(),
  status: HiddenStatus,
  reason: z.string().nullable().meta({ description: 'Why, as the secretariat wrote it' }),
  updatedAt: z.string().meta({ description: 'The record\'s last write (for a suspended record, its suspension)' }),
}).meta({ id: 'HiddenRecord' });
export type HiddenRecord = z.infer<typeof HiddenRecord>;
export const HiddenRecordList = z.strictObject({ items: z.array(HiddenRecord) }).meta({ id: 'HiddenRecordList' });
export type HiddenRecordList = z.infer<typeof HiddenRecordList>;

/** `GET /v1/review/trusted-organisations`: whose resources and events skip review. */
export const TrustedOrganisation = z.strictObject({
  id: Slug,
  name: z.string().nullable(),
  trustedSince: z.string(),
}).meta({ id: 'TrustedOrganisation' });
export const TrustedOrganisationList = z.strictObject({ items: z.array(TrustedOrganisation) }).meta({ id: 'TrustedOrganisationList' });
export type TrustedOrganisationList = z.infer<typeof TrustedOrganisationList>;

/** `POST /v1/organisations/{memberId}/keys` */
export const ApiKeyRequest = z.strictObject({ name: z.string().trim().min(1).max(100) }).meta({ id: 'ApiKeyRequest' });

/** An API key as listed: never the key itself, which is shown once when it is created. */
export const ApiKeyInfo = z.strictObject({
  id: z.string(),
  prefix: z.string(),
  name: z.string(),
  organisationId: Slug.nullable(),
  createdAt: z.string(),
  createdBy: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
}).meta({ id: 'ApiKeyInfo' });
export const ApiKeyList = z.strictObject({ items: z.array(ApiKeyInfo) }).meta({ id: 'ApiKeyList' });

/** A new key, with the key text: store it now, it is not shown again. */
export const CreatedApiKey = z.strictObject({
  id: z.string(), key: z.string(), prefix: z.string(), name: z.string(), organisationId: Slug.nullable(), createdAt: z.string(),
}).meta({ id: 'CreatedApiKey' });
