/** The application screens: one column on a phone, choices wrapping, the honeypot out of sight. */
import { css } from 'lit';

export const applyStyles = css`
  form.application { max-width: 40em; }
  fieldset { border: 1px solid var(--_soft); border-radius: var(--_radius); padding: 0.75em; margin: 0; display: grid; gap: 0.5em; min-width: 0; }
  fieldset.group { gap: 0.4em; }
  legend { font-weight: 600; padding: 0 0.25em; }
  label { display: block; }
  input:not([type='checkbox']), select, textarea { width: 100%; }
  .hint { margin: 0; font-size: 0.9em; }
  .choices { display: grid; grid-template-columns: repeat(auto-fill, minmax(12em, 1fr)); gap: 0.25em 1em; }
  .choice, .consent { display: flex; gap: 0.5em; align-items: flex-start; }
  .choice input, .consent input { margin-top: 0.3em; flex: none; }
  .pair { display: flex; flex-wrap: wrap; gap: 0.5em; }
  .pair label { flex: 1 1 8em; }
  .actions { display: flex; flex-wrap: wrap; gap: 0.5em; }
  .notice:empty { display: none; }
  .hp { position: absolute; left: -10000px; top: auto; width: 1px; height: 1px; overflow: hidden; }
  .call { overflow-wrap: anywhere; }
  .call-text { white-space: pre-line; }
`;
