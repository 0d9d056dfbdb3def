/**
 * Layout of `<thb-member-map>`: map and list side by side when the element is wide enough
 * (a container query, since the element may sit in a narrow column of a wide page), stacked
 * on phones. Loaded with the map implementation, not with the element.
 */
import { css } from 'lit';

/** Styles of the member map. */
export const memberMapStyles = css`
  :host {
    --_water: var(--thb-map-water, #dbe9f6);
    --_land: var(--thb-map-land, #f6f4ef);
    --_border: var(--thb-map-border, #9aa5b1);
    --_marker: var(--thb-marker, var(--_accent));
    --_marker-text: var(--thb-marker-text, var(--_on-accent));
    --_map-height: var(--thb-map-height, 32em);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) { --_water: var(--thb-map-water, #0f2236); --_land: var(--thb-map-land, #1f2630); --_border: var(--thb-map-border, #4b5563); }
  }
  :host([theme='dark']) { --_water: var(--thb-map-water, #0f2236); --_land: var(--thb-map-land, #1f2630); --_border: var(--thb-map-border, #4b5563); }
  .toolbar { display: grid; grid-template-columns: repeat(auto-fill, minmax(12em, 1fr)); gap: 0.75em; align-items: end; margin-bottom: 0.75em; }
  .toolbar input, .toolbar select { width: 100%; }
  .near { grid-column: 1 / -1; display: flex; flex-wrap: wrap; gap: 0.25em 1em; align-items: center; }
  .near .error { color: var(--_danger); font-size: 0.875em; }
  /* Container widths in px: em here would follow the host page's font size. */
  .layout { display: grid; gap: 1em; }
  @container (min-width: 800px) {
    .layout { grid-template-columns: minmax(0, 3fr) minmax(16em, 2fr); }
    .list { max-height: var(--_map-height); overflow: auto; }
  }
  .map { position: relative; height: min(var(--_map-height), 110cqw); border-radius: var(--_radius); overflow: hidden; }
  .surface { display: block; width: 100%; height: 100%; background: var(--_water); touch-action: none; cursor: grab; user-select: none; }
  .surface:active { cursor: grabbing; }
  .surface:focus-visible { outline: 3px solid var(--_focus); outline-offset: -3px; }
  .land path { fill: var(--_land); stroke: var(--_border); stroke-width: 0.75px; vector-effect: non-scaling-stroke; stroke-linejoin: round; }
  .marker { cursor: pointer; }
  /* Markers and pins sit at map positions; this undoes the viewport's zoom (set by pan-zoom.ts). */
  .marker > *, .pin > circle { transform: scale(var(--_unscale, 1)); }
  .dot { fill: var(--_marker); stroke: var(--_bg); stroke-width: 1.5px; }
  .member .dot { fill-opacity: 0.9; }
  .flagged .dot { stroke: var(--thb-color-highlight, #e8a600); stroke-width: 3px; }
  .marker:focus { outline: none; }
  .marker:focus-visible .dot { stroke: var(--_focus); stroke-width: 4px; }
  .marker text { fill: var(--_marker-text); font-size: 11px; font-weight: 700; text-anchor: middle; pointer-events: none; }
  .selected circle { fill: none; stroke: var(--_fg); stroke-width: 3px; }
  .origin circle { fill: var(--_danger); stroke: var(--_bg); stroke-width: 2px; }
  .controls { position: absolute; top: 0.5em; left: 0.5em; display: grid; gap: 0.25em; }
  .controls button { width: 2.75em; padding: 0; font-size: 1.1em; line-height: 1; background: var(--_bg); }
  .skip { position: absolute; z-index: 2; left: 4em; top: 0.5em; background: var(--_bg); }
  .skip:not(:focus) { clip-path: inset(50%); width: 1px; height: 1px; min-height: 0; padding: 0; overflow: hidden; }
  .detail {
    position: absolute; z-index: 1; top: 0.5em; bottom: 0.5em; right: 0.5em; width: min(24em, calc(100% - 1em));
    overflow: auto; padding: 1em; display: grid; align-content: start; gap: 0.6em;
    background: var(--_bg); border: 1px solid var(--_soft); border-radius: var(--_radius); box-shadow: 0 0.25em 1em rgb(0 0 0 / 0.2);
  }
  .detail-title { font-weight: 700; font-size: 1.15em; padding-right: 5em; }
  .detail-title:focus { outline: none; }
  .close { position: absolute; top: 0.5em; right: 0.5em; }
  .badges { display: flex; flex-wrap: wrap; gap: 0.3em; }
  .contact { display: grid; gap: 0.25em; }
  .description { white-space: pre-line; }
  .list-head { display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between; gap: 0.5em; }
  .list-head [role='heading'] { font-weight: 700; font-size: 1.05em; }
  .list-head [role='heading']:focus { outline: none; }
  .place { display: flex; flex-wrap: wrap; gap: 0.5em; align-items: center; margin-top: 0.5em; }
  .row { display: grid; gap: 0.1em; padding: 0.6em 0; border-bottom: 1px solid var(--_soft); }
  .row .name { all: unset; cursor: pointer; font-weight: 600; color: var(--_accent); text-decoration: underline; text-underline-offset: 0.15em; justify-self: start; }
  .row .name:focus-visible { outline: 2px solid var(--_focus); outline-offset: 2px; }
  .flag { justify-self: start; border-color: var(--thb-color-highlight, #e8a600); }
`;
