/**
 * Glue between supercluster and our equal-area map. supercluster clusters in Web Mercator
 * "pixels" at integer zoom levels; we pick the level whose pixel matches one screen pixel of
 * our map at Europe's central latitude, so a cluster radius of 32 means about 32 px on screen.
 */
import Supercluster, { type ClusterProperties } from 'supercluster';
import type { MemberFeatureProperties, MemberPoints } from '@thb/client';
import type { MapProjection } from './projection.ts';

/** The clustering settings (the bench's bare page uses the same, for a fair comparison). */
export const CLUSTER_OPTIONS = { radius: 32, extent: 512, minZoom: 0, maxZoom: 12 } as const;

/** The latitude where Mercator pixels are matched to ours: the map's centre (52°N). */
const MATCH_LATITUDE = (52 * Math.PI) / 180;

/** One marker to draw: a cluster of members or a single member, in map units. */
export interface MapMarker {
  key: string;
  x: number;
  y: number;
  count: number;
  clusterId?: number;
  member?: MemberFeatureProperties;
}

/** A supercluster index over members. */
export type MemberIndex = Supercluster<MemberFeatureProperties, Record<string, never>>;

/**
 * Indexes the members at positions `include` (all when omitted). The GeoJSON wrappers it
 * needs exist only during loading; supercluster keeps flat arrays and the properties.
 */
export function buildIndex(points: MemberPoints, include?: readonly number[]): MemberIndex {
  const indices = include ?? points.members.map((_, i) => i);
  const features = indices.map((i) => ({
    type: 'Feature' as const,
    properties: points.members[i]!,
    geometry: { type: 'Point' as const, coordinates: [points.coordinates[2 * i]!, points.coordinates[2 * i + 1]!] },
  }));
  return new Supercluster<MemberFeatureProperties, Record<string, never>>(CLUSTER_OPTIONS).load(features);
}

/**
 * The supercluster zoom level for `screenScale` screen pixels per map unit.
 * @example clusterZoom(1, 1599.4) // 4 on a 1000-pixel-wide view of Europe
 */
export function clusterZoom(screenScale: number, projectionScale: number): number {
  const mercatorWorld = screenScale * projectionScale * 2 * Math.PI * Math.cos(MATCH_LATITUDE);
  const zoom = Math.round(Math.log2(mercatorWorld / CLUSTER_OPTIONS.extent));
  return Math.min(Math.max(zoom, CLUSTER_OPTIONS.minZoom), CLUSTER_OPTIONS.maxZoom + 1);
}

/**
 * The markers in a map-unit rectangle at a zoom level. The rectangle is turned into a
 * longitude/latitude box by inverting a grid of its points (edges are curves in lon/lat).
 */
export function markersIn(
  index: MemberIndex,
  projection: MapProjection,
  [x0, y0, x1, y1]: readonly number[],
  zoom: number,
): MapMarker[] {
  let [west, south, east, north] = [180, 90, -180, -90];
  for (let i = 0; i <= 2; i++) {
    for (let j = 0; j <= 2; j++) {
      const [lon, lat] = projection.invert(x0! + ((x1! - x0!) * i) / 2, y0! + ((y1! - y0!) * j) / 2);
      if (!Number.isFinite(lon) || !Number.isFinite(lat)) continue;
      west = Math.min(west, lon); east = Math.max(east, lon);
      south = Math.min(south, lat); north = Math.max(north, lat);
    }
  }
  if (west > east) return [];
  return index.getClusters([west, south, east, north], zoom).flatMap((feature): MapMarker[] => {
    const [lon, lat] = feature.geometry.coordinates as [number, number];
    const [x, y] = projection.project(lon, lat);
    if (x < x0! || x > x1! || y < y0! || y > y1!) return [];
    const props = feature.properties as MemberFeatureProperties | ClusterProperties;
    return 'cluster' in props && props.cluster
      ? [{ key: `c${props.cluster_id}`, x, y, count: props.point_count, clusterId: props.cluster_id }]
      : [{ key: `m${(props as MemberFeatureProperties).id}`, x, y, count: 1, member: props as MemberFeatureProperties }];
  });
}

/** Members in a cluster (all of them: clusters at one address can be large). */
export function clusterMembers(index: MemberIndex, clusterId: number): MemberFeatureProperties[] {
  return index.getLeaves(clusterId, Infinity).map((leaf) => leaf.properties);
}

/** The zoom level at which a cluster falls apart (beyond `maxZoom` when its members share one place). */
export function expansionZoom(index: MemberIndex, clusterId: number): number {
  return index.getClusterExpansionZoom(clusterId);
}
