/**
 * The applicant's side: `POST /v1/applications` (public, rate limited, with a honeypot) and
 * `GET`/`PATCH /v1/applications/mine` with the token it answered. A draft can be continued until
 * the call closes; then every change is a 409.
 */
import { z } from '@hono/zod-openapi';
import { ApplicantOrganisation, ApplicationCreated, ApplicationInput, ApplicationPatch, DraftOrganisation, Application, resolveText } from '@thb/schema';
import { callPhase, type StoredApplication, type StoredCall } from '@thb/store/portal';
import type { Context } from 'hono';
import { createRouter } from '../../lib/create-router.ts';
import { problemResponses } from '../../lib/openapi.ts';
import type { AppDeps, AppEnv, AppOpenAPI } from '../../lib/types.ts';
import { applicationReceivedMail, formatInstant } from '../../mail/templates/portal-mails.ts';
import { rateLimit } from '../chat/chat.rate-limit.ts';
import { NO_STORE, platformLink, type PortalDeps } from '../calls/portal-options.ts';
import { invalidBody, problem, readJsonObject } from '../writes/write-request.ts';
import { APPLICATION_SECURITY, applicationToken, toApplicationView } from './application-view.ts';

type Ctx = Context<AppEnv>;
const tags = ['Calls and applications'];

/** The portal page the confirmation mail links to. */
export const APPLICATION_PAGE = '/portal/application';

/** The organisation checked as its status needs: whole when submitted, field by field as a draft. */
function checkedOrganisation(c: Ctx, status: 'draft' | 'submitted', organisation: unknown): Record<string, unknown> | Response {
  // Wrapped, so each wrong field is named `organisation.<field>` as the body has it.
  const schema = z.strictObject({ organisation: status === 'submitted' ? ApplicantOrganisation : DraftOrganisation });
  const parsed = schema.safeParse({ organisation: organisation ?? {} });
  if (!parsed.success) return invalidBody(c, parsed.error);
  return parsed.data.organisation;
}

function callClosed(c: Ctx, call: StoredCall | undefined) {
  return problem(c, 409, 'call-closed', call
    ? `The call closed at ${call.closesAt}: applications can no longer be made or changed.`
    : 'There is no such call.');
}

/** The routes. */
export function applicantRouter(deps: AppDeps, portal: PortalDeps): AppOpenAPI {
  const router = createRouter();
  const document = router.openAPIRegistry.registerPath.bind(router.openAPIRegistry);
  const { applications, calls } = portal.store;

  async function mailReceipt(application: StoredApplication, call: StoredCall, token: string) {
    if (!portal.mailer) return;
    const { contact } = application;
    const mail = applicationReceivedMail({
      to: contact.email, language: contact.locale, organisation: String(application.organisation.name ?? contact.name),
      call: resolveText(call.title, contact.locale), closes: formatInstant(call.closesAt, contact.locale, call.timeZone),
      draft: application.status === 'draft', url: platformLink(portal.publicUrl, APPLICATION_PAGE, { token }),
    });
    await portal.mailer.send(mail).catch((error: unknown) => deps.logger.error('Could not mail an application receipt', error));
  }

  document({
    method: 'post', path: '/v1/applications', tags, summary: 'Apply to the open call',
    description: 'Public, rate limited per client, while the call is open. `organisation` is checked whole when `status` is `submitted` (as an `ApplicantOrganisation`), field by field for a `draft`. `consent` must be `true`; `website2` is a honeypot and must stay empty. The answer\'s `token` (shown once, also mailed to the contact as a link to `/portal/application?token=…`) reads and continues the application.',
    request: { body: { required: true, content: { 'application/json': { schema: ApplicationInput } } } },
    responses: {
      201: { description: 'Stored; the contact gets a confirmation mail', content: { 'application/json': { schema: ApplicationCreated } } },
      ...problemResponses(400, 409, 413, 429),
    },
  });
  router.post('/v1/applications', rateLimit(portal.limiter), async (c) => {
    const body = await readJsonObject(c);
    if (body instanceof Response) return body;
    const input = ApplicationInput.safeParse(body);
    if (!input.success) return invalidBody(c, input.error);
    if (input.data.website2) {
      // A bot filled the hidden field: it gets an answer like everyone's, and nothing is kept.
      return c.json({ id: 'x'.repeat(20), status: input.data.status, token: 'x'.repeat(43) }, 201, NO_STORE);
    }
    const call = await calls.get(input.data.callId);
    if (!call || callPhase(call, deps.now()) !== 'open') return callClosed(c, call);
    const organisation = checkedOrganisation(c, input.data.status, input.data.organisation);
    if (organisation instanceof Response) return organisation;
    const contact = { ...input.data.contact, email: input.data.contact.email.trim().toLowerCase() };
    const { application, token } = await applications.create(call.id, { organisation, contact, status: input.data.status });
    await mailReceipt(application, call, token);
    return c.json(ApplicationCreated.parse({ id: application.id, status: input.data.status, token }), 201, NO_STORE);
  });

  /** The token's application and its call, or the 401. */
  async function mine(c: Ctx): Promise<{ application: StoredApplication; call: StoredCall } | Response> {
    const token = applicationToken(c);
    const application = token ? await applications.byToken(token) : undefined;
    const call = application && (await calls.get(application.callId));
    if (!application || !call) return problem(c, 401, 'unauthorized', 'Send the application\'s token in the Application-Token header (the link in the confirmation mail has it).');
    return { application, call };
  }

  document({
    method: 'get', path: '/v1/applications/mine', tags, security: APPLICATION_SECURITY, summary: 'Read your application',
    description: 'With the token in the `Application-Token` header: the application, its status and until when a draft can be continued.',
    responses: { 200: { description: 'The application', content: { 'application/json': { schema: Application } } }, ...problemResponses(401) },
  });
  router.get('/v1/applications/mine', async (c) => {
    const found = await mine(c);
    if (found instanceof Response) return found;
    return c.json(toApplicationView(found.application, found.call), 200, NO_STORE);
  });

  document({
    method: 'patch', path: '/v1/applications/mine', tags, security: APPLICATION_SECURITY, summary: 'Continue a draft, or submit it',
    description: 'With the token in `Application-Token`. `organisation` fields replace those of the draft; `status: submitted` submits it (then the organisation is checked whole). Only drafts change, and only until the call closes (409 `call-closed`).',
    request: { body: { required: true, content: { 'application/json': { schema: ApplicationPatch } } } },
    responses: { 200: { description: 'Saved', content: { 'application/json': { schema: Application } } }, ...problemResponses(400, 401, 409, 413) },
  });
  router.patch('/v1/applications/mine', async (c) => {
    const found = await mine(c);
    if (found instanceof Response) return found;
    const { application, call } = found;
    if (callPhase(call, deps.now()) !== 'open') return callClosed(c, call);
    if (application.status !== 'draft') return problem(c, 409, 'conflict', `The application is ${application.status}: only drafts can be changed.`);
    const body = await readJsonObject(c);
    if (body instanceof Response) return body;
    const patch = ApplicationPatch.safeParse(body);
    if (!patch.success) return invalidBody(c, patch.error);
    const status = patch.data.status ?? 'draft';
    const incoming = patch.data.organisation;
    if (incoming !== undefined && (typeof incoming !== 'object' || incoming === null || Array.isArray(incoming))) {
      return problem(c, 400, 'invalid-parameters', 'organisation must be an object.');
    }
    const organisation = checkedOrganisation(c, status, { ...application.organisation, ...(incoming as Record<string, unknown> | undefined) });
    if (organisation instanceof Response) return organisation;
    const contact = { ...application.contact, ...patch.data.contact };
    contact.email = contact.email.trim().toLowerCase();
    if (!(await applications.update(application.id, { organisation, contact, status }))) {
      return problem(c, 409, 'conflict', 'The application was submitted meanwhile.');
    }
    const saved = (await applications.get(application.id))!;
    return c.json(toApplicationView(saved, call), 200, NO_STORE);
  });
  return router;
}
