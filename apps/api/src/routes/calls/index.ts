/**
 * The members' portal's routes as one router: calls, call subscriptions, applications and the
 * yearly entry check (issue 12), plus the jobs the entries run on a schedule.
 */
import type { PlatformStore } from '@thb/store';
import type { Accounts } from '../../auth/accounts.ts';
import { createRouter } from '../../lib/create-router.ts';
import type { AppDeps, AppOpenAPI, Logger } from '../../lib/types.ts';
import { applicantRouter } from '../applications/applicant.ts';
import { APPLICATION_TOKEN_SCHEME } from '../applications/application-view.ts';
import { secretariatApplicationsRouter } from '../applications/secretariat-applications.ts';
import { entryCheckRouter } from '../entry-check/entry-check.ts';
import { sendEntryChecks } from '../entry-check/entry-check-job.ts';
import type { ClientAddress } from '../chat/chat.rate-limit.ts';
import { notifyOpenedCalls } from './call-opening-job.ts';
import { callSubscriptionsRouter } from './call-subscriptions.ts';
import { callsRouter } from './calls.ts';
import { portalDeps, type PortalOptions } from './portal-options.ts';

export type { PortalOptions } from './portal-options.ts';

/**
 * Every portal route. The applicant's `/v1/applications/mine` goes before the secretariat's
 * `/v1/applications/{id}`, so "mine" is never taken for an id.
 * @example app.route('/', portalRouter(deps, { store: createPortalStore(db), mailer, publicUrl }, { accounts }));
 */
export function portalRouter(deps: AppDeps, options: PortalOptions, extra: { accounts?: Accounts | undefined; clientAddress?: ClientAddress | undefined }): AppOpenAPI {
  const portal = portalDeps(options, extra);
  const router = createRouter();
  router.openAPIRegistry.registerComponent('securitySchemes', 'applicationToken', APPLICATION_TOKEN_SCHEME);
  router.route('/', callsRouter(deps, portal));
  router.route('/', callSubscriptionsRouter(deps, portal));
  router.route('/', applicantRouter(deps, portal));
  router.route('/', secretariatApplicationsRouter(deps, portal));
  router.route('/', entryCheckRouter(deps, portal));
  return router;
}

/**
 * The portal's scheduled work: announce calls that opened, send due yearly checks. The Node
 * server runs it every few minutes; a Worker's `scheduled` handler can call it the same way.
 * @example await runPortalJobs(portal, store, accounts, new Date());
 */
export async function runPortalJobs(portal: PortalOptions, store: PlatformStore, accounts: Accounts | undefined, at: Date, logger: Logger = console): Promise<{ callMails: number; entryChecks: number }> {
  const callMails = await notifyOpenedCalls(portal, at, logger);
  const entryChecks = await sendEntryChecks(portal, store, accounts, at, logger);
  return { callMails, entryChecks };
}
