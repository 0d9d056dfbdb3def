/** Tables, filters and action rows of the secretariat screens; tables scroll on a phone. */
import { css } from 'lit';

export const secretariatStyles = css`
  nav.sub ul { list-style: none; margin: 0 0 1em; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25em 1em; }
  nav.sub a[aria-current='page'] { font-weight: 700; }
  .notice:empty { display: none; }
  .notice { padding: 0.5em; border: 1px solid var(--_line); border-radius: var(--_radius); }
  .notice.error { color: var(--_danger); }
  /* Focusable, so a keyboard user can scroll a wide table on a phone. */
  .scroll { overflow-x: auto; max-width: 100%; }
  .scroll:focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: start; vertical-align: top; padding: 0.4em 0.5em; border-bottom: 1px solid var(--_soft); overflow-wrap: anywhere; }
  th { overflow-wrap: break-word; }
  article h2 { font-size: 1.2em; }
  .filters { display: flex; flex-wrap: wrap; gap: 0.5em 1em; align-items: end; max-width: none; margin-bottom: 1em; }
  .actions { display: flex; flex-wrap: wrap; gap: 0.5em; align-items: end; }
  form.inline { display: flex; flex-wrap: wrap; gap: 0.5em; align-items: end; max-width: none; }
  fieldset { border: 1px solid var(--_line); border-radius: var(--_radius); display: grid; gap: 0.5em; min-width: 0; }
  dl { display: grid; grid-template-columns: minmax(6em, max-content) 1fr; gap: 0.25em 1em; }
  dt { font-weight: 600; }
  dd { margin: 0; overflow-wrap: anywhere; }
  del { color: var(--_danger); }
  ins { text-decoration: underline; }
  ul.plain { list-style: none; padding: 0; display: grid; gap: 1.5em; }
  form:not(.inline):not(.filters) :is(input, select, textarea) { width: 100%; min-width: 0; }
  .pager { display: flex; flex-wrap: wrap; gap: 0.5em; align-items: center; }
`;
