/**
 * `<thb-member-map>`: the platform's members on a map of Europe, with a list, filters and
 * details. This module is small on purpose: it declares the element and starts loading the
 * members at once, while the map implementation and Europe's geometry load in parallel
 * through a dynamic import.
 */
import { adoptStyles, html, type PropertyDeclarations, type TemplateResult } from 'lit';
import { memberPointsQuery, type MemberPoints } from '@thb/client';
import type { MemberView } from '@thb/schema';
import { commonStrings, type CommonKey } from '../internal/common.strings.ts';
import { lazyCatalogue } from '../internal/strings.ts';
import { errorState, loadingState } from '../internal/states.ts';
import { ThbElement } from '../internal/thb-element.ts';
import { ThbFilterChangeEvent, type MemberMapFilterDetail } from '../events/thb-filter-change.ts';
import { ThbSelectEvent } from '../events/thb-select.ts';
import { ThbUpdateEvent } from '../events/thb-update.ts';
import type { MapCallbacks } from './view/map-host.ts';
import type { MemberMapView } from './view/map-view.ts';

/** Seconds between polls for new or changed members, unless the `interval` attribute says otherwise. */
const DEFAULT_INTERVAL = 60;
/** The focus-area attribute's first name, still read so embeds written with it keep working. */
const FORMER_FOCUS_ATTRIBUTE = 'focus';

/** The shell shows only the shared strings (loading, error); the view brings the map's own. */
const shellStrings = lazyCatalogue(commonStrings);

/**
 * A live map of the platform's member organisations, drawn from Natural Earth geometry
 * without any tile server, with clustering, filters, a list view and member details.
 *
 * @summary Live map of member organisations in Europe, with filters, a list and details.
 * @attr country - Preset country filter (ISO 3166-1 alpha-2, e.g. `DE`).
 * @attr focus-area - Preset focus-area filter, e.g. `children-rights`, `victim-protection`, `labour-exploitation`, `migrant-rights`.
 * @attr focus - The former name of `focus-area`, still read (`focus-area` is the one to use).
 * @attr scope - Preset scope filter: `local`, `national`, `european` or `international`.
 * @attr q - Preset name search.
 * @attr interval - Seconds between checks for new or changed members (default 60; 0 turns live updates off). Unchanged data costs a 304.
 * @prop {MemberView | MemberView[] | undefined} preview - Members to show instead of the API's (property only): nothing is fetched or polled while it is set. For previews of unsaved edits, e.g. the portal's "Our entry".
 * @fires {ThbSelectEvent} thb-select - A member was selected or the details closed; `detail` is `{ id }` (`null` when closed).
 * @fires {ThbFilterChangeEvent<MemberMapFilterDetail>} thb-filter-change - The visitor changed a filter; `detail` is `{ country, focusArea, scope, q }`.
 * @fires {ThbUpdateEvent} thb-update - A poll brought new, changed or removed members; `detail` is `{ added, changed, removed }` (ids).
 * @csspart base - The element's frame.
 * @csspart toolbar - Search, filters and "near me".
 * @csspart map - The map area.
 * @csspart map-surface - The SVG map itself.
 * @csspart controls - Zoom buttons.
 * @csspart list - The list of organisations.
 * @csspart list-item - One organisation in the list.
 * @csspart detail - The details of the selected organisation.
 * @csspart badge - Focus-area and "new" badges.
 * @csspart link - Links in the details.
 * @csspart button - Buttons.
 * @csspart state - Loading, empty and error messages.
 * @csspart pager - The list's paging controls.
 * @cssproperty --thb-map-water - Sea colour.
 * @cssproperty --thb-map-land - Land colour.
 * @cssproperty --thb-map-border - Country borders.
 * @cssproperty --thb-marker - Marker colour (default: the accent colour).
 * @cssproperty --thb-marker-text - Cluster count colour.
 * @cssproperty --thb-map-height - Height of the map (default: 32em, less on phones).
 * @cssproperty --thb-color-highlight - Ring and badge of members that are new or updated since the page loaded.
 */
export class ThbMemberMap extends ThbElement<CommonKey> {
  static override properties: PropertyDeclarations = {
    country: {},
    focusArea: { attribute: 'focus-area' },
    scope: {},
    q: {},
    interval: { type: Number },
    preview: { attribute: false },
  };

  declare country: string | undefined;
  // Not `focus`: a property of that name would hide `HTMLElement.focus()`.
  declare focusArea: string | undefined;
  declare scope: string | undefined;
  declare q: string | undefined;
  declare interval: number;
  /** Members shown instead of the API's; nothing is fetched or polled while set. */
  declare preview: MemberView | readonly MemberView[] | undefined;

  #view?: MemberMapView;
  #loadFailed = false;
  #previewPoints?: { from: NonNullable<ThbMemberMap['preview']>; points: MemberPoints };
  readonly #members = this.query(() => ({
    ...memberPointsQuery(this.client, { lang: this.contentLanguage }),
    enabled: this.preview === undefined,
    refetchInterval: this.interval > 0 && this.preview === undefined ? this.interval * 1000 : false,
  }));

  /** Observes the former attribute name next to the declared ones. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, FORMER_FOCUS_ATTRIBUTE];
  }

  constructor() {
    super(shellStrings);
    this.interval = DEFAULT_INTERVAL;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name === FORMER_FOCUS_ATTRIBUTE ? 'focus-area' : name, old, value);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#loadView();
  }

  async #loadView(): Promise<void> {
    if (this.#view) return;
    try {
      const { MemberMapView, memberMapStyles, loadViewStrings } = await import('./view/map-view.ts');
      // The view's strings in the page's language come with the view, before its first render.
      await loadViewStrings(this.locale);
      if (this.#view) return;
      adoptStyles(this.renderRoot as ShadowRoot, [...ThbMemberMap.elementStyles, memberMapStyles]);
      this.#view = new MemberMapView(this, this.#callbacks);
      this.#loadFailed = false;
    } catch {
      this.#loadFailed = true;
    }
    this.requestUpdate();
  }

  /** The view's way back to the element: it reads the filters and reports, the element owns attributes and events. */
  readonly #callbacks: MapCallbacks = {
    filters: () => this.#filters(),
    filtersChanged: (next) => {
      ({ country: this.country, focusArea: this.focusArea, scope: this.scope, q: this.q } = next);
      this.dispatchEvent(new ThbFilterChangeEvent(this.#filters()));
    },
    selected: (id) => this.dispatchEvent(new ThbSelectEvent({ id })),
    membersChanged: (changes) => this.dispatchEvent(new ThbUpdateEvent(changes)),
  };

  #filters(): MemberMapFilterDetail {
    return { country: this.country, focusArea: this.focusArea, scope: this.scope, q: this.q };
  }

  /** The preview in the map's compact form, converted once per value set. */
  #preview(): MemberPoints | undefined {
    const preview = this.preview;
    if (preview === undefined) return undefined;
    if (this.#previewPoints?.from !== preview) {
      const list: readonly MemberView[] = Array.isArray(preview) ? preview : [preview as MemberView];
      const coordinates = Float64Array.from(list.flatMap((m) => [m.coordinates.lon, m.coordinates.lat]));
      this.#previewPoints = { from: preview, points: { members: list.map(({ coordinates: _, ...member }) => member), coordinates } };
    }
    return this.#previewPoints.points;
  }

  override render(): TemplateResult {
    const preview = this.#preview();
    const result = preview ? undefined : this.#members.result;
    const data = preview ?? result?.data;
    const retry = () => {
      this.#members.refetch();
      void this.#loadView();
    };
    return html`<div class="root" part="base">
      ${data && this.#view ? this.#view.render(data) : result?.isError || this.#loadFailed ? errorState(this.strings, retry) : loadingState(this.strings)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'thb-member-map': ThbMemberMap;
  }
}
