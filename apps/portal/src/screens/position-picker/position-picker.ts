/**
 * `<thb-portal-position-picker>`: a small map of Europe (the member map's own land and
 * projection, from `@thb/widgets/europe-map`) inside a form with `lat` and `lon` fields. A click
 * or tap puts the pin there and fills both fields; with the focus on the map the arrow keys move
 * the pin by 0.1° (1° with Shift). It follows what is typed in the fields, and it writes them with
 * `input` and `change` events, so a form that previews or validates on those sees a pick as typing.
 */
import { css, html, nothing, svg } from 'lit';
import { europeMap } from '@thb/widgets/europe-map';
import { PortalElement } from '../../internal/portal-element.ts';
import { pickerCatalogue, type PickerKey } from './position-picker.strings.ts';

const STEP = 0.1;
const BIG_STEP = 1;
const KEYS: Record<string, [number, number]> = { ArrowUp: [1, 0], ArrowDown: [-1, 0], ArrowRight: [0, 1], ArrowLeft: [0, -1] };

/** A number typed in a field, decimal comma accepted; undefined when blank or not a number. */
function typed(field: HTMLInputElement | null): number | undefined {
  const text = field?.value.trim().replace(',', '.') ?? '';
  const value = text === '' ? Number.NaN : Number(text);
  return Number.isFinite(value) ? value : undefined;
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;

export class ThbPortalPositionPicker extends PortalElement<PickerKey> {
  static override properties = { lat: { state: true }, lon: { state: true } };
  static override styles = [...PortalElement.styles, css`
    :host { display: block; max-width: 22rem; }
    svg { display: block; width: 100%; height: auto; background: var(--thb-map-water, #dbe9f4); border: 1px solid var(--thb-color-border, #888); border-radius: 4px; cursor: crosshair; touch-action: manipulation; }
    svg:focus-visible { outline: 3px solid var(--thb-color-focus, #1a5fb4); outline-offset: 2px; }
    .land { fill: var(--thb-map-land, #f4f1ea); stroke: var(--thb-map-border, #9a9a9a); stroke-width: 1; }
    .pin { fill: var(--thb-marker, #b3261e); stroke: #fff; stroke-width: 3; }
    p { margin: 0.25rem 0; }
  `];

  declare lat: number | undefined;
  declare lon: number | undefined;
  #form: HTMLFormElement | null = null;
  readonly #follow = (event: Event) => {
    const name = (event.target as HTMLInputElement | null)?.name;
    if (name === 'lat' || name === 'lon') this.#read();
  };

  constructor() {
    super(pickerCatalogue);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#form = this.closest('form');
    this.#form?.addEventListener('input', this.#follow);
    this.#form?.addEventListener('change', this.#follow);
    queueMicrotask(() => this.#read());
  }

  override disconnectedCallback(): void {
    this.#form?.removeEventListener('input', this.#follow);
    this.#form?.removeEventListener('change', this.#follow);
    super.disconnectedCallback();
  }

  #field(name: 'lat' | 'lon'): HTMLInputElement | null {
    return this.#form?.querySelector<HTMLInputElement>(`input[name="${name}"]`) ?? null;
  }

  #read(): void {
    this.lat = typed(this.#field('lat'));
    this.lon = typed(this.#field('lon'));
  }

  #pick(lat: number, lon: number): void {
    const values = { lat: round(Math.max(-90, Math.min(90, lat))), lon: round(((lon + 540) % 360) - 180) };
    for (const name of ['lat', 'lon'] as const) {
      const field = this.#field(name);
      if (!field) continue;
      field.value = String(values[name]);
      field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    }
    this.lat = values.lat;
    this.lon = values.lon;
  }

  #onClick(event: MouseEvent): void {
    const surface = event.currentTarget as SVGSVGElement;
    const matrix = surface.getScreenCTM();
    if (!matrix) return;
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    const [lon, lat] = europeMap.projection.invert(point.x, point.y);
    this.#pick(lat, lon);
  }

  #onKey(event: KeyboardEvent): void {
    const direction = KEYS[event.key];
    if (!direction) return;
    event.preventDefault();
    const step = event.shiftKey ? BIG_STEP : STEP;
    // Without a position yet, the first key starts from the map's centre.
    const [centreLon, centreLat] = europeMap.projection.invert(europeMap.width / 2, europeMap.height / 2);
    this.#pick((this.lat ?? centreLat) + direction[0] * step, (this.lon ?? centreLon) + direction[1] * step);
  }

  override render() {
    const { t } = this.strings;
    const placed = this.lat !== undefined && this.lon !== undefined;
    const [x, y] = placed ? europeMap.projection.project(this.lon!, this.lat!) : [0, 0];
    return html`
      <svg viewBox="0 0 ${europeMap.width} ${europeMap.height}" tabindex="0" role="application" aria-roledescription="map"
        aria-label=${t('picker.label')} aria-describedby="picker-help picker-at"
        @click=${(event: MouseEvent) => this.#onClick(event)} @keydown=${(event: KeyboardEvent) => this.#onKey(event)}>
        <path class="land" d=${europeMap.land}></path>
        ${placed ? svg`<circle class="pin" cx=${x} cy=${y} r="14"></circle>` : nothing}
      </svg>
      <p id="picker-help" class="muted hint">${t('picker.help')}</p>
      <p id="picker-at" role="status">${placed ? t('picker.at', { lat: String(this.lat), lon: String(this.lon) }) : t('picker.none')}</p>`;
  }
}

if (!customElements.get('thb-portal-position-picker')) customElements.define('thb-portal-position-picker', ThbPortalPositionPicker);
