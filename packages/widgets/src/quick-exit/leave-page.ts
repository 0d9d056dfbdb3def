/**
 * What leaving quickly does, shared by `<thb-quick-exit>` and `<thb-chat>`: blank the page at
 * once, forget what the widgets keep, then replace the page (`location.replace`, so Back does
 * not return to it) with a neutral one. Google's start page is the default: it exists in every
 * country and language and is the most ordinary page a browser history can show.
 */
import { ThbExitEvent } from '../events/events.ts';
import { safeHref } from '../internal/safe-href.ts';

/** Where the quick exit goes unless the `exit-url` attribute says otherwise. */
export const DEFAULT_EXIT_URL = 'https://www.google.com/';

/** Every key the widgets put in sessionStorage or localStorage starts with this. */
export const WIDGET_STORAGE_PREFIX = 'thb-';

/** Set on the global object once leaving has begun, also seen by a second copy of the bundle. */
const LEAVING = Symbol.for('thb.leaving');

/**
 * The exit URL: the given one when it is an absolute http(s) address, else the default.
 * @example exitUrl('javascript:alert(1)') // 'https://www.google.com/'
 */
export function exitUrl(value: string | null | undefined): string {
  const href = safeHref(value);
  return href && /^https?:/.test(href) ? href : DEFAULT_EXIT_URL;
}

/** Removes the widgets' keys from both storages (storage may be disabled: then there is nothing). */
function forgetWidgetStorage(): void {
  for (const name of ['sessionStorage', 'localStorage'] as const) {
    try {
      const storage = window[name];
      const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '');
      for (const key of keys) if (key.startsWith(WIDGET_STORAGE_PREFIX)) storage.removeItem(key);
    } catch {
      // Storage blocked by the browser's privacy settings: the widgets kept nothing there.
    }
  }
}

/**
 * Leaves the page for `url`: hides the whole document in the same task (through the CSSOM,
 * which a strict CSP allows), empties the title, forgets the widgets' storage, fires `thb-exit`
 * from `source`, and replaces the page. Runs once, however many exits are pressed.
 * @example leavePage(exitUrl(element.getAttribute('exit-url')), element)
 */
export function leavePage(url: string, source: EventTarget): void {
  const shared = globalThis as typeof globalThis & { [LEAVING]?: boolean };
  if (shared[LEAVING]) return;
  shared[LEAVING] = true;
  document.documentElement.style.setProperty('display', 'none', 'important');
  document.title = '';
  forgetWidgetStorage();
  source.dispatchEvent(new ThbExitEvent({ url }));
  location.replace(url);
}
