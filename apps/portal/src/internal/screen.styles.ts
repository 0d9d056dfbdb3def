/** What every screen shares: headings, forms and buttons on the theme tokens. */
import { css } from 'lit';

export const screenStyles = css`
  .root { padding: 0; background: transparent; }
  h1 { font-size: 1.6em; margin: 0 0 0.5em; }
  a { color: var(--_accent); }
  form { display: grid; gap: 0.75em; max-width: 30em; }
  label { display: grid; gap: 0.25em; }
  input, select, textarea, button { font: inherit; color: var(--_fg); background: var(--_bg); border: 1px solid var(--_line); border-radius: var(--_radius); padding: 0.5em; box-sizing: border-box; max-width: 100%; }
  button.primary { background: var(--_accent); color: var(--_on-accent); border-color: var(--_accent); font-weight: 600; }
  a:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible, button:focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
  .error { color: var(--_danger); margin: 0; }
  .muted { color: var(--_muted); }
`;
