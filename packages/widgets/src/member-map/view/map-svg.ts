/**
 * The map drawing: Europe's land (built once), an empty markers group that `MarkerLayer`
 * fills, the selection ring and the visitor's position. Markers and pins sit at map positions
 * and keep their screen size through `--_unscale`, which the pan-zoom controller sets.
 */
import { nothing, svg, type TemplateResult } from 'lit';
import europe from './geometry/europe.json';

/** The land never changes: one path, in a template made once for every map on the page. */
const land = svg`<g class="land" aria-hidden="true"><path d=${europe.land}></path></g>`;

/** Size of Europe in map units. */
export const MAP_SIZE = { width: europe.width, height: europe.height } as const;

/** A point drawn at constant screen size, with its label when it is not decoration. */
export interface MapPin {
  x: number;
  y: number;
  label?: string;
}

/** What the SVG needs to draw besides the markers. */
export interface MapDrawing {
  mapLabel: string;
  selected?: MapPin | undefined;
  origin?: MapPin | undefined;
}

/** The transform that puts a pin at its map point (its size is kept by the style sheet). */
function pinTransform(pin: MapPin): string {
  return `translate(${pin.x} ${pin.y})`;
}

/**
 * The whole `<svg>`: a focusable surface whose `viewBox` and viewport `transform` belong to
 * the pan-zoom controller, and whose markers belong to the marker layer.
 */
export function mapSvg(drawing: MapDrawing, onMarker: (event: Event) => void): TemplateResult {
  const { selected, origin } = drawing;
  return svg`<svg class="surface" part="map-surface" tabindex="0" role="application" aria-roledescription="map"
      aria-label=${drawing.mapLabel} aria-describedby="map-help" preserveAspectRatio="xMidYMid meet">
    <g class="viewport">
      ${land}
      <g class="markers" @click=${onMarker} @keydown=${onMarker}></g>
      ${selected ? svg`<g class="selected pin" aria-hidden="true" transform=${pinTransform(selected)}><circle r="13"></circle></g>` : nothing}
      ${origin ? svg`<g class="origin pin" role="img" aria-label=${origin.label!} transform=${pinTransform(origin)}><circle r="8"></circle></g>` : nothing}
    </g>
  </svg>`;
}
