/**
 * The secretariat's lists of the write side: records kept out of the public tables by their
 * status (suspended, pending, rejected, deleted), and the organisations it trusts. Both read
 * only the write side's own tables, so they answer the same on every backend.
 */
import type { StoreContext } from '../context.ts';
import type { RecordKind } from '../database.ts';
import type { AnyRecord, HiddenStatus, RecordWrites, StatusRecord, TrustedOrganisation } from './types.ts';

/** A member's name, or the English (else the first) title of a resource or event. */
function nameOf(document: AnyRecord, id: string): string {
  if ('name' in document && typeof document.name === 'string') return document.name;
  const title = 'title' in document ? (document.title as Readonly<Record<string, string>>) : {};
  return title.en ?? Object.values(title)[0] ?? id;
}

/** The two list reads, for `createRecordWrites` to hand out. */
export function createRecordLists(
  ctx: StoreContext, snapshot: RecordWrites['snapshot'],
): Pick<RecordWrites, 'recordsWithStatus' | 'trustedOrganisations'> {
  const { db } = ctx;
  return {
    async recordsWithStatus(status: HiddenStatus, kind?: RecordKind) {
      let query = db.selectFrom('record_state').selectAll().where('status', '=', status);
      if (kind) query = query.where('kind', '=', kind);
      const rows = await query.orderBy('updated_at', 'desc').orderBy('kind').orderBy('id').execute();
      // A record that is not published keeps its document in its state row.
      return rows.flatMap((row): StatusRecord[] => {
        if (!row.document) return [];
        const document = JSON.parse(row.document) as AnyRecord;
        return [{
          kind: row.kind, id: row.id, name: nameOf(document, row.id), organisationId: row.organisation_id,
          status, reason: row.reason, updatedAt: row.updated_at,
        }];
      });
    },
    async trustedOrganisations() {
      const rows = await db.selectFrom('organisation_setting').select(['member_id', 'updated_at'])
        .where('trusted', '=', 1).orderBy('member_id').execute();
      return Promise.all(rows.map(async (row): Promise<TrustedOrganisation> => {
        // The member may be published or kept (suspended): the snapshot reads either.
        const member = await snapshot('members', row.member_id);
        return { memberId: row.member_id, name: member?.document.name ?? null, trustedSince: row.updated_at };
      }));
    },
  };
}
