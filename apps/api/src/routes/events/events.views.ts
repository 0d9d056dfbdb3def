/** Events as the read API returns them, and the store filter for a query. */
import type { EventsQuery } from '@thb/schema';
import type { EventFilter } from '@thb/store';

export { toEventView } from '@thb/store/views';

/** The last instant a four-digit ISO year can write: beyond it, ISO strings stop sorting as times. */
const LAST_INSTANT = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/**
 * `from`/`to` as instants. A bare date is read in UTC; as `to` it includes that whole day,
 * since "until 31 December" means the 31st too.
 */
function instant(value: string | undefined, edge: 'from' | 'to'): Date | undefined {
  if (value === undefined) return undefined;
  if (value.includes('T')) return new Date(value);
  const [year = 0, month = 1, day = 1] = value.split('-').map(Number);
  const midnight = new Date(0);
  midnight.setUTCFullYear(year, month - 1, day + (edge === 'to' ? 1 : 0)); // Date.UTC would read 0099 as 1999
  return new Date(Math.min(midnight.getTime(), LAST_INSTANT));
}

/** The store filter for a validated events query, "now" being the given instant. */
export function eventFilter(query: Omit<EventsQuery, 'page' | 'pageSize'>, now: Date): EventFilter {
  return {
    when: query.when,
    from: instant(query.from, 'from'),
    to: instant(query.to, 'to'),
    status: query.status,
    kind: query.kind,
    format: query.format,
    now,
  };
}

/** How long an event list may be reused before "upcoming" must be recomputed. */
export const CLOCK_STEP_MS = 60_000;

/**
 * The clock, rounded down to the minute: every list built within that minute uses the same
 * "now", so it is byte-identical and can share one cached body and ETag until `expiresAt`.
 * An event therefore counts as upcoming for up to a minute after it ended, no longer than
 * `max-age` lets any cache keep it anyway.
 */
export function clockBucket(now: Date): { now: Date; expiresAt: number } {
  const start = Math.floor(now.getTime() / CLOCK_STEP_MS) * CLOCK_STEP_MS;
  return { now: new Date(start), expiresAt: start + CLOCK_STEP_MS };
}
