/**
 * The portal as a library, for screens and tests: its shell, base element and route table.
 * @example import { PortalElement } from '@thb/portal';
 */
export { ThbPortal, PORTAL_BASE } from './portal-app.ts';
export { PortalElement } from './internal/portal-element.ts';
export { PORTAL_ROUTES } from './routes.ts';
export type { PortalRoute } from './routes.ts';
export type { PortalStringKey } from './strings/catalogue.ts';
