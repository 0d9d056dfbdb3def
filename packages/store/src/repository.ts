/**
 * The store's public contract. The API, the bot and the answer engine depend on this
 * interface only, so SQLite, PostgreSQL and D1 are interchangeable behind it.
 */
import type { Announcements } from './announcements/announcements.ts';
import type { CorruptRecord } from './documents.ts';
import type { RecordWrites } from './writes/types.ts';
import type {
  DatePrecision, Event, EventFormat, EventKind, EventStatus, EventWhen, FocusArea, Member,
  Resource, ResourceFacets, ResourceFilters, Scope,
} from '@thb/schema';

/** 1-based paging. */
export interface Paging {
  page: number;
  pageSize: number;
}

/** A page of results and how many matched in all. */
export interface ListResult<T> {
  items: T[];
  total: number;
}

/** Filters for members; `q` matches name, acronym and description words (accents folded). */
export interface MemberFilter {
  country?: string | undefined;
  focus?: FocusArea | undefined;
  scope?: Scope | undefined;
  q?: string | undefined;
}

/** Filters for resources (see `ResourcesQuery`); `language` here is the content language. */
export type ResourceFilter = ResourceFilters;

/** Resource search results: ranked by relevance when `q` is given, newest first otherwise. */
export interface ResourceSearchResult extends ListResult<Resource> {
  facets: ResourceFacets;
}

/** Filters for events. `now` is injectable so that tests and seeds agree on "upcoming". */
export interface EventFilter {
  when?: EventWhen | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  status?: EventStatus | undefined;
  kind?: EventKind | undefined;
  format?: EventFormat | undefined;
  now?: Date | undefined;
}

/** An event with its span as UTC instants, computed once when it is written. */
export interface StoredEvent {
  event: Event;
  startsAt: Date;
  endsAt: Date;
  datePrecision: DatePrecision;
}

/** Members: the platform's organisations. */
export interface MemberRepository {
  /** Matching members ordered by name; all of them when `paging` is omitted. */
  list(filter: MemberFilter, paging?: Paging): Promise<ListResult<Member>>;
  get(id: string): Promise<Member | undefined>;
  /** Inserts or replaces a member; bumps the data version. */
  put(member: Member): Promise<void>;
  /** Deletes a member; bumps the data version when one was deleted. */
  remove(id: string): Promise<boolean>;
  /** How many members there are per country, focus area and scope. */
  counts(): Promise<{ total: number; byCountry: Record<string, number>; byFocus: Record<string, number>; byScope: Record<string, number> }>;
}

/** Resources: guides, reports, hotlines and more. */
export interface ResourceRepository {
  /** Full-text search (language-aware stemming, accents folded, typo-tolerant) with facets. */
  search(filter: ResourceFilter, paging: Paging, language: string): Promise<ResourceSearchResult>;
  get(id: string): Promise<Resource | undefined>;
  put(resource: Resource): Promise<void>;
  remove(id: string): Promise<boolean>;
  count(): Promise<number>;
}

/** Events: platform meetings, webinars, trainings, conferences. */
export interface EventRepository {
  /**
   * Matching events. `when: 'all'` (the default) lists upcoming ones first (soonest first),
   * then past ones (most recent first); an event is upcoming until it has ended.
   */
  list(filter: EventFilter, paging?: Paging): Promise<ListResult<StoredEvent>>;
  get(id: string): Promise<StoredEvent | undefined>;
  put(event: Event): Promise<void>;
  remove(id: string): Promise<boolean>;
  count(): Promise<number>;
}

/** Everything the platform stores, behind one data version. */
export interface PlatformStore {
  members: MemberRepository;
  resources: ResourceRepository;
  events: EventRepository;
  /** The write side: record state, review, audit log, idempotent answers (see `writes/`). */
  writes: RecordWrites;
  /** The secretariat's announcements, written through the same batch path (audited, version bumped). */
  readonly announcements: Announcements;
  /** A number that changes on every write, in this process or any other on the same database. */
  dataVersion(): Promise<number>;
  /** Writes many records in one transaction and bumps the data version once (seeding, imports). */
  putMany(records: { members?: Member[]; resources?: Resource[]; events?: Event[] }): Promise<void>;
  /**
   * Like `putMany`, but only into a store that holds no member, resource or event, checked in
   * the same transaction: of several processes seeding one new database, exactly one writes.
   * @returns whether it wrote
   */
  putManyIfEmpty(records: { members?: Member[]; resources?: Resource[]; events?: Event[] }): Promise<boolean>;
  /**
   * Stored rows that reads had to skip (bad JSON, or a document failing its schema), by table
   * and id: `/healthz` reports them. Rows are checked as they are read; `warm()` reads them all.
   */
  corruptRecords(): CorruptRecord[];
  close(): Promise<void>;
}
