/**
 * When a demo record was last updated: a plausible moment days to months before the day of
 * seeding, the same for a record on every seed of that day, so "Updated" tells records apart.
 */

/** Most days back a demo record was last touched (about eight months). */
const MOST_DAYS_BACK = 240;
const DAY_MS = 86_400_000;

/** FNV-1a over the id, then a different salt for each use, as an unsigned 32-bit number. */
function hash(text: string, salt: number): number {
  let h = (0x811c9dc5 ^ salt) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // A final avalanche (murmur3's), so ids that differ in their last letter still spread widely.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  return h >>> 0;
}

/** A number in [0, 1) from the id. */
const unit = (id: string, salt: number) => hash(id, salt) / 2 ** 32;

/** An instant as the schema's ISO form, to the second. */
const toIso = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');

/**
 * The last update of record `id` seeded at `now`: 1 to 240 days back (recent ones more likely)
 * at a working hour, never in the future and never before `notBefore` (a `joined` or
 * `published` date), in which case it falls between that day and `now`.
 * @example demoUpdatedAt('la-strada-international', new Date('2026-11-29T08:00:00Z'), '2005-01-01') // '2026-11-20T14:55:29Z'
 */
export function demoUpdatedAt(id: string, now: Date, notBefore?: string): string {
  const nowMs = now.getTime();
  const today = Math.floor(nowMs / DAY_MS) * DAY_MS;
  // Squaring leans towards recent days: most demo records were touched in the last few weeks.
  const daysBack = 1 + Math.floor(unit(id, 1) ** 2 * MOST_DAYS_BACK);
  const timeOfDay = (7 + unit(id, 2) * 11) * 3_600_000; // between 07:00 and 18:00 UTC
  let updated = today - daysBack * DAY_MS + timeOfDay;
  const floor = notBefore === undefined ? Number.NEGATIVE_INFINITY : Date.parse(`${notBefore.slice(0, 10)}T00:00:00Z`);
  if (updated < floor) updated = floor + unit(id, 3) * Math.max(0, nowMs - floor);
  return toIso(Math.min(updated, nowMs));
}
