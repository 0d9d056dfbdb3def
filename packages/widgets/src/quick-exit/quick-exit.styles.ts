/**
 * Layout of `<thb-quick-exit>`: a red button fixed in the top corner of the viewport (inline
 * where it is placed, with `inline`). The host takes no box of its own (`display: contents`),
 * so a page's layout rules for the children of `<body>` cannot place or size it.
 */
import { css } from 'lit';

/** Styles of the quick exit. */
export const quickExitStyles = css`
  :host(:not([inline])) { display: contents; }
  :host([inline]) { display: inline-block; container-type: normal; }
  :host([hidden]) { display: none; }
  .root { position: relative; display: inline-block; padding: 0; background: none; }
  .root.fixed { position: fixed; z-index: 2147483000; inset-block-start: 0.5em; inset-inline-end: 0.5em; }
  .exit {
    display: inline-flex; align-items: center; gap: 0.5em; min-width: 2.75em; min-height: 2.75em;
    background: var(--_danger); color: var(--_bg); border-color: var(--_danger); font-weight: 700;
  }
  .fixed .exit { box-shadow: 0 2px 8px rgb(0 0 0 / 0.3); }
  .pips { display: inline-flex; gap: 0.2em; }
  .pip { width: 0.55em; height: 0.55em; border: 2px solid currentColor; border-radius: 50%; }
  .pip[data-on] { background: currentColor; }
  .hint {
    display: none; position: absolute; inset-block-start: 100%; inset-inline-end: 0; margin-top: 0.25em;
    padding: 0.2em 0.5em; white-space: nowrap; font-size: 0.875em; color: var(--_fg); background: var(--_bg);
    border: 1px solid var(--_line); border-radius: var(--_radius);
  }
  .fixed:hover .hint, .fixed:focus-within .hint, .fixed[data-counting] .hint { display: block; }
`;
