import type { MemberFeatureProperties, MemberPoints } from '@thb/client';
import { describe, expect, it } from 'vitest';
import europe from './geometry/europe.json';
import { buildIndex, clusterMembers, clusterZoom, expansionZoom, markersIn, CLUSTER_OPTIONS } from './clusters.ts';
import { createProjection } from './projection.ts';

const projection = createProjection(europe.projection);
const whole = [0, 0, europe.width, europe.height] as const;

function points(places: [string, number, number][]): MemberPoints {
  return {
    members: places.map(([id]) => ({ id, name: id }) as MemberFeatureProperties),
    coordinates: Float64Array.from(places.flatMap(([, lon, lat]) => [lon, lat])),
  };
}

const cities = points([
  ['berlin-1', 13.4, 52.52], ['berlin-2', 13.41, 52.53], ['berlin-3', 13.38, 52.51],
  ['paris', 2.35, 48.86], ['lisbon', -9.14, 38.72], ['helsinki', 24.94, 60.17],
  ['brussels-a', 4.35, 50.85], ['brussels-b', 4.35, 50.85],
]);

describe('clustering glue', () => {
  it('matches supercluster zoom levels to screen scale: doubling the scale adds one level', () => {
    const base = clusterZoom(1, europe.projection.scale);
    expect(clusterZoom(2, europe.projection.scale)).toBe(base + 1);
    expect(clusterZoom(64, europe.projection.scale)).toBe(base + 6);
    expect(clusterZoom(1e9, europe.projection.scale)).toBe(CLUSTER_OPTIONS.maxZoom + 1);
  });

  it('accounts for every member exactly once at every zoom', () => {
    const index = buildIndex(cities);
    for (let scale = 0.3; scale < 200; scale *= 2) {
      const markers = markersIn(index, projection, whole, clusterZoom(scale, europe.projection.scale));
      expect(markers.reduce((sum, m) => sum + m.count, 0)).toBe(8);
      expect(new Set(markers.map((m) => m.key)).size).toBe(markers.length);
    }
  });

  it('clusters a city at the whole-Europe view and separates it when zoomed in', () => {
    const index = buildIndex(cities);
    const far = markersIn(index, projection, whole, clusterZoom(0.6, europe.projection.scale));
    expect(far.find((m) => m.count === 3)).toBeDefined();
    const near = markersIn(index, projection, whole, clusterZoom(300, europe.projection.scale));
    expect(near.filter((m) => m.member?.id.startsWith('berlin'))).toHaveLength(3);
  });

  it('lists the members of a cluster and knows when they share one address', () => {
    const index = buildIndex(cities);
    const near = markersIn(index, projection, whole, clusterZoom(300, europe.projection.scale));
    const brussels = near.find((m) => m.clusterId !== undefined)!;
    expect(clusterMembers(index, brussels.clusterId!).map((m) => m.id).sort()).toEqual(['brussels-a', 'brussels-b']);
    expect(expansionZoom(index, brussels.clusterId!)).toBeGreaterThan(CLUSTER_OPTIONS.maxZoom);
  });

  it('returns only the markers inside the requested area, and indexes only included members', () => {
    const index = buildIndex(cities, [0, 1, 2, 4]);
    const [bx, by] = projection.project(13.4, 52.52);
    const aroundBerlin = markersIn(index, projection, [bx - 50, by - 50, bx + 50, by + 50], clusterZoom(100, europe.projection.scale));
    expect(aroundBerlin.reduce((sum, m) => sum + m.count, 0)).toBe(3);
    expect(markersIn(index, projection, whole, 0).reduce((sum, m) => sum + m.count, 0)).toBe(4);
  });
});
