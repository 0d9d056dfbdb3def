/**
 * "Leave this page quickly", the safety feature of victim-support sites: the page is replaced
 * (`location.replace`, so Back does not return to it) by a neutral one. Google's start page is
 * the default: it exists in every country and language and is the most ordinary page a
 * browser history can show.
 */
import { safeHref } from '../internal/safe-href.ts';

/** Where the quick exit goes unless the `exit-url` attribute says otherwise. */
export const DEFAULT_EXIT_URL = 'https://www.google.com/';

/** Two presses of Escape within this many milliseconds leave the page. */
export const DOUBLE_ESCAPE_MS = 1000;

/**
 * The exit URL: the given one when it is an http(s) address, else the default.
 * @example exitUrl('javascript:alert(1)') // 'https://www.google.com/'
 */
export function exitUrl(value: string | undefined): string {
  const href = safeHref(value);
  return href && /^https?:/.test(href) ? href : DEFAULT_EXIT_URL;
}

/**
 * Calls `leave` when Escape is pressed twice in a row within {@link DOUBLE_ESCAPE_MS}, anywhere
 * on the page (in the capture phase, so the page's own handlers cannot swallow it). Returns
 * the function that stops listening.
 * @example const stop = watchDoubleEscape(() => location.replace(exitUrl(undefined)));
 */
export function watchDoubleEscape(leave: () => void, target: EventTarget = window): () => void {
  let last = -Infinity;
  const listener = (event: Event) => {
    const { key, timeStamp } = event as KeyboardEvent;
    if (key !== 'Escape') {
      last = -Infinity;
      return;
    }
    if (timeStamp - last <= DOUBLE_ESCAPE_MS) {
      last = -Infinity;
      leave();
    } else {
      last = timeStamp;
    }
  };
  const stop = new AbortController();
  target.addEventListener('keydown', listener, { capture: true, signal: stop.signal });
  return () => stop.abort();
}
