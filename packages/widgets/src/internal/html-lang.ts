/**
 * Elements without a `lang` attribute follow the page's `<html lang>`, also when a page's
 * language switcher changes it without a reload: one MutationObserver serves all of them.
 */

type Listener = () => void;
const listeners = new Set<Listener>();
let observer: MutationObserver | undefined;

/**
 * Calls `listener` whenever `<html lang>` changes, until the returned function is called.
 * @example const stop = watchPageLanguage(() => this.requestUpdate());
 */
export function watchPageLanguage(listener: Listener): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((l) => l()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }
  return () => listeners.delete(listener);
}

/** The page's language: `<html lang>`, else the browser's. */
export function pageLanguage(): string {
  return document.documentElement.lang || navigator.language || 'en';
}
