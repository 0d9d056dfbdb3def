/**
 * Deletion is soft for 30 days: a deleted record can be restored until then, and is then purged
 * for good (its document dropped, an audit row kept). The Node entry runs this hourly; a Worker
 * from a Cron Trigger.
 */
import { StaleWriteError, type PlatformStore } from '@thb/store';

/** How long a deleted record can still be restored. */
export const RESTORE_WINDOW_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Purges records deleted more than 30 days before `now`.
 * @returns how many were purged
 * @example await purgeDeleted(store, new Date());
 */
export async function purgeDeleted(store: PlatformStore, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - RESTORE_WINDOW_MS).toISOString();
  let purged = 0;
  for (const { kind, id } of await store.writes.deletedBefore(cutoff)) {
    const snapshot = await store.writes.snapshot(kind, id);
    if (!snapshot || snapshot.status !== 'deleted') continue;
    try {
      await store.writes.commit({
        kind, id, expect: { unchangedSince: snapshot.revision }, next: 'purge',
        actor: { actor: 'system', label: 'purge after 30 days', route: 'purge' }, action: 'purge',
        before: snapshot.document, after: null, organisationId: snapshot.organisationId,
      });
      purged++;
    } catch (error) {
      // Restored meanwhile: it stays.
      if (!(error instanceof StaleWriteError)) throw error;
    }
  }
  return purged;
}
