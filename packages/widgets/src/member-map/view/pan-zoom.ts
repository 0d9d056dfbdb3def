/**
 * Pan and zoom by mouse (drag, double-click, wheel while the map has focus or with Ctrl),
 * touch (drag, pinch) and keyboard (arrows, + and -, 0). Moving only rewrites one `transform`
 * attribute, outside Lit; the markers are redrawn at once for a step and once per frame during
 * a gesture.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { centreOn, fitTransform, panBy, zoomAt, type Frame, type Transform } from './transform.ts';

/** How the host hears about moves: at most once per animation frame while a gesture runs. */
export type PanZoomListener = () => void;

const KEY_PAN = 80;
const DRAG_THRESHOLD = 4;

/** Keeps the transform of a map `<svg>` and its viewport `<g>`. */
export class PanZoomController implements ReactiveController {
  frame: Frame;
  transform: Transform;
  #surface?: SVGSVGElement;
  #viewport?: SVGGElement;
  #pointers = new Map<number, { x: number; y: number }>();
  #dragged = false;
  #frame = 0;
  #unscale = '';
  #resize = new ResizeObserver(([entry]) => entry && this.#resized(entry.contentRect.width, entry.contentRect.height));

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: ParentNode },
    mapWidth: number,
    mapHeight: number,
    private readonly listener: PanZoomListener,
  ) {
    this.frame = { width: mapWidth, height: mapHeight, mapWidth, mapHeight };
    this.transform = fitTransform(this.frame);
    host.addController(this);
  }

  hostUpdated(): void {
    const surface = this.host.renderRoot.querySelector<SVGSVGElement>('svg.surface');
    if (!surface || surface === this.#surface) return;
    this.#surface = surface;
    this.#viewport = surface.querySelector<SVGGElement>('g.viewport')!;
    this.#unscale = '';
    for (const [type, handler] of Object.entries(this.#handlers)) surface.addEventListener(type, handler as EventListener, { passive: type !== 'wheel' });
    surface.addEventListener('click', this.#swallowClickAfterDrag, { capture: true });
    this.#resize.disconnect();
    this.#resize.observe(surface);
    this.#apply();
  }

  hostDisconnected(): void {
    this.#resize.disconnect();
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#surface = undefined;
  }

  /** Zooms by a factor around a screen point (default: the centre). */
  zoomBy(factor: number, cx = this.frame.width / 2, cy = this.frame.height / 2, continuous = false): void {
    this.#set(zoomAt(this.transform, factor, cx, cy, this.frame), continuous);
  }

  /** Shows all of Europe. */
  reset(): void {
    this.#set(fitTransform(this.frame));
  }

  /** Centres a map point, optionally at a new scale and `shift` screen pixels left of the centre. */
  centreOn(mx: number, my: number, scale?: number, shift = 0): void {
    const centred = centreOn(this.transform, mx, my, this.frame, scale);
    this.#set(shift ? panBy(centred, -shift, 0, this.frame) : centred);
  }

  /** Fits a map-unit rectangle into the frame with some room around it, at most `maxScale`. */
  fit([x0, y0, x1, y1]: readonly number[], maxScale: number): void {
    const scale = Math.min(this.frame.width / ((x1! - x0!) * 1.2 || 1), this.frame.height / ((y1! - y0!) * 1.2 || 1), maxScale);
    this.#set(centreOn(this.transform, (x0! + x1!) / 2, (y0! + y1!) / 2, this.frame, scale));
  }

  /**
   * Moves the map. Discrete steps (buttons, keys) redraw at once; continuous gestures (drag,
   * pinch, wheel) move the transform at once and redraw the markers once per frame.
   */
  #set(transform: Transform, continuous = false): void {
    this.transform = transform;
    this.#apply();
    if (!continuous) {
      if (this.#frame) cancelAnimationFrame(this.#frame);
      this.#frame = 0;
      this.listener();
    } else if (!this.#frame) {
      this.#frame = requestAnimationFrame(() => {
        this.#frame = 0;
        this.listener();
      });
    }
  }

  #apply(): void {
    const { scale, x, y } = this.transform;
    // The viewBox changes only with the element's size; setting it anew would relayout the SVG.
    const viewBox = `0 0 ${this.frame.width} ${this.frame.height}`;
    if (this.#surface && this.#surface.getAttribute('viewBox') !== viewBox) this.#surface.setAttribute('viewBox', viewBox);
    if (!this.#viewport) return;
    this.#viewport.setAttribute('transform', `translate(${x} ${y}) scale(${scale})`);
    // Markers and pins undo the zoom through this one property instead of one write per marker.
    const unscale = String(1 / scale);
    if (unscale !== this.#unscale) this.#viewport.style.setProperty('--_unscale', (this.#unscale = unscale));
  }

  #resized(width: number, height: number): void {
    if (width < 1 || height < 1 || (width === this.frame.width && height === this.frame.height)) return;
    const old = this.frame;
    const centre = [(old.width / 2 - this.transform.x) / this.transform.scale, (old.height / 2 - this.transform.y) / this.transform.scale];
    const zoom = this.transform.scale / fitTransform(old).scale;
    this.frame = { ...old, width, height };
    this.#set(centreOn(this.transform, centre[0]!, centre[1]!, this.frame, fitTransform(this.frame).scale * zoom));
  }

  #point(event: MouseEvent): [number, number] {
    const box = this.#surface!.getBoundingClientRect();
    return [event.clientX - box.left, event.clientY - box.top];
  }

  readonly #swallowClickAfterDrag = (event: Event) => {
    if (this.#dragged) event.stopPropagation();
    this.#dragged = false;
  };

  readonly #handlers = {
    pointerdown: (event: PointerEvent) => {
      if (event.button !== 0) return;
      this.#pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
      this.#dragged = false;
    },
    pointermove: (event: PointerEvent) => {
      const last = this.#pointers.get(event.pointerId);
      if (!last) return;
      if (this.#pointers.size === 2) return this.#pinch(event);
      const [dx, dy] = [event.clientX - last.x, event.clientY - last.y];
      if (!this.#dragged && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
      if (!this.#dragged) this.#surface!.setPointerCapture(event.pointerId);
      this.#dragged = true;
      this.#pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
      this.#set(panBy(this.transform, dx, dy, this.frame), true);
    },
    pointerup: (event: PointerEvent) => this.#pointers.delete(event.pointerId),
    pointercancel: (event: PointerEvent) => this.#pointers.delete(event.pointerId),
    dblclick: (event: MouseEvent) => {
      const [x, y] = this.#point(event);
      this.zoomBy(event.shiftKey ? 0.5 : 2, x, y);
    },
    wheel: (event: WheelEvent) => {
      // Scrolling the page over an embedded map must keep scrolling the page: the wheel
      // zooms only once the visitor chose the map (it has focus) or holds Ctrl/⌘.
      if (!event.ctrlKey && !event.metaKey && !this.#surface!.matches(':focus-within')) return;
      event.preventDefault();
      const [x, y] = this.#point(event);
      this.zoomBy(2 ** (-event.deltaY / (event.deltaMode === 1 ? 10 : 300)), x, y, true);
    },
    keydown: (event: KeyboardEvent) => {
      const pans: Record<string, [number, number]> = {
        ArrowLeft: [KEY_PAN, 0], ArrowRight: [-KEY_PAN, 0], ArrowUp: [0, KEY_PAN], ArrowDown: [0, -KEY_PAN],
      };
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const pan = pans[event.key];
      if (pan) this.#set(panBy(this.transform, pan[0], pan[1], this.frame));
      else if (event.key === '+' || event.key === '=') this.zoomBy(2);
      else if (event.key === '-' || event.key === '_') this.zoomBy(0.5);
      else if (event.key === '0' || event.key === 'Home') this.reset();
      else return;
      event.preventDefault();
    },
  };

  #pinch(event: PointerEvent): void {
    const [a, b] = [...this.#pointers.entries()];
    const other = a![0] === event.pointerId ? b![1] : a![1];
    const before = this.#pointers.get(event.pointerId)!;
    const ratio = Math.hypot(event.clientX - other.x, event.clientY - other.y) / (Math.hypot(before.x - other.x, before.y - other.y) || 1);
    this.#pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    this.#dragged = true;
    const box = this.#surface!.getBoundingClientRect();
    this.zoomBy(ratio, (event.clientX + other.x) / 2 - box.left, (event.clientY + other.y) / 2 - box.top, true);
  }
}
