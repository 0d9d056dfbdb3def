/**
 * What the records screen reads besides the public lists: the suspended records
 * (`GET /v1/review/records`), the trusted organisations (`GET /v1/review/trusted-organisations`)
 * and one record's history (`GET /v1/audit?kind=&record=`).
 */
import { apiRequest, queryString } from '../secretariat-shared/secretariat-api.ts';
import type { RecordKind } from './record-edit.ts';

/** A suspended record, as `GET /v1/review/records` lists it. */
export interface SuspendedRecord {
  kind: RecordKind;
  id: string;
  name: string;
  organisationId: string | null;
  reason: string | null;
  updatedAt: string;
}

/** One audit row of a record. */
export interface HistoryEntry {
  id: string;
  at: string;
  actorLabel: string;
  action: string;
  before: unknown;
  after: unknown;
}

/** Every suspended record, last suspended first. */
export async function suspendedRecords(): Promise<SuspendedRecord[]> {
  return (await apiRequest<{ items: SuspendedRecord[] }>('/v1/review/records?status=suspended')).body.items;
}

/** The ids of the organisations the secretariat trusts. */
export async function trustedOrganisations(): Promise<ReadonlySet<string>> {
  const { items } = (await apiRequest<{ items: { id: string }[] }>('/v1/review/trusted-organisations')).body;
  return new Set(items.map((organisation) => organisation.id));
}

/** The newest 100 writes of one record, newest first (the audit log's largest page). */
export async function recordHistory(kind: RecordKind, id: string): Promise<HistoryEntry[]> {
  return (await apiRequest<{ items: HistoryEntry[] }>(`/v1/audit${queryString({ kind, record: id, pageSize: 100 })}`)).body.items;
}
