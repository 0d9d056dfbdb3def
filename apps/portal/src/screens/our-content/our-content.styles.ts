/** Layout of the content screens: the list of items, the form's groups; nothing wider than a phone. */
import { css } from 'lit';

export const ourContentStyles = css`
  .notice:empty { display: none; }
  .notice { padding: 0.5em; border: 1px solid var(--_line); border-radius: var(--_radius); }
  .notice.error { color: var(--_danger); }
  .field { display: grid; gap: 0.25em; min-width: 0; }
  .field :is(input, select, textarea) { width: 100%; min-width: 0; }
  fieldset { border: 1px solid var(--_line); border-radius: var(--_radius); display: grid; gap: 0.5em; min-width: 0; margin: 0; }
  .choices { display: flex; flex-wrap: wrap; gap: 0.25em 1em; }
  label.check { display: inline-flex; gap: 0.35em; align-items: center; }
  label.check input { width: auto; }
  ul.items { list-style: none; padding: 0; display: grid; gap: 1em; }
  ul.items article { border: 1px solid var(--_soft); border-radius: var(--_radius); padding: 0.75em; overflow-wrap: anywhere; }
  ul.items h3 { font-size: 1.1em; margin: 0 0 0.25em; }
  ul.items p { margin: 0.25em 0; }
  .status { font-weight: 700; }
  .actions { display: flex; flex-wrap: wrap; gap: 0.5em; }
  section.form h2, section.list h2 { font-size: 1.3em; }
  section.form h2:focus { outline: none; }
  section.form h2:focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
`;
