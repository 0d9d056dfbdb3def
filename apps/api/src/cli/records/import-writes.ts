/**
 * An import as store writes: each record gets its state, its public row and an audit row with
 * the command line as the actor, all in one batch (one transaction), which bumps the data
 * version, so ETags, caches and the live map follow as they do after an API write.
 */
import { ownerOf, StaleWriteError, type PlatformStore, type RecordWritePlan, type WriteActor } from '@thb/store';
import { CommandFailed } from '../cli-context.ts';
import { RECORD_KINDS, type RecordsByKind } from './record-kinds.ts';

/** Who an import writes as, in the audit log. */
export const IMPORT_ACTOR: WriteActor = { actor: 'cli', label: 'command line', route: 'thb import' };

/** What an import did: records created, records replaced, and the data version after it. */
export interface ImportResult {
  created: number;
  updated: number;
  version: number;
}

/**
 * Writes every record, published, replacing a stored record with the same id whatever its
 * status (pending, suspended or deleted included). A write from the API between reading the
 * stored records and committing makes the whole import fail, rather than be overwritten unseen.
 */
export async function importRecords(store: PlatformStore, records: RecordsByKind): Promise<ImportResult> {
  const readAt = await store.dataVersion();
  const plans: RecordWritePlan[] = [];
  let created = 0;
  for (const kind of RECORD_KINDS) {
    for (const record of records[kind]) {
      const before = await store.writes.snapshot(kind, record.id);
      if (!before) created += 1;
      const organisationId = ownerOf(kind, record);
      plans.push({
        kind, id: record.id,
        expect: before ? { unchangedSince: readAt } : { absent: true },
        next: { status: 'published', document: record, organisationId },
        actor: IMPORT_ACTOR,
        action: before ? 'update' : 'create',
        before: before?.document ?? null,
        after: record,
        organisationId,
      });
    }
  }
  try {
    const version = await store.writes.commitAll(plans);
    return { created, updated: plans.length - created, version };
  } catch (error) {
    if (!(error instanceof StaleWriteError)) throw error;
    throw new CommandFailed(`Nothing was imported: ${error.kind} "${error.id}" was changed while the import ran; run it again.`);
  }
}
