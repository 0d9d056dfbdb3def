/**
 * Atom, RSS 2.0 and JSON Feed 1.1 documents, built with the `feed` package. Its Atom titles and
 * contents are `type="html"`, so every text goes in escaped (`plain-text-html.ts`); the JSON
 * Feed carries the plain text itself. Dates come from the items, never the clock, so a feed's
 * bytes change only with its data.
 */
import { Feed } from 'feed';
import { escapeHtml, plainTextToHtml } from './plain-text-html.ts';

/** Media types of the three formats. */
export const FEED_MEDIA_TYPES = {
  atom: 'application/atom+xml; charset=utf-8',
  rss: 'application/rss+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
} as const;

/** One entry, in plain text. */
export interface FeedEntry {
  /** A stable id; written as a `tag:` URI. */
  id: string; title: string; text: string; link: string; updated: Date; published?: Date; author?: string;
}

/** The feed's own description. */
export interface FeedHead { id: string; title: string; description: string; link: string; selfLinks: { atom: string; rss: string; json: string }; language: string }

const EPOCH = new Date(0);
const tagUri = (id: string) => `tag:thb-platform-kit.eu,2026:${encodeURIComponent(id)}`;

function feedOf(head: FeedHead, entries: readonly FeedEntry[], escape: boolean): Feed {
  const updated = entries.reduce((newest, entry) => (entry.updated > newest ? entry.updated : newest), EPOCH);
  const feed = new Feed({
    id: tagUri(head.id), title: escape ? escapeHtml(head.title) : head.title, description: head.description, link: head.link,
    language: head.language, updated, generator: 'THB Platform Kit', feedLinks: head.selfLinks, copyright: '',
  });
  for (const entry of entries) {
    feed.addItem({
      id: tagUri(entry.id), title: escape ? escapeHtml(entry.title) : entry.title, link: entry.link, date: entry.updated,
      ...(entry.published ? { published: entry.published } : {}),
      content: escape ? plainTextToHtml(entry.text) : entry.text,
      ...(entry.author ? { author: [{ name: escape ? escapeHtml(entry.author) : entry.author }] } : {}),
    });
  }
  return feed;
}

/** An Atom 1.0 document. */
export const atomFeed = (head: FeedHead, entries: readonly FeedEntry[]) => feedOf(head, entries, true).atom1();

/** An RSS 2.0 document. */
export const rssFeed = (head: FeedHead, entries: readonly FeedEntry[]) => feedOf(head, entries, true).rss2();

/**
 * A JSON Feed 1.1 document: the package writes version 1, which 1.1 extends; the text goes in
 * as `content_text` (it is plain) and the author as 1.1's `authors`.
 */
export function jsonFeed(head: FeedHead, entries: readonly FeedEntry[]): string {
  const written = JSON.parse(feedOf(head, entries, false).json1()) as Record<string, unknown> & { items: Record<string, unknown>[] };
  const items = written.items.map(({ content_html: text, author, ...item }) => ({ ...item, content_text: text, ...(author ? { authors: [author] } : {}) }));
  return JSON.stringify({ ...written, version: 'https://jsonfeed.org/version/1.1', language: head.language, items });
}
