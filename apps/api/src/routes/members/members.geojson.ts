/** Members as an RFC 7946 GeoJSON FeatureCollection, for maps. */
import { z } from '@hono/zod-openapi';
import { MemberView, type Member } from '@thb/schema';
import { toMemberView } from './members.views.ts';
import type { EuLanguage } from '@thb/schema';

const Longitude = z.number().min(-180).max(180);
const Latitude = z.number().min(-90).max(90);

/** One member as a Point feature; its properties are the localised member without coordinates. */
export const MemberFeature = z
  .strictObject({
    type: z.literal('Feature'),
    id: z.string(),
    geometry: z.strictObject({
      type: z.literal('Point'),
      coordinates: z.tuple([Longitude, Latitude]).meta({ description: '[longitude, latitude] (RFC 7946 §3.1.1)' }),
    }),
    properties: MemberView.omit({ coordinates: true }),
  })
  .meta({ id: 'MemberFeature' });
export type MemberFeature = z.infer<typeof MemberFeature>;

/** All matching members; `bbox` is [west, south, east, north] when there is at least one. */
export const MemberFeatureCollection = z
  .strictObject({
    type: z.literal('FeatureCollection'),
    bbox: z.tuple([Longitude, Latitude, Longitude, Latitude]).optional(),
    features: z.array(MemberFeature),
  })
  .meta({ id: 'MemberFeatureCollection' });
export type MemberFeatureCollection = z.infer<typeof MemberFeatureCollection>;

/** The GeoJSON media type (RFC 7946 §12). */
export const GEOJSON_MEDIA_TYPE = 'application/geo+json';

/**
 * Builds the collection. Coordinates go out as [lon, lat], the order RFC 7946 mandates and
 * the opposite of how people usually say them.
 * @example toMemberFeatureCollection(members, 'de').features[0].geometry.coordinates // [13.4, 52.52]
 */
export function toMemberFeatureCollection(members: readonly Member[], language: EuLanguage): MemberFeatureCollection {
  const features = members.map((member): MemberFeature => {
    const { coordinates, ...properties } = toMemberView(member, language);
    return {
      type: 'Feature',
      id: member.id,
      geometry: { type: 'Point', coordinates: [coordinates.lon, coordinates.lat] },
      properties,
    };
  });
  if (features.length === 0) return { type: 'FeatureCollection', features };
  let [west, south, east, north] = [180, 90, -180, -90];
  for (const { geometry: { coordinates: [lon, lat] } } of features) {
    west = Math.min(west, lon); east = Math.max(east, lon);
    south = Math.min(south, lat); north = Math.max(north, lat);
  }
  return { type: 'FeatureCollection', bbox: [west, south, east, north], features };
}
