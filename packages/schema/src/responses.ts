/** Response envelopes of the read API: pages, facets, statistics. */
import * as z from 'zod';
import { MemberView } from './member.ts';
import { ResourceView } from './resource.ts';
import { EventView } from './event.ts';

/** A page of items with the total that matched. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.strictObject({
    items: z.array(item),
    total: z.number().int().min(0),
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1),
    pageCount: z.number().int().min(0),
  });
}

/** A page of members. */
export const MemberPage = pageOf(MemberView).meta({ id: 'MemberPage' });
export type MemberPage = z.infer<typeof MemberPage>;

/** Counts per value of one facet. */
export const FacetCounts = z.record(z.string(), z.number().int().min(0));
export type FacetCounts = z.infer<typeof FacetCounts>;

/**
 * Facet counts for the current query. Each facet is counted with every other active filter
 * applied but not its own, so a visitor sees what choosing another value would give.
 */
export const ResourceFacets = z
  .strictObject({
    type: FacetCounts,
    topic: FacetCounts,
    language: FacetCounts,
    country: FacetCounts,
    audience: FacetCounts,
  })
  .meta({ id: 'ResourceFacets' });
export type ResourceFacets = z.infer<typeof ResourceFacets>;

/** A page of resources with facet counts. */
export const ResourcePage = pageOf(ResourceView).extend({ facets: ResourceFacets }).meta({ id: 'ResourcePage' });
export type ResourcePage = z.infer<typeof ResourcePage>;

/** A page of events. */
export const EventPage = pageOf(EventView).meta({ id: 'EventPage' });
export type EventPage = z.infer<typeof EventPage>;

/** `GET /v1/stats`: how many members, and where and on what they work. */
export const Stats = z
  .strictObject({
    members: z.number().int().min(0),
    resources: z.number().int().min(0),
    events: z.number().int().min(0),
    byCountry: FacetCounts,
    byFocus: FacetCounts,
    byScope: FacetCounts,
  })
  .meta({ id: 'Stats' });
export type Stats = z.infer<typeof Stats>;

/** `GET /healthz`: `degraded` while stored records are skipped as unreadable (the log names them). */
export const Health = z
  .strictObject({
    status: z.enum(['ok', 'degraded']),
    dataVersion: z.number().int(),
    corruptRecords: z.number().int().min(1).optional()
      .meta({ description: 'Stored records skipped because they cannot be read; only when `degraded`' }),
  })
  .meta({ id: 'Health' });
export type Health = z.infer<typeof Health>;
