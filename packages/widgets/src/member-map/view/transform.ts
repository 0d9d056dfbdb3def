/**
 * Pan and zoom as plain numbers: screen = map × scale + (x, y). Kept free of the DOM so the
 * rules (zoom around the pointer, never lose the map off-screen) are unit-tested.
 */

/** Where the map is: screen pixels per map unit, and the screen position of the map's origin. */
export interface Transform {
  scale: number;
  x: number;
  y: number;
}

/** The screen area and the map's size in map units. */
export interface Frame {
  width: number;
  height: number;
  mapWidth: number;
  mapHeight: number;
}

/** How far in one can zoom, relative to the whole-Europe view. */
export const MAX_ZOOM = 64;

/**
 * The whole map, centred in the frame.
 * @example fitTransform({ width: 500, height: 500, mapWidth: 1000, mapHeight: 1000 }) // { scale: 0.5, x: 0, y: 0 }
 */
export function fitTransform(frame: Frame): Transform {
  const scale = Math.min(frame.width / frame.mapWidth, frame.height / frame.mapHeight);
  return { scale, x: (frame.width - frame.mapWidth * scale) / 2, y: (frame.height - frame.mapHeight * scale) / 2 };
}

/** Zoom relative to the fitted view (1 = all of Europe). */
export function zoomLevel(t: Transform, frame: Frame): number {
  return t.scale / fitTransform(frame).scale;
}

/**
 * Keeps the map in reach: zoom within [1, MAX_ZOOM] and the frame's centre over the map.
 */
export function clampTransform(t: Transform, frame: Frame): Transform {
  const fit = fitTransform(frame).scale;
  const scale = Math.min(Math.max(t.scale, fit), fit * MAX_ZOOM);
  const clamp = (value: number, size: number, mapSize: number) => Math.min(Math.max(value, size / 2 - mapSize * scale), size / 2);
  return { scale, x: clamp(t.x, frame.width, frame.mapWidth), y: clamp(t.y, frame.height, frame.mapHeight) };
}

/**
 * Zooms by `factor` keeping the screen point (cx, cy) over the same place on the map.
 * @example zoomAt(t, 2, frame.width / 2, frame.height / 2, frame) // zoom in on the centre
 */
export function zoomAt(t: Transform, factor: number, cx: number, cy: number, frame: Frame): Transform {
  const limited = clampTransform({ ...t, scale: t.scale * factor }, frame).scale;
  const f = limited / t.scale;
  return clampTransform({ scale: limited, x: cx - (cx - t.x) * f, y: cy - (cy - t.y) * f }, frame);
}

/** Moves the map by a screen distance. */
export function panBy(t: Transform, dx: number, dy: number, frame: Frame): Transform {
  return clampTransform({ ...t, x: t.x + dx, y: t.y + dy }, frame);
}

/**
 * Puts the map point (mx, my) in the frame's centre, at `scale` (default: the current one).
 * @example centreOn(t, 500, 400, frame, t.scale * 4)
 */
export function centreOn(t: Transform, mx: number, my: number, frame: Frame, scale = t.scale): Transform {
  return clampTransform({ scale, x: frame.width / 2 - mx * scale, y: frame.height / 2 - my * scale }, frame);
}

/** The map-unit rectangle the frame shows: [x0, y0, x1, y1]. */
export function visibleMapArea(t: Transform, frame: Frame): [number, number, number, number] {
  return [-t.x / t.scale, -t.y / t.scale, (frame.width - t.x) / t.scale, (frame.height - t.y) / t.scale];
}
