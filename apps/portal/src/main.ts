/** The portal page's entry: registers `<thb-portal>`, which index.html holds. */
import { ThbPortal } from './portal-app.ts';

// Mails link to `/portal/#/notifications` (the API's NOTIFICATION_SETTINGS_PAGE); the portal's
// addresses are paths, so such a hash becomes the path before the router reads the address.
if (/^\/portal\/?$/.test(location.pathname) && location.hash.startsWith('#/')) {
  history.replaceState(null, '', `/portal${location.hash.slice(1)}`);
}

if (!customElements.get('thb-portal')) customElements.define('thb-portal', ThbPortal);
