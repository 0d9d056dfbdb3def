/**
 * The markers, drawn straight into one SVG group with a keyed DOM diff instead of a Lit
 * re-render of the whole element. A marker's node is placed once, at its map position (a
 * cluster's or member's position never changes for its key), and keeps its screen size through
 * the `--_unscale` custom property the pan-zoom controller sets on the viewport: a zoom step
 * writes nothing to the markers that stay, and builds the new ones off the document.
 */
import type { MapMarker } from './clusters.ts';

const SVG = 'http://www.w3.org/2000/svg';

/** What the layer needs besides the markers. */
export interface MarkerStyle {
  label: (marker: MapMarker) => string;
  countText: (count: number) => string;
  flagged: (marker: MapMarker) => boolean;
}

/** Marker radius in screen pixels: bigger for bigger clusters, but never huge. */
export function markerRadius(count: number): number {
  return count === 1 ? 7 : Math.min(10 + 3 * Math.log2(count), 26);
}

/**
 * A marker node to clone, with class, role and tab stop set once, not per marker (cloning
 * measured faster than creating and setting up SVG nodes): a focusable group holding the dot
 * and, for a cluster, its count.
 */
function prototype(cluster: boolean): SVGGElement {
  const node = document.createElementNS(SVG, 'g');
  node.setAttribute('class', cluster ? 'marker cluster' : 'marker member');
  node.setAttribute('role', 'button');
  node.setAttribute('tabindex', '0');
  const circle = document.createElementNS(SVG, 'circle');
  circle.setAttribute('class', 'dot');
  circle.setAttribute('r', String(markerRadius(1)));
  node.append(circle);
  if (cluster) {
    const text = document.createElementNS(SVG, 'text');
    text.setAttribute('dy', '0.35em');
    text.setAttribute('aria-hidden', 'true');
    node.append(text);
  }
  return node;
}

/** Owns the content of the `<g class="markers">` Lit rendered empty. */
export class MarkerLayer {
  #nodes = new Map<string, SVGGElement>();
  readonly #markers = new WeakMap<Element, MapMarker>();
  readonly #prototypes = [prototype(false), prototype(true)] as const;
  #layer: SVGGElement;

  constructor(readonly group: SVGGElement) {
    this.#layer = document.createElementNS(SVG, 'g');
    group.replaceChildren(this.#layer);
  }

  /** Shows exactly `markers`, in this order (the Tab order), reusing nodes by key. */
  draw(markers: readonly MapMarker[], style: MarkerStyle): void {
    const previous = this.#nodes;
    const next = new Map<string, SVGGElement>();
    const nodes: SVGGElement[] = [];
    let kept = 0;
    for (const marker of markers) {
      let node = previous.get(marker.key);
      if (node) kept++;
      else node = this.#create(marker, style);
      this.#markers.set(node, marker);
      next.set(marker.key, node);
      nodes.push(node);
    }
    this.#nodes = next;
    if (kept < nodes.length / 2) {
      // Mostly new markers (a zoom step re-clusters): assemble them off the document and swap
      // the layer in one operation, as a bare page would.
      const layer = document.createElementNS(SVG, 'g');
      layer.append(...nodes);
      this.group.replaceChildren(layer);
      this.#layer = layer;
      return;
    }
    // Mostly the same markers (a pan, a zoom among single members): leave them in place, so
    // a focused marker keeps focus, and only remove, insert and reorder what changed.
    for (const [key, node] of previous) if (!next.has(key)) node.remove();
    let cursor = this.#layer.firstChild;
    for (const node of nodes) {
      if (node === cursor) cursor = node.nextSibling;
      else this.#layer.insertBefore(node, cursor);
    }
  }

  /** The marker an event target belongs to, if it is one of this layer's. */
  markerAt(target: EventTarget | null): MapMarker | undefined {
    const node = target instanceof Element ? target.closest('.marker') : null;
    return node ? this.#markers.get(node) : undefined;
  }

  #create(marker: MapMarker, style: MarkerStyle): SVGGElement {
    const cluster = marker.count > 1;
    const node = this.#prototypes[cluster ? 1 : 0].cloneNode(true) as SVGGElement;
    node.setAttribute('transform', `translate(${marker.x} ${marker.y})`);
    node.setAttribute('aria-label', style.label(marker));
    if (style.flagged(marker)) node.classList.add('flagged');
    if (cluster) {
      node.firstElementChild!.setAttribute('r', String(markerRadius(marker.count)));
      node.lastElementChild!.textContent = style.countText(marker.count);
    }
    return node;
  }
}
