/**
 * Records suspended recently, read from the audit log: the public lists leave suspended records
 * out and the API has no list by status, so the newest write of each record in the last
 * `AUDIT_WINDOW` writes tells whether it is still suspended.
 */
import { apiRequest } from '../secretariat-shared/secretariat-api.ts';
import type { RecordKind } from './record-edit.ts';

/** How many of the newest audit entries are read (the API's largest page). */
export const AUDIT_WINDOW = 100;

/** A record whose newest write was a suspension. */
export interface SuspendedRecord { kind: RecordKind; id: string; name: string; at: string }

interface Entry { kind: RecordKind; recordId: string; action: string; at: string; after: unknown }

const nameOf = (document: unknown, id: string): string => {
  const record = (document ?? {}) as { name?: unknown; title?: unknown };
  if (typeof record.name === 'string') return record.name;
  const title = record.title as Record<string, string> | undefined;
  return title?.en ?? Object.values(title ?? {})[0] ?? id;
};

/** The records still suspended after the newest `AUDIT_WINDOW` writes. */
export async function recentlySuspended(): Promise<SuspendedRecord[]> {
  const { items } = (await apiRequest<{ items: Entry[] }>(`/v1/audit?pageSize=${AUDIT_WINDOW}`)).body;
  const seen = new Set<string>();
  const suspended: SuspendedRecord[] = [];
  for (const entry of items) {
    const key = `${entry.kind}/${entry.recordId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (entry.action === 'suspend') suspended.push({ kind: entry.kind, id: entry.recordId, name: nameOf(entry.after, entry.recordId), at: entry.at });
  }
  return suspended;
}
