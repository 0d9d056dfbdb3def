/**
 * Query parameters of the read API. Objects are strict: an unknown parameter is a 400,
 * so a typo such as `?contry=DE` is reported instead of silently ignored.
 */
import * as z from 'zod';
import { CountryCode, CoverageCode, EuLanguageCode, IsoDate, IsoDateTime, LanguageCode } from './common.ts';
import {
  AUDIENCES, EVENT_FORMATS, EVENT_KINDS, EVENT_STATUSES, EVENT_WHEN, FOCUS_AREAS, RESOURCE_TOPICS,
  RESOURCE_TYPES, SCOPES,
} from './enums.ts';

/** `lang` picks the language of localised fields; without it `Accept-Language` decides. */
export const LanguageParam = { lang: EuLanguageCode.optional() };

/** The default and largest page sizes. */
export const PAGE_SIZE = { default: 20, max: 100 } as const;

/** 1-based page number and page size. */
export const PagingParams = {
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(PAGE_SIZE.max).default(PAGE_SIZE.default),
};

const SearchText = z.string().trim().min(1).max(200);

/** Filters of `GET /v1/members` and `GET /v1/members.geojson`. */
export const MemberFilters = {
  country: CountryCode.optional(),
  focus: z.enum(FOCUS_AREAS).optional(),
  scope: z.enum(SCOPES).optional(),
  q: SearchText.optional().meta({ description: 'Words in the name, acronym or description' }),
};

/** `GET /v1/members` */
export const MembersQuery = z.strictObject({ ...MemberFilters, ...LanguageParam, ...PagingParams });
export type MembersQuery = z.infer<typeof MembersQuery>;

/** `GET /v1/members.geojson`: every matching member, no paging (maps need them all). */
export const MembersGeoQuery = z.strictObject({ ...MemberFilters, ...LanguageParam });
export type MembersGeoQuery = z.infer<typeof MembersGeoQuery>;

/** Filters of `GET /v1/resources`. */
export const ResourceFilters = {
  q: SearchText.optional().meta({ description: 'Full-text search, ranked by relevance' }),
  type: z.enum(RESOURCE_TYPES).optional(),
  topic: z.enum(RESOURCE_TOPICS).optional(),
  language: LanguageCode.optional().meta({ description: 'Language the resource exists in' }),
  country: CoverageCode.optional().meta({ description: 'Country it applies to; EU-wide resources always match' }),
  audience: z.enum(AUDIENCES).optional(),
};
export type ResourceFilters = { [K in keyof typeof ResourceFilters]?: z.infer<(typeof ResourceFilters)[K]> };

/** `GET /v1/resources` */
export const ResourcesQuery = z.strictObject({ ...ResourceFilters, ...LanguageParam, ...PagingParams });
export type ResourcesQuery = z.infer<typeof ResourcesQuery>;

const DateOrInstant = z.union([IsoDate, IsoDateTime]);

/** `GET /v1/events` and `GET /v1/events.ics` */
export const EventsQuery = z.strictObject({
  when: z.enum(EVENT_WHEN).default('all').meta({ description: 'upcoming (not yet over), past, or all with upcoming first' }),
  from: DateOrInstant.optional().meta({ description: 'Only events that end after this date or instant' }),
  to: DateOrInstant.optional().meta({ description: 'Only events that start before this date or instant' }),
  status: z.enum(EVENT_STATUSES).optional(),
  kind: z.enum(EVENT_KINDS).optional(),
  format: z.enum(EVENT_FORMATS).optional(),
  ...LanguageParam,
  ...PagingParams,
});
export type EventsQuery = z.infer<typeof EventsQuery>;

/** `GET /v1/<things>/{id}` and the single-item routes: only the language may be chosen. */
export const ItemQuery = z.strictObject({ ...LanguageParam });
export type ItemQuery = z.infer<typeof ItemQuery>;

/** Routes that take no parameters at all. */
export const NoQuery = z.strictObject({});
