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
  { path: '/passkeys', auth: true, load: () => import('./screens/passkeys/passkeys-screen.ts'), render: () => html`<thb-portal-passkeys></thb-portal-passkeys>` },
  { path: '/sign-in', auth: false, load: () => import('./screens/sign-in/sign-in-screen.ts'), render: () => html`<thb-portal-sign-in></thb-portal-sign-in>` },
  { path: '/entry/:memberId', auth: true, load: () => import('./screens/entry/entry-screen.ts'), render: ({ memberId }) => html`<thb-portal-entry member-id=${memberId ?? ''}></thb-portal-entry>` },
  // An organisation's own resources and events, in every status.
  { path: '/organisations/:memberId/resources', auth: true, load: () => import('./screens/our-content/resources-screen.ts'), render: ({ memberId }) => html`<thb-portal-our-resources member-id=${memberId ?? ''}></thb-portal-our-resources>` },
  { path: '/organisations/:memberId/events', auth: true, load: () => import('./screens/our-content/events-screen.ts'), render: ({ memberId }) => html`<thb-portal-our-events member-id=${memberId ?? ''}></thb-portal-our-events>` },
  // What the secretariat announced to the person's organisations, and which mails they get (mails link to /notifications).
  { path: '/news', auth: true, load: () => import('./screens/news/news-screen.ts'), render: () => html`<thb-portal-news></thb-portal-news>` },
  { path: '/notifications', auth: true, load: () => import('./screens/notifications/notifications-screen.ts'), render: () => html`<thb-portal-notifications></thb-portal-notifications>` },
  // Applying to the platform: public, the status screen opened from the mailed link's token.
  { path: '/apply', auth: false, load: () => import('./screens/apply/apply-screen.ts'), render: () => html`<thb-portal-apply></thb-portal-apply>` },
  { path: '/application', auth: false, load: () => import('./screens/apply/application-screen.ts'), render: () => html`<thb-portal-application></thb-portal-application>` },
  // The secretariat's screens (each shows "only the secretariat" to anyone else).
  { path: '/secretariat', auth: true, load: () => import('./screens/secretariat-overview/overview-screen.ts'), render: () => html`<thb-portal-secretariat></thb-portal-secretariat>` },
  { path: '/secretariat/calls', auth: true, load: () => import('./screens/secretariat-calls/calls-screen.ts'), render: () => html`<thb-portal-secretariat-calls></thb-portal-secretariat-calls>` },
  { path: '/secretariat/calls/:id', auth: true, load: () => import('./screens/secretariat-calls/call-screen.ts'), render: ({ id }) => html`<thb-portal-secretariat-call call-id=${id ?? ''}></thb-portal-secretariat-call>` },
  { path: '/secretariat/calls/:id/applications', auth: true, load: () => import('./screens/secretariat-applications/applications-screen.ts'), render: ({ id }) => html`<thb-portal-secretariat-applications call-id=${id ?? ''}></thb-portal-secretariat-applications>` },
  { path: '/secretariat/applications/:id', auth: true, load: () => import('./screens/secretariat-applications/application-screen.ts'), render: ({ id }) => html`<thb-portal-secretariat-application application-id=${id ?? ''}></thb-portal-secretariat-application>` },
  { path: '/secretariat/review', auth: true, load: () => import('./screens/secretariat-review/review-screen.ts'), render: () => html`<thb-portal-secretariat-review></thb-portal-secretariat-review>` },
  { path: '/secretariat/records', auth: true, load: () => import('./screens/secretariat-records/records-screen.ts'), render: () => html`<thb-portal-secretariat-records></thb-portal-secretariat-records>` },
  { path: '/secretariat/announcements', auth: true, load: () => import('./screens/secretariat-announcements/announcements-screen.ts'), render: () => html`<thb-portal-secretariat-announcements></thb-portal-secretariat-announcements>` },
  { path: '/secretariat/announcements/:id', auth: true, load: () => import('./screens/secretariat-announcements/announcement-screen.ts'), render: ({ id }) => html`<thb-portal-secretariat-announcement announcement-id=${id ?? ''}></thb-portal-secretariat-announcement>` },
  { path: '/secretariat/audit', auth: true, load: () => import('./screens/secretariat-audit/audit-screen.ts'), render: () => html`<thb-portal-secretariat-audit></thb-portal-secretariat-audit>` },
  // An organisation's owners manage its people and keys (an editor reads that only owners may).
  { path: '/organisations/:memberId/people', auth: true, load: () => import('./screens/our-people/our-people-screen.ts'), render: ({ memberId }) => html`<thb-portal-our-people member-id=${memberId ?? ''}></thb-portal-our-people>` },
  { path: '/organisations/:memberId/keys', auth: true, load: () => import('./screens/our-keys/our-keys-screen.ts'), render: ({ memberId }) => html`<thb-portal-our-keys member-id=${memberId ?? ''}></thb-portal-our-keys>` },
  { path: '/organisations/:memberId/webhooks', auth: true, load: () => import('./screens/our-webhooks/our-webhooks-screen.ts'), render: ({ memberId }) => html`<thb-portal-our-webhooks member-id=${memberId ?? ''}></thb-portal-our-webhooks>` },
  // Platform meetings (issue 13): the secretariat plans them, an organisation's people register.
  { path: '/secretariat/meetings', auth: true, load: () => import('./screens/secretariat-meetings/meetings-screen.ts'), render: () => html`<thb-portal-secretariat-meetings></thb-portal-secretariat-meetings>` },
  { path: '/secretariat/meetings/:id', auth: true, load: () => import('./screens/secretariat-meetings/meeting-screen.ts'), render: ({ id }) => html`<thb-portal-secretariat-meeting meeting-id=${id ?? ''}></thb-portal-secretariat-meeting>` },
  { path: '/organisations/:memberId/meetings', auth: true, load: () => import('./screens/our-meetings/our-meetings-screen.ts'), render: ({ memberId }) => html`<thb-portal-our-meetings member-id=${memberId ?? ''}></thb-portal-our-meetings>` },
];
