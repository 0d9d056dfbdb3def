/**
 * The map's projection at run time. The land was projected at build time (scripts/), so only
 * points need projecting here: d3-geo's raw azimuthal equal-area formula and rotation, with
 * the scale and offset the build step recorded, give the same numbers as the full d3
 * projection without its clipping and resampling pipeline.
 */
import { geoAzimuthalEqualAreaRaw, geoRotation } from 'd3-geo';

/** The parameters `scripts/build-europe-geometry.mjs` fitted. */
export interface ProjectionParameters {
  rotate: number[];
  scale: number;
  translate: number[];
}

/** Forward and inverse projection between [lon, lat] degrees and map units. */
export interface MapProjection {
  project(lon: number, lat: number): [number, number];
  invert(x: number, y: number): [number, number];
}

const RADIANS = Math.PI / 180;

/**
 * The projection the land was drawn with.
 * @example createProjection(europe.projection).project(10, 52) // the map's centre
 */
export function createProjection({ rotate, scale, translate: [dx = 0, dy = 0] }: ProjectionParameters): MapProjection {
  const rotation = geoRotation(rotate as [number, number]);
  const raw = geoAzimuthalEqualAreaRaw;
  return {
    project(lon, lat) {
      const [lambda, phi] = rotation([lon, lat]);
      const [x, y] = raw(lambda * RADIANS, phi * RADIANS);
      return [dx + scale * x, dy - scale * y];
    },
    invert(x, y) {
      const [lambda, phi] = raw.invert!((x - dx) / scale, (dy - y) / scale);
      return rotation.invert([lambda / RADIANS, phi / RADIANS]);
    },
  };
}
