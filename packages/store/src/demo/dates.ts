/** Dates relative to the day of seeding, so the demo always has upcoming and past events. */
import { addDays } from '@thb/schema';

/** The UTC calendar day `days` after `now`, as `YYYY-MM-DD`. */
export function dayFrom(now: Date, days: number): string {
  return addDays(now.toISOString().slice(0, 10), days);
}

/** A local date-time `days` after `now` at a wall-clock time (`HH:MM`). */
export function timeFrom(now: Date, days: number, time: string): string {
  return `${dayFrom(now, days)}T${time}`;
}

/** The next autumn (EDTF season 23, September to November) that has not started yet. */
export function nextAutumn(now: Date): { start: string; end: string; edtf: string } {
  const year = now.getUTCMonth() < 8 ? now.getUTCFullYear() : now.getUTCFullYear() + 1;
  return { start: `${year}-09-01`, end: `${year}-11-30`, edtf: `${year}-23` };
}

/** The whole calendar month `months` after the month of `now`. */
export function monthFrom(now: Date, months: number): { start: string; end: string; edtf: string } {
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0));
  return { start: first.toISOString().slice(0, 10), end: last.toISOString().slice(0, 10), edtf: first.toISOString().slice(0, 7) };
}

/** The next 18 October (EU Anti-Trafficking Day) at least a week away. */
export function nextAntiTraffickingDay(now: Date): string {
  const thisYear = `${now.getUTCFullYear()}-10-18`;
  return thisYear > dayFrom(now, 7) ? thisYear : `${now.getUTCFullYear() + 1}-10-18`;
}
