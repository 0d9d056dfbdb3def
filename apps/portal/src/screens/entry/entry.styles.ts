/** The entry screen's layout: form and preview side by side where there is room, one column on a phone. */
import { css } from 'lit';

export const entryStyles = css`
  .layout { display: grid; gap: 1.5em; grid-template-columns: repeat(auto-fit, minmax(min(100%, 24em), 1fr)); align-items: start; }
  h2 { font-size: 1.25em; margin: 0 0 0.5em; overflow-wrap: anywhere; }
  h3 { font-size: 1.05em; margin: 1em 0 0.5em; }
  form { max-width: none; min-width: 0; }
  fieldset { border: 1px solid var(--_line); border-radius: var(--_radius); display: grid; gap: 0.75em; min-width: 0; margin: 0; }
  legend { font-weight: 600; padding: 0 0.25em; }
  .field { display: grid; gap: 0.25em; min-width: 0; }
  .field :is(input, select, textarea) { width: 100%; min-width: 0; }
  .pair { display: grid; gap: 0.75em; grid-template-columns: repeat(auto-fit, minmax(min(100%, 10em), 1fr)); }
  fieldset.choices { border: 0; padding: 0; gap: 0.25em; }
  label.choice { display: flex; gap: 0.5em; align-items: center; }
  .hint { color: var(--_muted); font-size: 0.95em; margin: 0; }
  .review { font-style: italic; }
  .pending { border-inline-start: 4px solid var(--_accent); padding-inline-start: 0.5em; }
  .error { color: var(--_danger); }
  .save { display: grid; gap: 0.5em; justify-items: start; }
  /* Always rendered (never display: none), so screen readers announce what arrives in them. */
  .status, .alert { margin: 0; }
  .alert { color: var(--_danger); display: grid; gap: 0.5em; justify-items: start; }
  .alert p { margin: 0; }
  .preview { min-width: 0; }
  thb-member-map { --thb-map-height: 20em; display: block; }
  .card { border: 1px solid var(--_soft); border-radius: var(--_radius); padding: 0.75em; overflow-wrap: anywhere; }
  .card p { margin: 0 0 0.4em; }
  ol.history { padding-inline-start: 1.25em; display: grid; gap: 0.5em; }
`;
