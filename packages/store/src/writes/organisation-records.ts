/**
 * One organisation's resources or events in every status but deleted: what its people see of
 * their own work, which the public reads (published only) do not give.
 */
import type { StoreContext } from '../context.ts';
import { validRecord } from '../documents.ts';
import type { RecordOf, RecordSnapshot, RecordStatus } from './types.ts';

/** The kinds an organisation publishes (a member entry is its own, one record). */
export type OrganisationContentKind = 'resources' | 'events';

/** Who publishes a resource or organises an event. */
const ownerRef = (record: RecordOf[OrganisationContentKind]): { type: string; memberId?: string } =>
  'publisher' in record ? record.publisher : record.organiser;

const HIDDEN: readonly string[] = ['deleted', 'purged'];

/**
 * The records of `organisationId` of one kind, each with its status, reason and revision;
 * the most recently updated first.
 */
export async function organisationRecords<K extends OrganisationContentKind>(
  ctx: StoreContext, kind: K, organisationId: string,
): Promise<RecordSnapshot<K>[]> {
  const { db } = ctx;
  const table = kind as 'resources';
  const states = await db.selectFrom('record_state').selectAll().where('kind', '=', kind)
    .where('organisation_id', '=', organisationId).execute();
  const stateOf = new Map(states.map((state) => [state.id, state]));
  // Published documents sit in the public table, which has no owner column. Slugs hold no LIKE
  // wildcards, so the pattern narrows the rows to read; the owner is then checked on each document.
  const rows = await db.selectFrom(table).select(['id', 'document'])
    .where('document', 'like', `%"memberId":"${organisationId}"%`).execute();
  const results: RecordSnapshot<K>[] = [];
  for (const row of rows) {
    const document = ctx.documents.read<K>(kind, row);
    if (!document || ownerRef(document).type !== 'member' || ownerRef(document).memberId !== organisationId) continue;
    const state = stateOf.get(row.id);
    results.push({
      kind, id: row.id, document, status: 'published', revision: Number(state?.revision ?? 0),
      organisationId, reason: state?.reason ?? null, deletedAt: null,
    });
  }
  for (const state of states) {
    if (state.document === null || HIDDEN.includes(state.status)) continue;
    results.push({
      kind, id: state.id, document: validRecord<K>(kind, JSON.parse(state.document) as RecordOf[K]),
      status: state.status as RecordStatus, revision: Number(state.revision), organisationId,
      reason: state.reason, deletedAt: state.deleted_at,
    });
  }
  return results.sort((a, b) => b.document.updatedAt.localeCompare(a.document.updatedAt) || a.id.localeCompare(b.id));
}
