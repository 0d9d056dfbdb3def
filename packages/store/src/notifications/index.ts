/**
 * Notification preferences and digest watermarks (issue 13, migration 0011).
 *
 * @example
 * import { createNotifications } from '@thb/store/notifications';
 * const notifications = createNotifications(store.db);
 * const prefs = await notifications.getPreferences(personId);
 */
export { createNotifications } from './notifications.ts';
export type { NewsItem, NotifiedPerson, Notifications, Watermark } from './notifications.ts';
