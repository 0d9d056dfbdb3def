/** The portal page's entry: registers `<thb-portal>`, which index.html holds. */
import { ThbPortal } from './portal-app.ts';

/**
 * Mails link to `/portal/#/notifications` (the API's NOTIFICATION_SETTINGS_PAGE); the portal's
 * addresses are paths, so such a hash becomes the path: before the router first reads the
 * address, and on a later hash change, after which the router is told as for Back.
 */
function hashToPath(): boolean {
  if (!/^\/portal\/?$/.test(location.pathname) || !location.hash.startsWith('#/')) return false;
  history.replaceState(null, '', `/portal${location.hash.slice(1)}`);
  return true;
}
hashToPath();
addEventListener('hashchange', () => {
  if (hashToPath()) dispatchEvent(new PopStateEvent('popstate'));
});

if (!customElements.get('thb-portal')) customElements.define('thb-portal', ThbPortal);
