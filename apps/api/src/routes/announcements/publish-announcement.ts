/**
 * Publishing an announcement, in one place: the route and anything else that publishes call
 * this, so what follows a publication (webhook deliveries of "announcement published", later)
 * is added here once.
 */
import type { PlatformStore } from '@thb/store';
import type { AnnouncementActor, StoredAnnouncement } from '@thb/store/announcements';

/**
 * Publishes the announcement `id` if it is still at `revision` (audited, version bumped).
 * @throws StaleAnnouncementError when it changed meanwhile or does not exist
 * @example await publishAnnouncement(store, id, 2, { actor: 'person:u1', label: 'ana@example.eu', route: 'POST /v1/announcements/{id}/publish' });
 */
export async function publishAnnouncement(store: PlatformStore, id: string, revision: number, who: AnnouncementActor): Promise<StoredAnnouncement> {
  return store.announcements.publish(id, revision, who);
}
