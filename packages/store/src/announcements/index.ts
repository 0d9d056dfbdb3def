/**
 * Announcements of the secretariat (issue 13), on the store's own database (migration 0008).
 *
 * @example
 * import { createAnnouncements } from '@thb/store/announcements';
 * const news = createAnnouncements(store.db, store.write);
 * const { items } = await news.listPublished({ page: 1, pageSize: 20 });
 */
export { audienceIncludes, createAnnouncements, StaleAnnouncementError } from './announcements.ts';
export type {
  AnnouncementActor, AnnouncementAudience, AudienceMember, AnnouncementFields, AnnouncementText, Announcements, StoredAnnouncement,
} from './announcements.ts';
