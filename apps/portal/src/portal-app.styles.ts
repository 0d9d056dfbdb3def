/** The portal's layout: header, nav and main, one column on a phone. */
import { css } from 'lit';

export const portalAppStyles = css`
  .root { min-height: 100vh; padding: 0; border-radius: 0; }
  .skip { position: absolute; left: -999em; }
  .skip:focus { left: 1em; top: 1em; z-index: 1; background: var(--_bg); padding: 0.5em; }
  header { display: flex; flex-wrap: wrap; gap: 0.5em 1em; align-items: center; justify-content: space-between; padding: 0.75em 1em; border-bottom: 1px solid var(--_soft); background: var(--_alt); }
  header .brand { font-weight: 700; margin: 0; font-size: 1.1em; }
  header .who { display: flex; flex-wrap: wrap; gap: 0.5em; align-items: center; overflow-wrap: anywhere; }
  nav ul { list-style: none; margin: 0; padding: 0.5em 1em; display: flex; flex-wrap: wrap; gap: 0.25em 1em; border-bottom: 1px solid var(--_soft); }
  nav a[aria-current='page'] { font-weight: 700; }
  main { padding: 1em; max-width: 60em; margin: 0 auto; }
  main:focus { outline: none; }
  a { color: var(--_accent); }
  a:focus-visible, button:focus-visible, select:focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
  select, button { font: inherit; color: var(--_fg); background: var(--_bg); border: 1px solid var(--_line); border-radius: var(--_radius); padding: 0.25em 0.5em; }
  label { display: inline-flex; gap: 0.5em; align-items: center; }
`;
