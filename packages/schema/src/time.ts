/**
 * Wall-clock times in IANA zones and approximate dates (EDTF, ISO 8601-2), without zod,
 * so the API, the store and the widgets share one reading of an event's dates.
 *
 * @example
 * zonedTimeToInstant('2026-03-29T09:30', 'Europe/Brussels').toISOString() // '2026-03-29T07:30:00.000Z'
 * parseApproximateDate('2026-23') // { year: 2026, season: 'autumn' }
 */

/** The seasons EDTF numbers 21 to 24. */
export const SEASONS = ['spring', 'summer', 'autumn', 'winter'] as const;
export type Season = (typeof SEASONS)[number];

/** A date known only to the year, month or season. */
export type ApproximateDate =
  | { year: number }
  | { year: number; month: number }
  | { year: number; season: Season };

/** EDTF level-1 dates the platform uses: `2026`, `2026-10`, and seasons `2026-21` … `2026-24`. */
export const APPROXIMATE_DATE_PATTERN = /^(\d{4})(?:-(0[1-9]|1[0-2]|2[1-4]))?$/;

/**
 * Reads an EDTF year, year-month or year-season.
 * @example parseApproximateDate('2026-10') // { year: 2026, month: 10 }
 */
export function parseApproximateDate(edtf: string): ApproximateDate | undefined {
  const match = APPROXIMATE_DATE_PATTERN.exec(edtf);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year };
  const part = Number(match[2]);
  return part <= 12 ? { year, month: part } : { year, season: SEASONS[part - 21]! };
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** Milliseconds that `timeZone` is ahead of UTC at the given instant. */
export function timeZoneOffset(instant: number, timeZone: string): number {
  let format = offsetFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    offsetFormatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(
    Number(parts.year), Number(parts.month) - 1, Number(parts.day),
    Number(parts.hour), Number(parts.minute), Number(parts.second),
  );
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant at which a wall-clock time (`YYYY-MM-DD` means its midnight) happens in a zone.
 * In a DST gap the result is the same wall time under the earlier offset, as calendars do.
 */
export function zonedTimeToInstant(local: string, timeZone: string): Date {
  const [date = '', time = '00:00'] = local.split('T');
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm, ss] = time.split(':').map(Number);
  const wall = Date.UTC(y!, m! - 1, d, hh ?? 0, mm ?? 0, ss ?? 0);
  const firstGuess = wall - timeZoneOffset(wall, timeZone);
  const offset = timeZoneOffset(firstGuess, timeZone);
  return new Date(wall - offset);
}

/** Adds whole days to a `YYYY-MM-DD` date. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
}

/** Whether a local date-time string carries a time of day (`T`) rather than a whole day. */
export function hasTimeOfDay(local: string): boolean {
  return local.includes('T');
}
