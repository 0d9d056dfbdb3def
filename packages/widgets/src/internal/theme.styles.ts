/**
 * Design tokens and the shared look of every element. Pages theme us through the documented
 * `--thb-*` custom properties (they inherit into the shadow root); everything else is reset
 * on `.root`, so a host page's inherited `font`, `color` or `text-transform` cannot leak in.
 */
import { css } from 'lit';

/** Tokens, light and dark, and the controls all elements share. */
export const themeStyles = css`
  :host {
    --_bg: var(--thb-color-background, #fff);
    --_alt: var(--thb-color-surface, #f3f5f7);
    --_fg: var(--thb-color-text, #1f2328);
    --_muted: var(--thb-color-muted, #59636e);
    --_line: var(--thb-color-border, #6e7781);
    --_soft: var(--thb-color-divider, #d8dee4);
    --_accent: var(--thb-color-accent, #0a5cc2);
    --_on-accent: var(--thb-color-on-accent, #fff);
    --_danger: var(--thb-color-danger, #b3261e);
    --_focus: var(--thb-color-focus, #0a5cc2);
    --_radius: var(--thb-radius, 0.5em);
    display: block;
    container-type: inline-size;
  }
  :host([hidden]) { display: none; }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_bg: var(--thb-color-background, #0d1117);
      --_alt: var(--thb-color-surface, #161b22);
      --_fg: var(--thb-color-text, #e6edf3);
      --_muted: var(--thb-color-muted, #9ea7b3);
      --_line: var(--thb-color-border, #8b949e);
      --_soft: var(--thb-color-divider, #30363d);
      --_accent: var(--thb-color-accent, #5ea2ff);
      --_on-accent: var(--thb-color-on-accent, #0d1117);
      --_danger: var(--thb-color-danger, #ff8a80);
      --_focus: var(--thb-color-focus, #5ea2ff);
    }
  }
  :host([theme='dark']) {
    --_bg: var(--thb-color-background, #0d1117);
    --_alt: var(--thb-color-surface, #161b22);
    --_fg: var(--thb-color-text, #e6edf3);
    --_muted: var(--thb-color-muted, #9ea7b3);
    --_line: var(--thb-color-border, #8b949e);
    --_soft: var(--thb-color-divider, #30363d);
    --_accent: var(--thb-color-accent, #5ea2ff);
    --_on-accent: var(--thb-color-on-accent, #0d1117);
    --_danger: var(--thb-color-danger, #ff8a80);
    --_focus: var(--thb-color-focus, #5ea2ff);
  }
  .root {
    all: initial;
    display: block;
    box-sizing: border-box;
    font: var(--thb-font-size, medium) / 1.5 var(--thb-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    color: var(--_fg);
    background: var(--_bg);
    border-radius: var(--_radius);
    padding: var(--thb-padding, 1em);
    color-scheme: light dark;
    /* After \`all: initial\`, and inherited everywhere inside: a 10 kB word in a name breaks
       instead of widening the host page (\`anywhere\` also lowers the min-content width). */
    overflow-wrap: anywhere;
  }
  *, ::before, ::after { box-sizing: inherit; }
  :focus-visible { outline: 2px solid var(--_focus); outline-offset: 2px; }
  a { color: var(--_accent); text-underline-offset: 0.15em; }
  h2, h3, p, ul, ol, dl, dd, fieldset { margin: 0; padding: 0; border: 0; }
  ul, ol { list-style: none; }
  button, input, select {
    font: inherit;
    color: inherit;
    background: var(--_bg);
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    padding: 0.4em 0.7em;
    min-height: 2.75em;
    margin: 0;
  }
  button { cursor: pointer; background: var(--_alt); }
  button.primary, button[aria-pressed='true'] { background: var(--_accent); color: var(--_on-accent); border-color: var(--_accent); }
  button:disabled { cursor: default; opacity: 0.6; }
  .field { display: grid; gap: 0.2em; align-content: start; }
  .field > span { font-size: 0.875em; color: var(--_muted); }
  .badge { display: inline-block; font-size: 0.8em; padding: 0 0.5em; border-radius: 1em; border: 1px solid var(--_soft); color: var(--_fg); background: var(--_alt); }
  .muted { color: var(--_muted); font-size: 0.875em; }
  .sr-only { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  .state { padding: 2em 1em; text-align: center; display: grid; gap: 0.75em; justify-items: center; }
  .state[data-kind='error'] { color: var(--_danger); }
  .spinner { width: 1.5em; height: 1.5em; border: 3px solid var(--_soft); border-top-color: var(--_accent); border-radius: 50%; animation: spin 0.8s linear infinite; }
  .pager { display: flex; flex-wrap: wrap; gap: 0.5em; align-items: center; justify-content: center; margin-top: 1em; }
  @keyframes spin { to { transform: rotate(1turn); } }
  @media (prefers-reduced-motion: reduce) {
    *, ::before, ::after { animation: none !important; transition: none !important; scroll-behavior: auto !important; }
  }
`;
