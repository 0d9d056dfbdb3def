/**
 * The member map's implementation, loaded on demand (with the geometry and the clustering
 * code) when a `<thb-member-map>` connects: pages without a map never download it. It renders
 * the toolbar, map, list and details, and keeps the interactive state: pan and zoom,
 * selection, list page, "near me".
 */
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { MemberPoints } from '@thb/client';
import { emptyState } from '../../internal/states.ts';
import { loadLanguage, stringsFor } from '../../internal/strings.ts';
import { clusterMembers, clusterZoom, expansionZoom, type MapMarker } from './clusters.ts';
import europe from './geometry/europe.json';
import type { MapCallbacks, MapHost } from './map-host.ts';
import { MapMarkers } from './map-markers.ts';
import { mapLayout } from './map-layout.ts';
import { MAP_SIZE, type MapPin } from './map-svg.ts';
import { MemberData } from './member-data.ts';
import { memberDetail } from './member-detail.ts';
import type { MemberFilters } from './member-filters.ts';
import { memberList } from './member-list.ts';
import { memberMapStrings } from '../member-map.strings.ts';
import { NearMe } from './near-me.ts';
import { MemberSelection, type FocusTarget } from './member-selection.ts';
import { PanZoomController } from './pan-zoom.ts';
import { createProjection } from './projection.ts';
import { MAX_ZOOM, fitTransform } from './transform.ts';

export { memberMapStyles } from '../member-map.styles.ts';

const projection = createProjection(europe.projection);
const FILTERS = ['country', 'focusArea', 'scope', 'q'] as const;
/** Zoom (relative to all of Europe) used to show one member or the visitor's surroundings. */
const CLOSE_ZOOM = 8;

/**
 * Loads the view's strings in `locale`, so that the first render is in the page's language.
 * @example await loadViewStrings('pl');
 */
export function loadViewStrings(locale: string): Promise<void> | undefined {
  return loadLanguage(memberMapStrings, locale);
}

/** The map, list and detail of one `<thb-member-map>`. */
export class MemberMapView implements ReactiveController {
  readonly #host: MapHost;
  readonly #callbacks: MapCallbacks;
  readonly #panZoom: PanZoomController;
  readonly #data = new MemberData();
  readonly #markers = new MapMarkers(projection);
  #flagged = new Map<string, 'new' | 'changed'>();
  #announcement = '';
  #page = 1;
  #place?: number[];
  readonly #selection: MemberSelection;
  readonly #nearMe = new NearMe((located) => this.#located(located));
  #typing?: ReturnType<typeof setTimeout>;
  /** Set when the filters changed: the map then fits the matching members. */
  #fit = true;
  #focusAfterUpdate?: string;
  #group?: SVGGElement;
  /** False until the first markers are drawn: the list and the country names follow a frame later. */
  #complete = false;

  constructor(host: MapHost, callbacks: MapCallbacks) {
    this.#host = host;
    this.#callbacks = callbacks;
    // Pan and zoom redraw only the markers and pins, not the element.
    this.#panZoom = new PanZoomController(host, MAP_SIZE.width, MAP_SIZE.height, () => this.#redraw());
    this.#selection = new MemberSelection(host, {
      exists: (id) => this.#data.byId.has(id),
      opened: (id) => this.#show(id),
      selected: (id) => callbacks.selected(id),
    });
    host.addController(this);
  }

  get #strings() {
    // After a change of the page's language: English until that language's module is in.
    void loadLanguage(memberMapStrings, this.#host.locale)?.then(() => this.#host.requestUpdate());
    return stringsFor(memberMapStrings, this.#host.locale);
  }

  hostConnected(): void {
    addEventListener('hashchange', this.#selection.followHash);
  }

  hostDisconnected(): void {
    removeEventListener('hashchange', this.#selection.followHash);
    clearTimeout(this.#typing);
  }

  hostUpdated(): void {
    this.#redraw();
    if (this.#focusAfterUpdate) this.#host.renderRoot.querySelector<HTMLElement>(this.#focusAfterUpdate)?.focus();
    this.#focusAfterUpdate = undefined;
  }

  /** Everything inside the element for the current members. */
  render(points: MemberPoints): TemplateResult {
    this.#sync(points);
    const strings = this.#strings;
    const selected = this.#selection.id === undefined ? undefined : this.#data.byId.get(this.#selection.id);
    return mapLayout({
      strings,
      toolbar: {
        filters: this.#filters(), countries: this.#complete ? this.#data.countries : new Map(), nearMe: this.#nearMe.state,
        change: (patch) => this.#change(patch),
        search: (q) => {
          clearTimeout(this.#typing);
          this.#typing = setTimeout(() => this.#change({ q }), 200);
        },
        locate: () => void this.#nearMe.toggle(),
      },
      announcement: this.#announcement,
      pins: this.#pins(),
      detail: selected === undefined ? nothing : memberDetail(points.members[selected]!, strings, this.#host.headingLevel, () => this.#selection.close()),
      list: this.#list(points),
      onMarker: this.#onMarker,
      zoom: (factor) => this.#panZoom.zoomBy(factor),
      reset: () => this.#panZoom.reset(),
      skipToList: () => this.#focus('#list-title'),
    });
  }

  #list(points: MemberPoints): TemplateResult {
    const { t } = this.#strings;
    if (!this.#complete) return html`<div class="list" part="list" aria-busy="true"></div>`;
    if (this.#data.order.length === 0) {
      const filtered = FILTERS.some((name) => this.#filters()[name]);
      const clear = () => this.#change({ country: undefined, focusArea: undefined, scope: undefined, q: undefined });
      return emptyState(t('noMatch'), filtered ? html`<button type="button" part="button" @click=${clear}>${t('clearFilters')}</button>` : undefined);
    }
    return memberList({
      points, order: this.#data.order, page: this.#page, strings: this.#strings, headingLevel: this.#host.headingLevel,
      flagged: this.#flagged, origin: this.#nearMe.origin, place: this.#place?.length,
      select: (id, trigger) => this.select(id, trigger),
      goTo: (page) => {
        this.#page = page;
        this.#focus('#list-title');
      },
      showAll: () => {
        this.#place = undefined;
        this.#page = 1;
        this.#host.requestUpdate();
      },
    });
  }

  #filters(): MemberFilters {
    return this.#callbacks.filters();
  }

  /** Brings derived data up to date; flags and announces what a poll brought. */
  #sync(points: MemberPoints): void {
    const first = !this.#data.points;
    const filterKey = this.#data.filterKey;
    const changes = this.#data.update(points, this.#filters(), this.#nearMe.origin, this.#place);
    if (changes) {
      for (const id of changes.added) this.#flagged.set(id, 'new');
      for (const id of changes.changed) this.#flagged.set(id, 'changed');
      const count = changes.added.length + changes.changed.length;
      if (count) this.#announcement = this.#strings.plural('live', count);
      if (count || changes.removed.length) this.#callbacks.membersChanged(changes);
    }
    if (first) this.#selection.followHash();
    if (this.#data.filterKey !== filterKey && this.#fit && FILTERS.some((name) => this.#filters()[name])) this.#fitTo(this.#data.filtered);
    this.#fit = false;
  }

  #change(patch: MemberFilters): void {
    this.#page = 1;
    this.#place = undefined;
    this.#fit = true;
    this.#callbacks.filtersChanged({ ...this.#filters(), ...patch });
  }

  #fitTo(indices: readonly number[]): void {
    if (indices.length) this.#panZoom.fit(this.#data.extent(indices, projection.project), fitTransform(this.#panZoom.frame).scale * 16);
  }

  #pins(): { selected?: MapPin; origin?: MapPin } {
    const selected = this.#selection.id === undefined ? undefined : this.#data.byId.get(this.#selection.id);
    const pins: { selected?: MapPin; origin?: MapPin } = {};
    if (selected !== undefined) {
      const [x, y] = projection.project(...this.#data.lonLat(selected));
      pins.selected = { x, y };
    }
    if (this.#nearMe.origin) {
      const [x, y] = projection.project(...this.#nearMe.origin);
      pins.origin = { x, y, label: this.#strings.t('youAreHere') };
    }
    return pins;
  }

  /** Re-clusters for the current view (pins keep their screen size through CSS, like the markers). */
  #redraw(): void {
    if (!this.#group?.isConnected) this.#group = this.#host.renderRoot.querySelector<SVGGElement>('g.markers') ?? undefined;
    const group = this.#group;
    if (!group || !this.#data.index) return;
    const strings = this.#strings;
    const layerKey = `${this.#data.filterKey}|${strings.lang}|${this.#flagged.size}|${this.#data.generation}`;
    this.#markers.draw(group, this.#data.index, this.#panZoom, strings, this.#flagged, layerKey);
    if (!this.#complete) {
      performance.mark('thb-member-map:rendered');
      // The map first, the rest in the next frame: 10,000 members show up sooner on slow phones.
      requestAnimationFrame(() => {
        this.#complete = true;
        this.#host.requestUpdate();
      });
    }
  }

  readonly #onMarker = (event: Event) => {
    if (event instanceof KeyboardEvent && event.key !== 'Enter' && event.key !== ' ') return;
    const marker = this.#markers.markerAt(event.target);
    if (!marker) return;
    event.preventDefault();
    event.stopPropagation();
    if (marker.member) this.select(marker.member.id, (event.target as Element).closest<SVGGraphicsElement>('.marker')!);
    else this.#openCluster(marker);
  };

  /** Zooms into a cluster, or lists its members when they share one place and cannot split. */
  #openCluster(marker: MapMarker): void {
    const index = this.#data.index!;
    const current = clusterZoom(this.#panZoom.transform.scale, europe.projection.scale);
    const deepest = clusterZoom(fitTransform(this.#panZoom.frame).scale * MAX_ZOOM, europe.projection.scale);
    const target = expansionZoom(index, marker.clusterId!);
    if (target > deepest) {
      const ids = new Set(clusterMembers(index, marker.clusterId!).map((member) => member.id));
      this.#place = this.#data.filtered.filter((i) => ids.has(this.#data.points!.members[i]!.id));
      this.#page = 1;
      this.#focus('#list-title');
      return;
    }
    this.#panZoom.centreOn(marker.x, marker.y, this.#panZoom.transform.scale * 2 ** Math.max(1, target - current));
    this.#focus('svg.surface');
  }

  /** Selects a member (for the list and the markers). */
  select(id: string, trigger?: FocusTarget): void {
    this.#selection.select(id, trigger);
  }

  /** Centres a newly selected member in the part of the map the details leave visible (they cover 24em on the right). */
  #show(id: string): void {
    const [x, y] = projection.project(...this.#data.lonLat(this.#data.byId.get(id)!));
    const { width } = this.#panZoom.frame;
    const panel = Math.min(24 * 16, width);
    const scale = Math.max(this.#panZoom.transform.scale, fitTransform(this.#panZoom.frame).scale * CLOSE_ZOOM);
    this.#panZoom.centreOn(x, y, scale, width - panel > 160 ? panel / 2 : 0);
    this.#focus('#detail-title');
  }

  /** After "near me" found the visitor: list by distance from page 1, map around them. */
  #located(located: boolean): void {
    if (located && this.#nearMe.origin) {
      this.#page = 1;
      const [x, y] = projection.project(...this.#nearMe.origin);
      this.#panZoom.centreOn(x, y, fitTransform(this.#panZoom.frame).scale * CLOSE_ZOOM);
    }
    this.#host.requestUpdate();
  }

  #focus(selector: string): void {
    this.#focusAfterUpdate = selector;
    this.#host.requestUpdate();
  }
}
