/**
 * Announcements and feeds (issue 13) as one router: the secretariat's writes, each
 * organisation's announcements, and the public news with its feeds.
 * @example app.route('/', announcementsAndNewsRouter(deps, { publicUrl }));
 */
import { createRouter } from '../../lib/create-router.ts';
import type { AppDeps, AppOpenAPI } from '../../lib/types.ts';
import { newsRouter, type NewsOptions } from '../news/news.ts';
import { announcementsRouter } from './announcements.ts';
import { memberAnnouncementsRouter } from './member-announcements.ts';

/** Every route of announcements and feeds. */
export function announcementsAndNewsRouter(deps: AppDeps, options: NewsOptions = {}): AppOpenAPI {
  const router = createRouter();
  router.route('/', announcementsRouter(deps));
  router.route('/', memberAnnouncementsRouter(deps));
  router.route('/', newsRouter(deps, options));
  return router;
}
