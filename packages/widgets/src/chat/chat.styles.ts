/**
 * Layout of `<thb-chat>`: a launcher in the page's corner and a panel above it, full-screen on
 * phones. Both are fixed inside the shadow root, so no page rule on the host can move them;
 * sizes are in `em`, so a page's `html { font-size }` cannot shrink them.
 */
import { css } from 'lit';

/** Styles of the chat. */
export const chatStyles = css`
  :host { container-type: normal; }
  .root { padding: 0; background: none; }
  .launcher, .panel { position: fixed; z-index: 2147483000; inset-inline-end: 1em; }
  .launcher {
    inset-block-end: 1em; display: inline-flex; align-items: center; gap: 0.5em; border-radius: 1.5em;
    padding: 0.5em 1.1em; font-weight: 600; background: var(--_accent); color: var(--_on-accent); border-color: var(--_accent);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.3);
  }
  .launcher svg { width: 1.25em; height: 1.25em; fill: currentColor; }
  .panel {
    inset-block-end: 4.75em; width: min(25em, calc(100vw - 2em)); height: min(38em, calc(100vh - 6.5em));
    display: flex; flex-direction: column; background: var(--_bg); color: var(--_fg);
    border: 1px solid var(--_line); border-radius: var(--_radius); box-shadow: 0 8px 28px rgb(0 0 0 / 0.35); overflow: hidden;
  }
  .panel[hidden] { display: none; }
  .head { display: flex; align-items: center; gap: 0.5em; padding: 0.4em 0.5em 0.4em 0.9em; background: var(--_alt); }
  .title { flex: 1; font-weight: 700; }
  .close { font-size: 1.25em; line-height: 1; min-width: 2.2em; min-height: 2.2em; padding: 0; }
  .exit-bar { display: flex; flex-wrap: wrap; align-items: center; gap: 0.25em 0.75em; padding: 0.4em 0.9em; background: var(--_alt); border-bottom: 1px solid var(--_soft); }
  .exit { background: var(--_danger); color: var(--_bg); border-color: var(--_danger); font-weight: 700; }
  .log { flex: 1; overflow-y: auto; overscroll-behavior: contain; position: relative; padding: 0.75em; }
  .messages { display: flex; flex-direction: column; gap: 0.6em; }
  .msg { max-width: 92%; padding: 0.5em 0.75em; border-radius: var(--_radius); overflow-wrap: anywhere; }
  .msg[data-from='bot'] { align-self: start; background: var(--_alt); }
  .msg[data-from='visitor'] { align-self: end; background: var(--_accent); color: var(--_on-accent); }
  .text { white-space: pre-line; }
  .msg[data-topic='emergency'] { max-width: 100%; border: 3px solid var(--_danger); }
  .sos {
    display: block; margin-bottom: 0.5em; padding: 0.3em; text-align: center; font-size: 1.6em; font-weight: 800;
    text-decoration: none; border-radius: var(--_radius); background: var(--_danger); color: var(--_bg);
  }
  .cards { display: grid; gap: 0.4em; margin-top: 0.5em; }
  .card { display: grid; gap: 0.1em; padding: 0.4em 0.6em; border: 1px solid var(--_soft); border-radius: var(--_radius); background: var(--_bg); }
  .card-title { font-weight: 600; }
  .tel { font-weight: 700; }
  .typing { display: flex; align-items: center; gap: 0.3em; padding: 0 0.9em 0.5em; }
  .dot { width: 0.5em; height: 0.5em; border-radius: 50%; background: var(--_muted); animation: blink 1.2s infinite; }
  .dot:nth-child(2) { animation-delay: 0.2s; }
  .dot:nth-child(3) { animation-delay: 0.4s; }
  @keyframes blink { 50% { opacity: 0.2; } }
  .failure { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5em; margin: 0 0.75em 0.5em; padding: 0.5em 0.75em; border-inline-start: 3px solid var(--_danger); background: var(--_alt); }
  .chips { display: flex; flex-wrap: wrap; gap: 0.35em; padding: 0.5em 0.75em 0; font-size: 0.9em; }
  .chips button { min-height: 2.2em; padding: 0.1em 0.75em; border-radius: 1.1em; border-color: var(--_accent); color: var(--_accent); background: var(--_bg); }
  form { display: flex; gap: 0.5em; padding: 0.5em 0.75em; }
  input { flex: 1; min-width: 0; }
  input::placeholder { color: var(--_muted); opacity: 1; }
  .privacy { padding: 0 0.9em 0.5em; font-size: 0.8em; }
  @media (max-width: 30em), (max-height: 30em) {
    .panel { inset: 0; width: auto; height: auto; border: 0; border-radius: 0; }
    .launcher[aria-expanded='true'] { display: none; }
  }
`;
