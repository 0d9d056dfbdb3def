/** The page-wide `<thb-quick-exit>` that `<thb-chat>` adds when the page has none of its own. */

/**
 * Adds a fixed `<thb-quick-exit>` at the start of `<body>` unless the page has one; returns the
 * element it added, so its creator can keep it in step and remove it, or `undefined`.
 * @example const added = addPageQuickExit('https://weather.example.org/', 'de');
 */
export function addPageQuickExit(exitUrl: string | undefined, lang: string | undefined): HTMLElement | undefined {
  if (document.querySelector('thb-quick-exit:not([inline])')) return undefined;
  const exit = document.createElement('thb-quick-exit');
  if (exitUrl) exit.setAttribute('exit-url', exitUrl);
  if (lang) exit.setAttribute('lang', lang);
  document.body.prepend(exit);
  return exit;
}
