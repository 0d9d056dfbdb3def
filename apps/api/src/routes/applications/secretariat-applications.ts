/**
 * The secretariat's side of applications: a call's list (filtered, paged) and its CSV export,
 * one application, and the decision. Approving publishes the member entry through the store's
 * write path (audit row, data version, so every open map shows it at its next poll), makes its
 * organisation and invites the contact person as owner; rejecting mails the reason.
 */
import { z } from '@hono/zod-openapi';
import { Application, ApplicationDecision, ApplicationPage, ApplicationsQuery, PortalId, Slug, resolveText } from '@thb/schema';
import { StaleWriteError } from '@thb/store';
import { createRouter } from '../../lib/create-router.ts';
import type { Context } from 'hono';
import type { AppDeps, AppEnv, AppOpenAPI } from '../../lib/types.ts';
import { applicationRejectedMail } from '../../mail/templates/portal-mails.ts';
import { NO_STORE, platformLink, secretariatOnly, type PortalDeps } from '../calls/portal-options.ts';
import { WRITE_SECURITY, writeProblems } from '../writes/write-openapi.ts';
import { invalidBody, problem, readJsonObject } from '../writes/write-request.ts';
import { actorOf } from '../../access/authorise.ts';
import { invalidParameters } from '../../lib/problem.ts';
import { toApplicationView } from './application-view.ts';
import { applicationsCsv } from './applications-csv.ts';
import { memberFromApplication, slugOf } from './new-member.ts';

const tags = ['Calls and applications'];
const IdParams = z.strictObject({ id: PortalId });
const DecisionResult = z.strictObject({ id: PortalId, status: z.enum(['approved', 'rejected']), memberId: Slug.nullable() }).meta({ id: 'ApplicationDecisionResult' });

/** The routes. */
export function secretariatApplicationsRouter(deps: AppDeps, portal: PortalDeps): AppOpenAPI {
  const router = createRouter();
  const document = router.openAPIRegistry.registerPath.bind(router.openAPIRegistry);
  const { applications, calls, entryChecks } = portal.store;

  document({
    method: 'get', path: '/v1/calls/{id}/applications', tags, security: WRITE_SECURITY, summary: 'A call\'s applications',
    description: 'The secretariat only. Submitted and decided applications, oldest first; `status=draft` lists drafts. Filter by `country` and `focus`.',
    request: { params: IdParams, query: ApplicationsQuery },
    responses: { 200: { description: 'A page', content: { 'application/json': { schema: ApplicationPage } } }, ...writeProblems(400, 403, 404) },
  });
  document({
    method: 'get', path: '/v1/calls/{id}/applications.csv', tags, security: WRITE_SECURITY, summary: 'A call\'s applications as CSV',
    description: 'The secretariat only; the same filters. Fields that a spreadsheet would run as a formula start with `\'`.',
    request: { params: IdParams, query: ApplicationsQuery.omit({ page: true, pageSize: true }) },
    responses: { 200: { description: 'RFC 4180 CSV', content: { 'text/csv': { schema: { type: 'string' } } } }, ...writeProblems(400, 403, 404) },
  });
  const list = (csv: boolean) => async (c: Context<AppEnv>) => {
    const principal = secretariatOnly(c);
    if (principal instanceof Response) return principal;
    const call = await calls.get(c.req.param('id') ?? '');
    if (!call) return problem(c, 404, 'not-found', 'There is no call with this id.');
    const query = (csv ? ApplicationsQuery.omit({ page: true, pageSize: true }) : ApplicationsQuery).safeParse(c.req.query());
    if (!query.success) return invalidParameters(query.error, 'query', c.req.path);
    const { country, focus, status } = query.data;
    const filter = { callId: call.id, country, focus, status };
    if (csv) {
      return c.body(applicationsCsv(await applications.all(filter)), 200, {
        ...NO_STORE, 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="applications-${call.id}.csv"`,
      });
    }
    const { page, pageSize } = ApplicationsQuery.parse(c.req.query());
    const result = await applications.list(filter, { page, pageSize });
    return c.json(ApplicationPage.parse({ items: result.items.map((a) => toApplicationView(a, call)), total: result.total, page, pageSize }), 200, NO_STORE);
  };
  router.get('/v1/calls/:id/applications.csv', list(true));
  router.get('/v1/calls/:id/applications', list(false));

  document({
    method: 'get', path: '/v1/applications/{id}', tags, security: WRITE_SECURITY, summary: 'One application',
    description: 'The secretariat only.',
    request: { params: IdParams },
    responses: { 200: { description: 'The application', content: { 'application/json': { schema: Application } } }, ...writeProblems(403, 404) },
  });
  router.get('/v1/applications/:id', async (c) => {
    const principal = secretariatOnly(c);
    if (principal instanceof Response) return principal;
    const application = await applications.get(c.req.param('id'));
    const call = application && (await calls.get(application.callId));
    if (!application || !call) return problem(c, 404, 'not-found', 'There is no application with this id.');
    return c.json(toApplicationView(application, call), 200, NO_STORE);
  });

  document({
    method: 'post', path: '/v1/applications/{id}/decision', tags, security: [{ session: [] }], summary: 'Approve or reject an application',
    description: 'A person of the secretariat (the invitation names who sent it, so not a key). `approve` publishes the member entry (id from `memberId` or the name), makes its organisation and invites the contact person as owner; `reject` needs a `reason`, which is mailed to the contact. Only submitted applications are decided.',
    request: { params: IdParams, body: { required: true, content: { 'application/json': { schema: ApplicationDecision } } } },
    responses: { 200: { description: 'Decided', content: { 'application/json': { schema: DecisionResult } } }, ...writeProblems(400, 403, 404, 409, 415) },
  });
  router.post('/v1/applications/:id/decision', async (c) => {
    const principal = secretariatOnly(c);
    if (principal instanceof Response) return principal;
    if (principal.type !== 'person') return problem(c, 403, 'forbidden', 'Applications are decided by a person of the secretariat, not by a key: the invitation names who sent it.');
    const application = await applications.get(c.req.param('id'));
    const call = application && (await calls.get(application.callId));
    if (!application || !call) return problem(c, 404, 'not-found', 'There is no application with this id.');
    const body = await readJsonObject(c);
    if (body instanceof Response) return body;
    const decision = ApplicationDecision.safeParse(body);
    if (!decision.success) return invalidBody(c, decision.error);
    if (application.status !== 'submitted') return problem(c, 409, 'conflict', `The application is ${application.status}: only submitted applications are decided.`);
    const { contact } = application;
    const organisationName = String(application.organisation.name ?? contact.name);
    if (decision.data.decision === 'reject') {
      const reason = decision.data.reason!;
      if (!(await applications.decide(application.id, { status: 'rejected', reason, memberId: null }))) return problem(c, 409, 'conflict', 'The application was decided meanwhile.');
      if (portal.mailer) {
        await portal.mailer.send(applicationRejectedMail({
          to: contact.email, language: contact.locale, organisation: organisationName, call: resolveText(call.title, contact.locale),
          reason, url: platformLink(portal.publicUrl, '/'),
        })).catch((error: unknown) => deps.logger.error('Could not mail a rejection', error));
      }
      return c.json(DecisionResult.parse({ id: application.id, status: 'rejected', memberId: null }), 200, NO_STORE);
    }
    const memberId = decision.data.memberId ?? slugOf(organisationName);
    const member = memberFromApplication(application, memberId, deps.now());
    if (!member) return problem(c, 409, 'conflict', 'The application\'s organisation is not complete enough to become a member entry.');
    const { actor, label } = actorOf(principal);
    try {
      await deps.store.writes.commit({
        kind: 'members', id: memberId, expect: { absent: true },
        next: { status: 'published', document: member, organisationId: memberId },
        actor: { actor, label, route: 'POST /v1/applications/{id}/decision' }, action: 'approve-application',
        before: null, after: member, organisationId: memberId,
      });
    } catch (error) {
      if (error instanceof StaleWriteError) return problem(c, 409, 'member-exists', `A member with id "${memberId}" exists already: send another \`memberId\`.`);
      throw error;
    }
    await applications.decide(application.id, { status: 'approved', reason: decision.data.reason ?? null, memberId });
    await entryChecks.confirmedNow(memberId);
    if (portal.accounts) {
      await portal.accounts.invite({ memberId, organisationName: member.name, email: contact.email, role: 'owner', inviter: principal })
        .catch((error: unknown) => deps.logger.error('Could not invite the contact person of an approved application', error));
    }
    return c.json(DecisionResult.parse({ id: application.id, status: 'approved', memberId }), 200, NO_STORE);
  });
  return router;
}
