/**
 * `GET /v1/organisations/{memberId}/resources` and `…/events` (issue 12): one organisation's
 * own records in every status but deleted, each with its status, the reason of a rejection or
 * suspension, the ETag to change it with, and the fields that wait for review. Its people, its
 * keys and the secretariat only: the public lists give published records.
 */
import { z } from '@hono/zod-openapi';
import { OrganisationEvents, OrganisationResources, Slug } from '@thb/schema';
import { mayEdit } from '../../access/authorise.ts';
import { createRouter } from '../../lib/create-router.ts';
import type { AppDeps, AppOpenAPI } from '../../lib/types.ts';
import { revisionETag } from './if-match.ts';
import { WRITE_SECURITY, writeProblems } from './write-openapi.ts';
import { problem, requireSignedIn } from './write-request.ts';

const MemberParams = z.strictObject({ memberId: Slug });
const LISTS = { resources: OrganisationResources, events: OrganisationEvents } as const;

/** The two routes. */
export function organisationContentRouter(deps: AppDeps): AppOpenAPI {
  const router = createRouter();
  for (const kind of ['resources', 'events'] as const) {
    const schema = LISTS[kind];
    router.openAPIRegistry.registerPath({
      method: 'get', path: `/v1/organisations/{memberId}/${kind}`, tags: [kind === 'resources' ? 'Resources' : 'Events'],
      security: WRITE_SECURITY, summary: `An organisation's ${kind} in every status`,
      description: 'Its people, its API keys and the secretariat: pending, published, rejected (with the reason) and suspended ones; deleted ones are not listed. Most recently updated first.',
      request: { params: MemberParams },
      responses: { 200: { description: `The ${kind}`, content: { 'application/json': { schema } } }, ...writeProblems(400, 403, 404) },
    });
    router.get(`/v1/organisations/:memberId/${kind}`, async (c) => {
      const principal = requireSignedIn(c);
      if (principal instanceof Response) return principal;
      const memberId = c.req.param('memberId');
      if (!Slug.safeParse(memberId).success) return problem(c, 400, 'invalid-parameters', 'The member id is not a valid id.');
      if (!mayEdit(principal, memberId)) {
        return problem(c, 403, 'forbidden', `Only the organisation's people, its keys and the secretariat see its ${kind}.`);
      }
      if (!(await deps.store.writes.snapshot('members', memberId))) return problem(c, 404, 'not-found', `There is no member with id "${memberId}".`);
      const [records, pending] = await Promise.all([
        deps.store.writes.organisationRecords(kind, memberId),
        deps.store.writes.pendingChanges({ organisationId: memberId, kind }),
      ]);
      const waiting = new Map<string, Set<string>>();
      for (const change of pending) {
        const fields = waiting.get(change.recordId) ?? new Set<string>();
        for (const field of change.fields) fields.add(field);
        waiting.set(change.recordId, fields);
      }
      // Field by field, so nothing the schema does not list leaves the store.
      const items = records.map((snapshot) => ({
        status: snapshot.status, reason: snapshot.reason, etag: revisionETag(snapshot.revision, kind, snapshot.id),
        pendingReview: [...(waiting.get(snapshot.id) ?? [])], record: snapshot.document,
      }));
      return c.json(schema.parse({ items, total: items.length }), 200, { 'cache-control': 'no-store', vary: 'authorization, cookie' });
    });
  }
  return router;
}
