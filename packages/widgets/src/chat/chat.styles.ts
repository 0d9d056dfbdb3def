/**
 * Layout of `<thb-chat>`: a launcher in the page's corner and a panel above it, full-screen on
 * phones, on short screens and at high zoom. Both are fixed inside the shadow root, so no page
 * rule on the host can move them; sizes are in `em`, so a page's `html { font-size }` cannot
 * shrink them. Only the header and the message field stay put: messages, suggestions and notes
 * scroll together, so the newest answer gets every line the screen has.
 */
import { css, unsafeCSS } from 'lit';

/** When the panel fills the screen and becomes a modal dialog; `em` here is the browser's 16 px. */
export const COMPACT_MEDIA = '(max-width: 30em), (max-height: 30em)';

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
    inset-block-end: 4.75em; width: min(25em, calc(100vw - 2em));
    height: min(38em, calc(100vh - 8.5em)); height: min(38em, calc(100dvh - 8.5em));
    display: flex; flex-direction: column; background: var(--_bg); color: var(--_fg); overflow-y: auto;
    border: 1px solid var(--_line); border-radius: var(--_radius); box-shadow: 0 8px 28px rgb(0 0 0 / 0.35);
  }
  .panel[hidden] { display: none; }
  .head { flex: none; position: sticky; inset-block-start: 0; z-index: 1; display: flex; align-items: center; gap: 0.5em; padding: 0.25em 0.5em 0.25em 0.9em; background: var(--_alt); border-bottom: 1px solid var(--_soft); }
  .head .exit { display: none; }
  .title { flex: 1; font-weight: 700; }
  .close { font-size: 1.25em; line-height: 1; min-width: 2.2em; min-height: 2.2em; padding: 0; }
  .log { flex: 1 1 auto; min-height: 7em; overflow-y: auto; overscroll-behavior: contain; position: relative; padding: 0.5em 0.75em; }
  .messages { display: flex; flex-direction: column; gap: 0.6em; }
  .msg { max-width: 92%; padding: 0.5em 0.75em; border-radius: var(--_radius); overflow-wrap: anywhere; }
  .msg[data-from='bot'] { align-self: start; background: var(--_alt); }
  .msg[data-from='visitor'] { align-self: end; background: var(--_accent); color: var(--_on-accent); }
  .text { white-space: pre-line; }
  .msg[data-topic='emergency'] { max-width: 100%; border: 3px solid var(--_danger); }
  .sos {
    display: block; margin-bottom: 0.4em; padding: 0.25em; text-align: center; font-size: 1.6em; line-height: 1.25; font-weight: 800;
    text-decoration: none; border-radius: var(--_radius); background: var(--_danger); color: var(--_bg);
  }
  .call { display: inline-block; margin-bottom: 0.4em; font-weight: 700; }
  .calls { display: flex; flex-wrap: wrap; gap: 0.25em 1em; margin: 0.25em 0 0; }
  .cards { display: grid; gap: 0.4em; margin-top: 0.5em; }
  .card { display: grid; gap: 0.1em; padding: 0.4em 0.6em; border: 1px solid var(--_soft); border-radius: var(--_radius); background: var(--_bg); }
  .card-title { font-weight: 600; }
  .tel { font-weight: 700; }
  .typing { display: flex; align-items: center; gap: 0.3em; padding: 0.5em 0.15em 0; }
  .dot { width: 0.5em; height: 0.5em; border-radius: 50%; background: var(--_muted); animation: blink 1.2s infinite; }
  .dot:nth-child(2) { animation-delay: 0.2s; }
  .dot:nth-child(3) { animation-delay: 0.4s; }
  @keyframes blink { 50% { opacity: 0.2; } }
  .failure { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5em; margin-top: 0.5em; padding: 0.5em 0.75em; border-inline-start: 3px solid var(--_danger); background: var(--_alt); }
  .chips { display: flex; flex-wrap: wrap; gap: 0.35em; padding-top: 0.6em; font-size: 0.9em; }
  .chips button { min-height: 2.2em; padding: 0.1em 0.75em; border-radius: 1.1em; border-color: var(--_accent); color: var(--_accent); background: var(--_bg); }
  .privacy { padding-top: 0.6em; font-size: 0.8em; }
  form { flex: none; display: flex; gap: 0.5em; padding: 0.5em 0.75em; border-top: 1px solid var(--_soft); }
  input { flex: 1; min-width: 0; }
  input::placeholder { color: var(--_muted); opacity: 1; }
  @media ${unsafeCSS(COMPACT_MEDIA)} {
    .panel { inset: 0; inset-block-start: var(--_vv-top, 0px); height: var(--_vv-height, auto); width: auto; border: 0; border-radius: 0; box-shadow: none; }
    .launcher[aria-expanded='true'] { display: none; }
    .head { padding-inline-start: 0.5em; }
    .head .exit { display: inline-block; }
    .log { min-height: 6em; }
    form { padding-block: 0.35em; }
  }
  @media (max-width: 30em) {
    .title { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
    .head { justify-content: space-between; }
  }
`;
