/**
 * The map's members: `GET /v1/members.geojson` as the API sends it, and the compact form the
 * client keeps (properties plus one Float64Array of coordinates), which holds 10,000 members
 * without 30,000 GeoJSON wrapper objects.
 */
import type { MemberView } from '@thb/schema';

/** What each point carries: the member in one language, without its coordinates. */
export type MemberFeatureProperties = Omit<MemberView, 'coordinates'>;

/** One member as a GeoJSON point (`[lon, lat]`, RFC 7946). */
export interface MemberFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: MemberFeatureProperties;
}

/** Every matching member, as the API sends it. */
export interface MemberFeatureCollection {
  type: 'FeatureCollection';
  bbox?: [number, number, number, number];
  features: MemberFeature[];
}

/** Members and their positions: member `i` is at `coordinates[2i]` (lon), `coordinates[2i + 1]` (lat). */
export interface MemberPoints {
  members: MemberFeatureProperties[];
  coordinates: Float64Array;
}

/**
 * Reads a FeatureCollection into the compact form.
 * @example toMemberPoints(collection).members[0].name
 */
export function toMemberPoints(collection: MemberFeatureCollection): MemberPoints {
  const { features } = collection;
  const members = new Array<MemberFeatureProperties>(features.length);
  const coordinates = new Float64Array(features.length * 2);
  features.forEach((feature, i) => {
    members[i] = feature.properties;
    coordinates[2 * i] = feature.geometry.coordinates[0];
    coordinates[2 * i + 1] = feature.geometry.coordinates[1];
  });
  return { members, coordinates };
}
