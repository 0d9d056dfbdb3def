/**
 * Filtering, sorting and change detection over the map's members, done in the browser: the
 * map holds every member already, so a filter is instant and costs no request.
 */
import { geoDistance } from 'd3-geo';
import type { MemberFeatureProperties, MemberPoints } from '@thb/client';
import { fold } from '../../resource-finder/highlight.ts';

/** What narrows the map and the list. */
export interface MemberFilters {
  country?: string | undefined;
  /** A focus area the member works on (attribute `focus-area`). */
  focusArea?: string | undefined;
  scope?: string | undefined;
  q?: string | undefined;
}

const searchText = new WeakMap<MemberFeatureProperties, string>();

function textOf(member: MemberFeatureProperties): string {
  let text = searchText.get(member);
  if (text === undefined) searchText.set(member, (text = fold(`${member.name} ${member.acronym ?? ''} ${member.city}`)));
  return text;
}

/**
 * Positions of the members that pass every filter; `q` matches words of the name, acronym or city.
 * @example matchingIndices(points, { country: 'DE', q: 'strada' })
 */
export function matchingIndices(points: MemberPoints, filters: MemberFilters): number[] {
  const words = fold(filters.q ?? '').split(/\s+/).filter(Boolean);
  const result: number[] = [];
  points.members.forEach((member, i) => {
    if (filters.country && member.country !== filters.country) return;
    if (filters.scope && member.scope !== filters.scope) return;
    if (filters.focusArea && !member.focus.includes(filters.focusArea as never)) return;
    if (words.length && !words.every((word) => textOf(member).includes(word))) return;
    result.push(i);
  });
  return result;
}

/**
 * Great-circle distance in kilometres between two [lon, lat] points.
 * @example Math.round(distanceKm([13.4, 52.52], [2.35, 48.86])) // 877
 */
export function distanceKm(from: readonly [number, number], to: readonly [number, number]): number {
  return geoDistance(from as [number, number], to as [number, number]) * 6371.0088;
}

/**
 * Orders member positions nearest first from `origin`; without one, keeps the API's order,
 * which is by name (accents and case folded), so 10,000 members cost no sort before the first
 * render.
 */
export function sortIndices(points: MemberPoints, indices: number[], origin?: [number, number]): number[] {
  if (!origin) return indices;
  const distance = new Float64Array(points.members.length);
  for (const i of indices) distance[i] = distanceKm(origin, [points.coordinates[2 * i]!, points.coordinates[2 * i + 1]!]);
  return [...indices].sort((a, b) => distance[a]! - distance[b]!);
}

/** What a poll brought: members that are new, changed (a newer `updatedAt`) or gone. */
export interface MemberChanges {
  added: string[];
  changed: string[];
  removed: string[];
}

/**
 * Compares two versions of the members by id and last update.
 * @example diffMembers(before, after) // { added: ['new-ngo'], changed: [], removed: [] }
 */
export function diffMembers(before: MemberPoints, after: MemberPoints): MemberChanges {
  const previous = new Map(before.members.map((m) => [m.id, m.updatedAt]));
  const changes: MemberChanges = { added: [], changed: [], removed: [] };
  for (const member of after.members) {
    const was = previous.get(member.id);
    if (was === undefined) changes.added.push(member.id);
    else if (was !== member.updatedAt) changes.changed.push(member.id);
    previous.delete(member.id);
  }
  changes.removed = [...previous.keys()];
  return changes;
}
