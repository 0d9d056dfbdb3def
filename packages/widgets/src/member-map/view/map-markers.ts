/**
 * Keeps the markers in step with the view: re-clusters the visible area at the current zoom,
 * orders the markers for the keyboard, labels them for screen readers and hands them to the
 * marker layer. Runs on every zoom step and pan frame, outside Lit.
 */
import { plainText } from '../../internal/display-text.ts';
import type { Strings } from '../../internal/strings.ts';
import { clusterZoom, markersIn, type MapMarker, type MemberIndex } from './clusters.ts';
import europe from './geometry/europe.json';
import { MarkerLayer, markerRadius } from './marker-layer.ts';
import type { MemberMapKey } from '../member-map.strings.ts';
import type { MapProjection } from './projection.ts';
import { visibleMapArea, type Frame, type Transform } from './transform.ts';

/** The markers on screen, for click and keyboard handling. */
export class MapMarkers {
  #layer?: MarkerLayer;
  #layerKey = '';
  #clusterLabels = new Map<number, string>();

  constructor(private readonly projection: MapProjection) {}

  /**
   * Draws the markers of `index` that fall in the view, plus the biggest marker's radius so
   * that markers cut by the edge are drawn too (pans redraw every frame, so no more is needed).
   * `layerKey` changes when labels would change (data, language).
   */
  draw(group: SVGGElement, index: MemberIndex, view: { transform: Transform; frame: Frame }, strings: Strings<MemberMapKey>, flagged: ReadonlyMap<string, unknown>, layerKey: string): void {
    if (this.#layer?.group !== group || layerKey !== this.#layerKey) {
      group.replaceChildren();
      this.#layer = new MarkerLayer(group);
      this.#layerKey = layerKey;
      this.#clusterLabels = new Map();
    }
    const { transform, frame } = view;
    const [x0, y0, x1, y1] = visibleMapArea(transform, frame);
    const margin = markerRadius(Infinity) / transform.scale;
    const markers = markersIn(index, this.projection, [x0 - margin, y0 - margin, x1 + margin, y1 + margin], clusterZoom(transform.scale, europe.projection.scale));
    // Tab order follows reading order: bands from the top, left to right within a band.
    const band = (y1 - y0) / 6 || 1;
    const order = (m: MapMarker) => Math.floor(m.y / band) * 1e6 + m.x;
    markers.sort((a, b) => order(a) - order(b));
    const labels = this.#clusterLabels;
    this.#layer.draw(markers, {
      label: (m) => {
        if (m.member) return `${plainText(m.member.name)}, ${plainText(m.member.city)}`;
        let label = labels.get(m.count);
        if (!label) labels.set(m.count, (label = strings.plural('organisations', m.count)));
        return label;
      },
      countText: (count) => (count < 1000 ? String(count) : `${Math.round(count / 100) / 10}k`),
      flagged: (m) => m.member !== undefined && flagged.has(m.member.id),
    });
  }

  /** The marker an event happened on, if any. */
  markerAt(target: EventTarget | null): MapMarker | undefined {
    return this.#layer?.markerAt(target);
  }
}
