/**
 * Announcements of the secretariat (issue 13): plain multilingual text with links, an audience,
 * a public flag. Text is never HTML: pages and feeds escape it.
 */
import * as z from 'zod';
import { CountryCode, IsoDateTime, LanguageCode, LocalizedText } from './common.ts';
import { FOCUS_AREAS } from './enums.ts';
import { LanguageParam, PagingParams } from './queries.ts';

/** An announcement's id. */
export const AnnouncementId = z.string().regex(/^ann-[0-9TZ]{15,24}-[0-9a-f]{12}$/).meta({ description: 'Announcement id' });

/** A linked event's or resource's id. */
const LinkedId = z.string().min(1).max(120);

/** Who an announcement is for; both lists empty means all members. */
export const AnnouncementAudience = z.strictObject({
  countries: z.array(CountryCode).max(60).default([]),
  focusAreas: z.array(z.enum(FOCUS_AREAS)).max(FOCUS_AREAS.length).default([]),
}).meta({ id: 'AnnouncementAudience', description: 'All members when both lists are empty' });

/** The body of `POST /v1/announcements` (and, complete, of `PATCH`). */
export const AnnouncementCreate = z.strictObject({
  title: LocalizedText,
  text: LocalizedText,
  eventIds: z.array(LinkedId).max(20).default([]),
  resourceIds: z.array(LinkedId).max(20).default([]),
  audience: AnnouncementAudience.default({ countries: [], focusAreas: [] }),
  public: z.boolean().default(false),
}).meta({ id: 'AnnouncementCreate' });

/** The body of `PATCH /v1/announcements/{id}`: any of the fields; no defaults, so absent ones stay. */
export const AnnouncementPatch = z.strictObject({
  title: LocalizedText.optional(),
  text: LocalizedText.optional(),
  eventIds: z.array(LinkedId).max(20).optional(),
  resourceIds: z.array(LinkedId).max(20).optional(),
  audience: z.strictObject({
    countries: z.array(CountryCode).max(60),
    focusAreas: z.array(z.enum(FOCUS_AREAS)).max(FOCUS_AREAS.length),
  }).optional(),
  public: z.boolean().optional(),
}).meta({ id: 'AnnouncementPatch' });

/** An announcement as the secretariat sees it. */
export const Announcement = z.strictObject({
  id: AnnouncementId,
  title: LocalizedText,
  text: LocalizedText,
  eventIds: z.array(z.string()),
  resourceIds: z.array(z.string()),
  audience: AnnouncementAudience,
  public: z.boolean(),
  status: z.enum(['draft', 'published']),
  publishedAt: IsoDateTime.nullable(),
  revision: z.number().int().positive(),
  author: z.string(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
}).meta({ id: 'Announcement' });

/** One item of `GET /v1/news`: text in the negotiated language, marked with that language. */
export const NewsItem = z.strictObject({
  id: AnnouncementId,
  title: z.strictObject({ value: z.string(), lang: LanguageCode }),
  text: z.strictObject({ value: z.string(), lang: LanguageCode }),
  eventIds: z.array(z.string()),
  resourceIds: z.array(z.string()),
  publishedAt: IsoDateTime,
}).meta({ id: 'NewsItem' });

/** A page of `GET /v1/news` (and of an organisation's `GET /v1/me/announcements`). */
export const NewsList = z.strictObject({
  items: z.array(NewsItem),
  total: z.number().int().nonnegative(),
  page: z.number().int().positive(),
  pageSize: z.number().int().positive(),
  pageCount: z.number().int().nonnegative(),
}).meta({ id: 'NewsList' });

/** Every announcement, drafts too: the secretariat's `GET /v1/announcements`. */
export const AnnouncementList = z.strictObject({ items: z.array(Announcement) }).meta({ id: 'AnnouncementList' });

/** `GET /v1/news` and `GET /v1/me/announcements`: the language and paging. */
export const NewsQuery = z.strictObject({ ...LanguageParam, ...PagingParams });

/** The feeds (`/v1/news.atom`, `.rss`, `.json`): the language only; they hold the newest items. */
export const NewsFeedQuery = z.strictObject({ ...LanguageParam });

export type Announcement = z.infer<typeof Announcement>;
export type AnnouncementCreate = z.infer<typeof AnnouncementCreate>;
export type AnnouncementPatch = z.infer<typeof AnnouncementPatch>;
export type NewsItem = z.infer<typeof NewsItem>;
export type NewsList = z.infer<typeof NewsList>;
export type AnnouncementList = z.infer<typeof AnnouncementList>;
export type NewsQuery = z.infer<typeof NewsQuery>;
