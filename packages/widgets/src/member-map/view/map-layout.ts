/** The member map's layout: toolbar, live region, the map with its controls and details, the list. */
import { html, type nothing, type TemplateResult } from 'lit';
import type { Strings } from '../../internal/strings.ts';
import { mapSvg, type MapPin } from './map-svg.ts';
import { mapToolbar, type ToolbarContext } from './map-toolbar.ts';
import type { MemberMapKey } from '../member-map.strings.ts';

/** What the layout shows; the pieces that change often come ready-made. */
export interface MapLayoutContext {
  strings: Strings<MemberMapKey>;
  toolbar: Omit<ToolbarContext, 'strings'>;
  announcement: string;
  pins: { selected?: MapPin; origin?: MapPin };
  detail: TemplateResult | typeof nothing;
  list: TemplateResult;
  onMarker: (event: Event) => void;
  zoom: (factor: number) => void;
  reset: () => void;
  skipToList: () => void;
}

/** The whole content of `<thb-member-map>` once its implementation is loaded. */
export function mapLayout(context: MapLayoutContext): TemplateResult {
  const { strings, zoom } = context;
  const { t } = strings;
  return html`<div class="map-widget" lang=${strings.lang}>
    ${mapToolbar({ strings, ...context.toolbar })}
    <p class="sr-only" role="status">${context.announcement}</p>
    <div class="layout">
      <div class="map" part="map">
        <button type="button" class="skip" @click=${context.skipToList}>${t('skipToList')}</button>
        ${mapSvg({ mapLabel: t('mapLabel'), ...context.pins }, context.onMarker)}
        <p id="map-help" class="sr-only">${t('mapHelp')}</p>
        <div class="controls" part="controls">
          <button type="button" part="button" aria-label=${t('zoomIn')} title=${t('zoomIn')} @click=${() => zoom(2)}>+</button>
          <button type="button" part="button" aria-label=${t('zoomOut')} title=${t('zoomOut')} @click=${() => zoom(0.5)}>−</button>
          <button type="button" part="button" aria-label=${t('reset')} title=${t('reset')} @click=${context.reset}>⤢</button>
        </div>
        ${context.detail}
      </div>
      ${context.list}
    </div>
  </div>`;
}
