/**
 * The member map's drawing of Europe for other parts of the platform (the portal's position
 * picker): the land as one SVG path in map units, its size, and the projection between
 * [lon, lat] degrees and those units. The same geometry and projection as `<thb-member-map>`,
 * so a point picked here sits where the map will draw it.
 */
import europe from './view/geometry/europe.json';
import { createProjection, type MapProjection } from './view/projection.ts';

export type { MapProjection } from './view/projection.ts';

/** Europe as the member map draws it. */
export interface EuropeMap {
  /** The land: one SVG path, in map units. */
  land: string;
  width: number;
  height: number;
  projection: MapProjection;
}

/** @example const { project } = europeMap.projection; const [x, y] = project(13.4, 52.5); */
export const europeMap: EuropeMap = {
  land: europe.land, width: europe.width, height: europe.height, projection: createProjection(europe.projection),
};
