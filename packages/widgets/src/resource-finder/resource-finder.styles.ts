/** Layout of `<thb-resource-finder>`: search on top, facets in a responsive grid, results below. */
import { css } from 'lit';

/** Styles of the resource finder. */
export const resourceFinderStyles = css`
  form .field input { width: 100%; }
  .facets { display: grid; grid-template-columns: repeat(auto-fill, minmax(11em, 1fr)); gap: 0.75em; margin: 0.75em 0; }
  .facets select { width: 100%; }
  .count { font-weight: 600; margin: 0.5em 0; }
  .count:focus { outline: none; }
  .count:focus-visible { outline: 2px solid var(--_focus); }
  [aria-busy='true'] .results { opacity: 0.6; }
  .result { padding: 0.75em 0; border-top: 1px solid var(--_soft); display: grid; gap: 0.35em; }
  .title { font-weight: 600; font-size: 1.05em; }
  .badges { display: flex; flex-wrap: wrap; gap: 0.3em; }
  .type { border-color: var(--_accent); }
  mark { background: var(--thb-color-highlight, #fff3b0); color: var(--thb-color-on-highlight, #1f2328); border-radius: 0.2em; padding: 0 0.1em; }
  .hotline { display: flex; flex-wrap: wrap; gap: 0.25em 1em; padding: 0.5em 0.75em; border-left: 3px solid var(--_accent); background: var(--_alt); }
  .hotline a { font-weight: 700; }
  .ways { display: flex; flex-wrap: wrap; gap: 0.5em; justify-content: center; }
`;
