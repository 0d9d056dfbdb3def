/**
 * The secretariat's lists beside the review queue: records the public reads leave out, by
 * status (`GET /v1/review/records?status=suspended&kind=`), and the organisations it trusts
 * (`GET /v1/review/trusted-organisations`), so its screens show the real state of each.
 */
import { HiddenRecordList, HiddenRecordQuery, TrustedOrganisationList, type HiddenRecord } from '@thb/schema';
import { createRouter } from '../../lib/create-router.ts';
import type { AppDeps, AppOpenAPI } from '../../lib/types.ts';
import { NO_STORE, secretariatOnly } from '../calls/portal-options.ts';
import { WRITE_SECURITY, writeProblems } from '../writes/write-openapi.ts';
import { invalidBody } from '../writes/write-request.ts';

const tags = ['Review and audit'];

/** The routes. */
export function secretariatListsRouter(deps: AppDeps): AppOpenAPI {
  const router = createRouter();
  const document = router.openAPIRegistry.registerPath.bind(router.openAPIRegistry);
  const writes = deps.store.writes;

  document({
    method: 'get', path: '/v1/review/records', tags, security: WRITE_SECURITY, summary: 'Records the public reads leave out',
    description: 'The secretariat only: records of one status (suspended by default; also pending, rejected, deleted), of one kind or all, last written first, with the reason given.',
    request: { query: HiddenRecordQuery },
    responses: { 200: { description: 'The records', content: { 'application/json': { schema: HiddenRecordList } } }, ...writeProblems(400, 403) },
  });
  router.get('/v1/review/records', async (c) => {
    const principal = secretariatOnly(c);
    if (principal instanceof Response) return principal;
    const query = HiddenRecordQuery.safeParse(c.req.query());
    if (!query.success) return invalidBody(c, query.error);
    const records = await writes.recordsWithStatus(query.data.status, query.data.kind);
    // Field by field: the store's type may grow, the answer only by a change of its schema.
    const items = records.map((record): HiddenRecord => ({
      kind: record.kind, id: record.id, name: record.name, organisationId: record.organisationId,
      status: record.status, reason: record.reason, updatedAt: record.updatedAt,
    }));
    return c.json(HiddenRecordList.parse({ items }), 200, NO_STORE);
  });

  document({
    method: 'get', path: '/v1/review/trusted-organisations', tags, security: WRITE_SECURITY, summary: 'Trusted organisations',
    description: 'The secretariat only: organisations whose resources and events go live without review (set with `PATCH /v1/organisations/{memberId}`).',
    responses: { 200: { description: 'The organisations, by id', content: { 'application/json': { schema: TrustedOrganisationList } } }, ...writeProblems(403) },
  });
  router.get('/v1/review/trusted-organisations', async (c) => {
    const principal = secretariatOnly(c);
    if (principal instanceof Response) return principal;
    const trusted = await writes.trustedOrganisations();
    const items = trusted.map((organisation) => ({ id: organisation.memberId, name: organisation.name, trustedSince: organisation.trustedSince }));
    return c.json(TrustedOrganisationList.parse({ items }), 200, NO_STORE);
  });
  return router;
}
