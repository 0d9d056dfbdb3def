/** Stored announcements as the API shows them, field by field from the public schemas, and their ETags. */
import { Announcement, NewsItem, type EuLanguage } from '@thb/schema';
import { isEuLanguage, primaryLanguage } from '@thb/schema/localized';
import type { AnnouncementText, StoredAnnouncement } from '@thb/store/announcements';

/** An announcement as the secretariat sees it. */
export function toAnnouncement(stored: StoredAnnouncement): Announcement {
  return Announcement.parse({
    id: stored.id, title: stored.title, text: stored.text, eventIds: [...stored.eventIds], resourceIds: [...stored.resourceIds],
    audience: { countries: [...stored.audience.countries], focusAreas: [...stored.audience.focusAreas] },
    public: stored.public, status: stored.status, publishedAt: stored.publishedAt, revision: stored.revision,
    author: stored.author, createdAt: stored.createdAt, updatedAt: stored.updatedAt,
  });
}

/** The text in `language` when it has one, else English, with the language it is in. */
export function textIn(text: AnnouncementText, language: EuLanguage): { value: string; lang: EuLanguage } {
  const wanted = primaryLanguage(language);
  const value = isEuLanguage(wanted) ? text[wanted] : undefined;
  return value === undefined ? { value: text.en, lang: 'en' } : { value, lang: wanted as EuLanguage };
}

/** A published announcement as readers see it, in one language. */
export function toNewsItem(stored: StoredAnnouncement, language: EuLanguage): NewsItem {
  return NewsItem.parse({
    id: stored.id, title: textIn(stored.title, language), text: textIn(stored.text, language),
    eventIds: [...stored.eventIds], resourceIds: [...stored.resourceIds], publishedAt: stored.publishedAt,
  });
}

/** The announcement's ETag: its id and revision. */
export const announcementETag = (stored: StoredAnnouncement) => `"${stored.id}-r${stored.revision}"`;

/** The revision an `If-Match` names for this announcement: a number, `'any'` for `*`, or undefined when it names another. */
export function ifMatchRevision(header: string, stored: StoredAnnouncement): number | 'any' | undefined {
  let newest: number | undefined;
  for (const part of header.split(',')) {
    const tag = part.trim();
    if (tag === '*') return 'any';
    const match = /^"(ann-[0-9TZ]+-[0-9a-f]+)-r(\d{1,15})"$/.exec(tag);
    if (match && match[1] === stored.id) newest = Math.max(newest ?? 0, Number(match[2]));
  }
  return newest;
}
