/**
 * The portal's route table: the one file other screens touch. Each screen lives in
 * `screens/<screen>/` and is loaded when first visited. `auth: true` routes ask for sign-in.
 */
import { html, type TemplateResult } from 'lit';

/** A screen of the portal. */
export interface PortalRoute {
  /** URLPattern pathname below `/portal`, e.g. `/entry/:memberId`. */
  path: string;
  /** Needs a signed-in person (else the sign-in screen shows). */
  auth: boolean;
  /** Loads the screen's module (it defines its element). */
  load: () => Promise<unknown>;
  /** The screen's element, given the route's parameters. */
  render: (params: Record<string, string | undefined>) => TemplateResult;
}

/** Every screen, in match order. */
export const PORTAL_ROUTES: PortalRoute[] = [
  { path: '/', auth: true, load: () => import('./screens/home/home-screen.ts'), render: () => html`<thb-portal-home></thb-portal-home>` },
  { path: '/sign-in', auth: false, load: () => import('./screens/sign-in/sign-in-screen.ts'), render: () => html`<thb-portal-sign-in></thb-portal-sign-in>` },
];
