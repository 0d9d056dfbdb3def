/**
 * The secretariat's side: the review queue (`GET /v1/review`, `POST /v1/review/{id}`), the audit
 * log (`GET /v1/audit`), an organisation's history (`GET /v1/members/{id}/history`) and its
 * settings (`PATCH /v1/organisations/{memberId}`: trusted or not).
 */
import { z } from '@hono/zod-openapi';
import {
  AuditPage, AuditQuery, HistoryQuery, OrganisationSettings, ReviewDecision, ReviewQueue, Slug,
} from '@thb/schema';
import {
  InvalidRecordError, StaleWriteError, type AnyRecord, type PendingChange, type RecordWritePlan,
} from '@thb/store';
import type { Context } from 'hono';
import { actorOf, isSecretariat, mayEdit } from '../../access/authorise.ts';
import { createRouter } from '../../lib/create-router.ts';
import { IdParams } from '../../lib/openapi.ts';
import type { AppDeps, AppEnv, AppOpenAPI } from '../../lib/types.ts';
import { RECORD_KIND_SPECS } from '../writes/record-kinds.ts';
import { WRITE_SECURITY, writeProblems } from '../writes/write-openapi.ts';
import { badBody, invalidBody, problem, readJsonObject, requireSignedIn } from '../writes/write-request.ts';

type Ctx = Context<AppEnv>;

/** A review decision the organisation is told about (by mail, in the entries that have mail). */
export interface ReviewNotice {
  organisationId: string;
  kind: PendingChange['kind'];
  recordId: string;
  title: string;
  decision: 'approved' | 'rejected';
  reason?: string | undefined;
  /** Whether it was a change to a published record (a name, an edit) rather than a new record. */
  change: boolean;
}

/** The mails that tell an organisation about a decision, queued in the decision's own write. */
export interface ReviewMails {
  /**
   * The statements that queue the mails of this decision (`reviewMails`). They commit with the
   * decision and its audit row, or nothing does: a throw here refuses the decision.
   */
  statementsFor(notice: ReviewNotice): Promise<NonNullable<RecordWritePlan['alsoCommit']>>;
  /** Runs after the decision committed (starts a delivery). */
  committed(): void;
}

/** Options of the secretariat routes. */
export interface ReviewOptions {
  mails?: ReviewMails | undefined;
}

const noStore = { 'cache-control': 'no-store' };

function secretariatOnly(c: Ctx) {
  const principal = requireSignedIn(c);
  if (principal instanceof Response) return principal;
  if (!isSecretariat(principal)) return problem(c, 403, 'forbidden', 'Only the secretariat may do this.');
  return principal;
}

/** The routes. */
export function reviewRouter(deps: AppDeps, options: ReviewOptions = {}): AppOpenAPI {
  const router = createRouter();
  const writes = deps.store.writes;
  const document = router.openAPIRegistry.registerPath.bind(router.openAPIRegistry);
  const tags = ['Review and audit'];

  document({
    method: 'get', path: '/v1/review', tags, security: WRITE_SECURITY, summary: 'Items waiting for review',
    description: 'The secretariat only: new resources and events of untrusted organisations, their edits, and members\' name or country changes.',
    responses: { 200: { description: 'The queue, oldest first', content: { 'application/json': { schema: ReviewQueue } } }, ...writeProblems(403) },
  });
  router.get('/v1/review', async (c) => {
    const principal = secretariatOnly(c);
    if (principal instanceof Response) return principal;
    const changes = await writes.pendingChanges();
    const items = await Promise.all(changes.map(async (change) => {
      const snapshot = await writes.snapshot(change.kind, change.recordId);
      return {
        id: change.id, kind: change.kind, recordId: change.recordId, organisationId: change.organisationId,
        fields: change.fields, requestedBy: change.requestedBy, requestedAt: change.requestedAt,
        status: snapshot?.status ?? 'pending', proposed: change.document as unknown as Record<string, unknown>,
      };
    }));
    return c.json(ReviewQueue.parse({ items, total: items.length }), 200, noStore);
  });

  document({
    method: 'post', path: '/v1/review/{id}', tags, security: WRITE_SECURITY, summary: 'Approve or reject an item',
    description: 'A rejection needs a reason, which is sent to the organisation.',
    request: { params: z.strictObject({ id: z.string() }), body: { required: true, content: { 'application/json': { schema: ReviewDecision } } } },
    responses: { 200: { description: 'Decided' }, ...writeProblems(400, 403, 404, 409) },
  });
  router.post('/v1/review/:id', async (c) => {
    const principal = secretariatOnly(c);
    if (principal instanceof Response) return principal;
    const body = await readJsonObject(c);
    if (body instanceof Response) return body;
    const decision = ReviewDecision.safeParse(body);
    if (!decision.success) return invalidBody(c, decision.error);
    const change = await writes.pendingChange(c.req.param('id'));
    if (!change) return problem(c, 404, 'not-found', 'There is no pending item with this id.');
    const spec = RECORD_KIND_SPECS[change.kind];
    const snapshot = await writes.snapshot(change.kind, change.recordId);
    if (!snapshot || snapshot.status === 'deleted') return problem(c, 409, 'conflict', `The ${spec.noun} was deleted meanwhile.`);
    const approve = decision.data.decision === 'approve';
    const whole = change.fields.includes('*');
    let document: AnyRecord = snapshot.document;
    if (approve) {
      const proposed = change.document as unknown as Record<string, unknown>;
      const merged = whole ? proposed : { ...snapshot.document, ...Object.fromEntries(change.fields.map((f) => [f, proposed[f]])) };
      const parsed = spec.schema.safeParse({ ...merged, updatedAt: deps.now().toISOString() });
      if (!parsed.success) return badBody(c, 'the approved change no longer fits the record; reject it instead');
      document = parsed.data;
    }
    const status = approve ? (snapshot.status === 'suspended' ? 'suspended' : 'published') : whole && snapshot.status === 'pending' ? 'rejected' : snapshot.status;
    const { actor, label } = actorOf(principal);
    const notice: ReviewNotice | undefined = snapshot.organisationId ? {
      organisationId: snapshot.organisationId, kind: change.kind, recordId: change.recordId, title: spec.title(document),
      decision: approve ? 'approved' : 'rejected', reason: decision.data.reason, change: !whole,
    } : undefined;
    // Rendered before the write: a mail that cannot be made leaves the item undecided (a 500),
    // rather than a decision the organisation never hears of.
    const mails = notice && options.mails ? await options.mails.statementsFor(notice) : [];
    try {
      await writes.commit({
        kind: change.kind, id: change.recordId, expect: { unchangedSince: snapshot.revision },
        next: { status, document, organisationId: snapshot.organisationId, reason: approve ? null : decision.data.reason ?? null },
        pending: { remove: [change.id] }, actor: { actor, label, route: 'POST /v1/review/{id}' },
        action: approve ? 'approve' : 'reject', before: snapshot.document, after: document, organisationId: snapshot.organisationId,
        alsoCommit: mails,
      });
    } catch (error) {
      if (error instanceof StaleWriteError) return problem(c, 409, 'conflict', 'The record changed meanwhile: load the queue again.');
      if (error instanceof InvalidRecordError) return badBody(c, error.message);
      throw error;
    }
    if (mails.length > 0) options.mails?.committed();
    return c.json({ id: change.id, decision: decision.data.decision, status }, 200, noStore);
  });

  document({
    method: 'get', path: '/v1/audit', tags, security: WRITE_SECURITY, summary: 'The audit log',
    description: 'The secretariat only. Every write: who, when, what (before and after) and through which route; newest first.',
    request: { query: AuditQuery },
    responses: { 200: { description: 'A page of the log', content: { 'application/json': { schema: AuditPage } } }, ...writeProblems(400, 403) },
  });
  router.get('/v1/audit', async (c) => {
    const principal = secretariatOnly(c);
    if (principal instanceof Response) return principal;
    const query = AuditQuery.safeParse(c.req.query());
    if (!query.success) return invalidBody(c, query.error);
    const { page, pageSize, kind, record, organisation, actor, from, to } = query.data;
    const result = await writes.audit({ kind, recordId: record, organisationId: organisation, actor, from, to }, { page, pageSize });
    return c.json(AuditPage.parse({ ...result, page, pageSize }), 200, noStore);
  });

  document({
    method: 'get', path: '/v1/members/{id}/history', tags, security: WRITE_SECURITY, summary: 'The history of an organisation\'s entries',
    description: 'The organisation\'s people and the secretariat: every change to its entry, resources and events.',
    request: { params: IdParams, query: HistoryQuery },
    responses: { 200: { description: 'A page of the log', content: { 'application/json': { schema: AuditPage } } }, ...writeProblems(400, 403) },
  });
  router.get('/v1/members/:id/history', async (c) => {
    const principal = requireSignedIn(c);
    if (principal instanceof Response) return principal;
    const id = c.req.param('id');
    if (!mayEdit(principal, id)) return problem(c, 403, 'forbidden', 'Only the organisation\'s people and the secretariat see its history.');
    const query = HistoryQuery.safeParse(c.req.query());
    if (!query.success) return invalidBody(c, query.error);
    const result = await writes.audit({ organisationId: id }, query.data);
    return c.json(AuditPage.parse({ ...result, ...query.data }), 200, noStore);
  });

  document({
    method: 'patch', path: '/v1/organisations/{memberId}', tags, security: WRITE_SECURITY, summary: 'Trust an organisation, or stop',
    description: 'The secretariat only: a trusted organisation\'s resources and events go live without review.',
    request: { params: z.strictObject({ memberId: Slug }), body: { required: true, content: { 'application/json': { schema: OrganisationSettings } } } },
    responses: { 200: { description: 'The settings', content: { 'application/json': { schema: OrganisationSettings } } }, ...writeProblems(400, 403, 404) },
  });
  router.patch('/v1/organisations/:memberId', async (c) => {
    const principal = secretariatOnly(c);
    if (principal instanceof Response) return principal;
    const memberId = c.req.param('memberId');
    const body = await readJsonObject(c);
    if (body instanceof Response) return body;
    const settings = OrganisationSettings.safeParse(body);
    if (!settings.success) return invalidBody(c, settings.error);
    if (!(await writes.snapshot('members', memberId))) return problem(c, 404, 'not-found', `There is no member with id "${memberId}".`);
    await writes.setTrusted(memberId, settings.data.trusted, { ...actorOf(principal), route: 'PATCH /v1/organisations/{memberId}' });
    return c.json(settings.data, 200, noStore);
  });
  return router;
}
