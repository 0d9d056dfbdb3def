/**
 * What the map derives from the members and the filters, recomputed only when one of them
 * changes: lookups by id, countries with members, the matching members, their cluster index
 * and the list order.
 */
import type { MemberPoints } from '@thb/client';
import { buildIndex, type MemberIndex } from './clusters.ts';
import { diffMembers, matchingIndices, sortIndices, type MemberChanges, type MemberFilters } from './member-filters.ts';

/** The derived state of one map. */
export class MemberData {
  points?: MemberPoints;
  byId = new Map<string, number>();
  /** Countries that have members, with how many. */
  countries = new Map<string, number>();
  /** Positions of the members that match the filters. */
  filtered: number[] = [];
  index?: MemberIndex;
  /** Positions in list order: by name, or by distance from the visitor. */
  order: number[] = [];
  /** Identifies the filters `filtered` and `index` were made for. */
  filterKey = '';
  /** Counts the member sets seen: a new set (a poll, a new preview) redraws the markers. */
  generation = 0;
  #orderKey = '';

  /**
   * Brings everything up to date; returns what changed in the members since the last call
   * (`undefined` on the first data or when the data did not change).
   */
  update(points: MemberPoints, filters: MemberFilters, origin?: [number, number], place?: number[]): MemberChanges | undefined {
    let changes: MemberChanges | undefined;
    if (points !== this.points) {
      if (this.points) changes = diffMembers(this.points, points);
      this.points = points;
      this.generation++;
      this.byId = new Map(points.members.map((member, i) => [member.id, i]));
      this.countries = new Map();
      for (const member of points.members) this.countries.set(member.country, (this.countries.get(member.country) ?? 0) + 1);
      this.filterKey = '';
    }
    const filterKey = JSON.stringify(filters);
    if (filterKey !== this.filterKey) {
      this.filterKey = filterKey;
      this.filtered = matchingIndices(points, filters);
      this.index = buildIndex(points, this.filtered);
    }
    const orderKey = `${filterKey}|${this.filtered.length}|${origin}|${place?.join()}`;
    if (orderKey !== this.#orderKey) {
      this.#orderKey = orderKey;
      this.order = sortIndices(points, place ?? this.filtered, origin);
    }
    return changes;
  }

  /** The map-unit rectangle [x0, y0, x1, y1] around the members at `indices`. */
  extent(indices: readonly number[], project: (lon: number, lat: number) => [number, number]): number[] {
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const i of indices) {
      const [x, y] = project(...this.lonLat(i));
      [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
    }
    return [x0, y0, x1, y1];
  }

  /** The [lon, lat] of the member at a position. */
  lonLat(i: number): [number, number] {
    return [this.points!.coordinates[2 * i]!, this.points!.coordinates[2 * i + 1]!];
  }
}
