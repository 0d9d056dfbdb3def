/**
 * Who is due a notification mail (issue 13). Pure, so the job and its tests agree: digests go
 * once per local day after 07:00 in the recipient's zone, weekly ones on local Mondays.
 */
import type { NotificationCadence } from '@thb/schema';

/** The hour (local) after which a digest may go out. */
export const DIGEST_HOUR = 7;

/** One formatter per zone: making one costs far more than using it, and a digest run asks thousands of times. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatIn(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', hourCycle: 'h23', weekday: 'short',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** The local calendar date (YYYY-MM-DD), hour and weekday of an instant in a zone. */
export function localParts(at: Date, timeZone: string): { date: string; hour: number; weekday: string } {
  const parts = formatIn(timeZone).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return { date: `${part('year')}-${part('month')}-${part('day')}`, hour: Number(part('hour')), weekday: part('weekday') };
}

/**
 * Whether a mail of this cadence is due now, given when the last one went (null: never) and
 * whether anything new happened since the watermark. An empty digest is never due.
 */
export function isDue(cadence: NotificationCadence, now: Date, lastSent: Date | null, timeZone: string, hasNews: boolean): boolean {
  if (cadence === 'off' || !hasNews) return false;
  if (cadence === 'immediate') return true;
  const today = localParts(now, timeZone);
  if (today.hour < DIGEST_HOUR) return false;
  if (cadence === 'weekly' && today.weekday !== 'Mon') return false;
  return lastSent === null || localParts(lastSent, timeZone).date < today.date;
}
