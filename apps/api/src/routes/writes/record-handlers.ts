/**
 * The write handlers of members, resources and events. Each write reads the record as it is,
 * checks who may do it, builds the new state and commits it in one atomic store write, with the
 * audit row: a refused request changes nothing, an acknowledged one is there with its history.
 */
import type { Context } from 'hono';
import {
  IdempotencyReplayError, InvalidRecordError, StaleWriteError, ownerOf, type AnyRecord, type RecordKind,
  type RecordSnapshot, type RecordStatus, type RecordWritePlan,
} from '@thb/store';
import { actorOf, isSecretariat, mayEdit } from '../../access/authorise.ts';
import type { Principal } from '../../access/principal.ts';
import { hashString } from '../../lib/etag.ts';
import { readContext } from '../../lib/read-context.ts';
import type { AppDeps, AppEnv } from '../../lib/types.ts';
import { parseIfMatch, revisionETag } from './if-match.ts';
import { changedFields, mergePatch } from './merge-patch.ts';
import type { RecordKindSpec } from './record-kinds.ts';
import { badBody, invalidBody, problem, readJsonObject, requireSignedIn } from './write-request.ts';

type Ctx = Context<AppEnv>;
type SignedIn = Exclude<Principal, { type: 'anonymous' }>;

/** Fields an editor changes only with the secretariat's approval, per kind. */
const REVIEWED_FIELDS: Partial<Record<RecordKind, readonly string[]>> = { members: ['name', 'country'] };

/** Idempotency keys are opaque, printable and short (the IETF draft's advice). */
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,128}$/;

function newId(): string {
  return [...crypto.getRandomValues(new Uint8Array(9))].map((b) => b.toString(36).padStart(2, '0')).join('').slice(0, 16);
}

/** The route as the audit log names it: method and template path. */
const routeName = (method: string, kind: RecordKind, suffix = '') => `${method} /v1/${kind}${suffix}`;

/** Builds the handlers for one kind. */
export function recordWriteHandlers(deps: AppDeps, spec: RecordKindSpec) {
  const { kind } = spec;
  const writes = deps.store.writes;

  async function respond(c: Ctx, status: 200 | 201, result: { status: RecordStatus; record: AnyRecord; pendingReview: string[] }, revision: number, extra: Record<string, string> = {}) {
    const { language } = await readContext(c, deps);
    const body = JSON.stringify({ status: result.status, item: await spec.toView(deps, result.record, language), pendingReview: result.pendingReview });
    return new Response(body, {
      status,
      headers: {
        'content-type': 'application/json', 'cache-control': 'no-store', etag: revisionETag(revision, kind, result.record.id),
        'content-language': language, ...extra,
      },
    });
  }

  /** Commits a plan, turning the store's refusals into problems. */
  async function commit(c: Ctx, plan: RecordWritePlan): Promise<number | Response> {
    try {
      return await writes.commit(plan);
    } catch (error) {
      if (error instanceof StaleWriteError) {
        return 'absent' in plan.expect
          ? problem(c, 409, 'conflict', `A ${spec.noun} with id "${plan.id}" exists already.`)
          : problem(c, 412, 'precondition-failed', `The ${spec.noun} changed since your copy: read it again and retry with its new ETag.`);
      }
      if (error instanceof InvalidRecordError) return badBody(c, error.message);
      if (error instanceof IdempotencyReplayError && plan.idempotent) {
        // Two tries of one request raced: the other committed, and its answer is this one's.
        const earlier = await writes.idempotentAnswer(plan.idempotent.actor, plan.idempotent.key);
        if (earlier) return replay(c, earlier, plan.idempotent.fingerprint);
      }
      throw error;
    }
  }

  /** The record or the problem: 404 when it is not there (or deleted), 403 when the principal may not touch it. */
  async function loadEditable(c: Ctx, principal: SignedIn, id: string, secretariatOnly: boolean): Promise<RecordSnapshot | Response> {
    const snapshot = await writes.snapshot(kind, id);
    if (!snapshot || (snapshot.status === 'deleted' && c.req.method !== 'POST')) {
      return problem(c, 404, 'not-found', `There is no ${spec.noun} with id "${id}".`);
    }
    const allowed = secretariatOnly ? isSecretariat(principal) : mayEdit(principal, snapshot.organisationId);
    if (!allowed) return problem(c, 403, 'forbidden', `You may not change this ${spec.noun}.`);
    if (snapshot.status === 'suspended' && !isSecretariat(principal)) {
      return problem(c, 403, 'forbidden', `This ${spec.noun} is suspended; only the secretariat may change it.`);
    }
    return snapshot;
  }

  /** The version `If-Match` says the client knows, or the 428/412 to answer. */
  function expected(c: Ctx, snapshot: RecordSnapshot): number | Response {
    const header = c.req.header('if-match');
    if (!header) return problem(c, 428, 'precondition-required', `Send If-Match with the ETag of the ${spec.noun} you read.`);
    const ifMatch = parseIfMatch(header);
    if ('invalid' in ifMatch) return problem(c, 412, 'precondition-failed', 'If-Match names no ETag this API sent.');
    if ('any' in ifMatch) return snapshot.revision;
    if (snapshot.revision > ifMatch.version) {
      return problem(c, 412, 'precondition-failed', `The ${spec.noun} changed since your copy: read it again and retry with its new ETag.`);
    }
    return ifMatch.version;
  }

  /** The record parsed with its schema, `updatedAt` set by the server; or the 400. */
  function validated(c: Ctx, candidate: Record<string, unknown>): AnyRecord | Response {
    const parsed = spec.schema.safeParse({ ...candidate, updatedAt: deps.now().toISOString() });
    return parsed.success ? (parsed.data) : invalidBody(c, parsed.error);
  }

  /** Whether an organisation's writes go live without review. */
  const skipsReview = async (principal: SignedIn, organisationId: string | null) =>
    isSecretariat(principal) || (organisationId !== null && (await writes.isTrusted(organisationId)));

  return {
    /** `POST /v1/{kind}` */
    async create(c: Ctx): Promise<Response> {
      const principal = requireSignedIn(c);
      if (principal instanceof Response) return principal;
      const idempotencyKey = c.req.header('idempotency-key');
      if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
        return problem(c, 400, 'invalid-parameters', 'Idempotency-Key must be 1 to 128 printable ASCII characters.');
      }
      const body = await readJsonObject(c);
      if (body instanceof Response) return body;
      const { actor, label } = actorOf(principal);
      const fingerprint = `POST /v1/${kind} ${hashString(JSON.stringify(body))}`;
      if (idempotencyKey !== undefined) {
        const earlier = await writes.idempotentAnswer(actor, idempotencyKey);
        if (earlier) return replay(c, earlier, fingerprint);
      }
      if ('updatedAt' in body) return badBody(c, 'is set by the server', 'updatedAt');
      const record = validated(c, body);
      if (record instanceof Response) return record;
      const organisationId = ownerOf(kind, record);
      const allowed = kind === 'members' ? isSecretariat(principal) : mayEdit(principal, organisationId);
      if (!allowed) {
        return problem(c, 403, 'forbidden', kind === 'members'
          ? 'Only the secretariat creates members; organisations apply to join.'
          : `You may publish ${kind} only for your own organisation.`);
      }
      const live = kind === 'members' || (await skipsReview(principal, organisationId));
      const status: RecordStatus = live ? 'published' : 'pending';
      const pendingReview = live ? [] : ['*'];
      const { language } = await readContext(c, deps);
      const location = `/v1/${kind}/${record.id}`;
      const responseBody = JSON.stringify({ status, item: await spec.toView(deps, record, language), pendingReview });
      const result = await commit(c, {
        kind, id: record.id, expect: { absent: true },
        next: { status, document: record, organisationId },
        pending: live ? undefined : { add: [{ id: newId(), document: record, fields: ['*'] }] },
        actor: { actor, label, route: routeName('POST', kind) }, action: 'create', before: null, after: record, organisationId,
        idempotent: idempotencyKey === undefined ? undefined : {
          actor, key: idempotencyKey, fingerprint, status: 201, body: responseBody,
          headers: { location, 'content-language': language },
        },
      });
      if (result instanceof Response) return result;
      return new Response(responseBody, {
        status: 201,
        headers: {
          'content-type': 'application/json', 'cache-control': 'no-store', location,
          etag: revisionETag(result, kind, record.id), 'content-language': language,
        },
      });
    },

    /** `PATCH /v1/{kind}/{id}` (JSON merge patch) */
    async update(c: Ctx): Promise<Response> {
      const principal = requireSignedIn(c);
      if (principal instanceof Response) return principal;
      const id = c.req.param('id')!;
      const snapshot = await loadEditable(c, principal, id, false);
      if (snapshot instanceof Response) return snapshot;
      const version = expected(c, snapshot);
      if (version instanceof Response) return version;
      const patch = await readJsonObject(c);
      if (patch instanceof Response) return patch;
      if ('updatedAt' in patch) return badBody(c, 'is set by the server', 'updatedAt');
      if ('id' in patch && patch.id !== id) return badBody(c, 'cannot be changed', 'id');
      const merged = mergePatch(snapshot.document, patch) as Record<string, unknown>;
      const proposed = validated(c, merged);
      if (proposed instanceof Response) return proposed;
      const organisationId = ownerOf(kind, proposed);
      if (kind !== 'members' && !isSecretariat(principal) && organisationId !== snapshot.organisationId) {
        return problem(c, 403, 'forbidden', `You may not give this ${spec.noun} to another organisation.`);
      }
      const fields = changedFields(snapshot.document, proposed).filter((field) => field !== 'updatedAt');
      const { actor, label } = actorOf(principal);
      const secretariat = isSecretariat(principal);
      let live: AnyRecord = proposed;
      let waiting: string[] = [];
      let status = snapshot.status;
      const pending: NonNullable<RecordWritePlan['pending']> = {};
      if (!secretariat && snapshot.status === 'pending') {
        // Not published yet: the edit replaces what waits for review.
        const earlier = await writes.pendingChanges({ kind, recordId: id });
        pending.remove = earlier.map((change) => change.id);
        pending.add = [{ id: newId(), document: proposed, fields: ['*'] }];
        waiting = ['*'];
      } else if (!secretariat && kind === 'members') {
        waiting = fields.filter((field) => REVIEWED_FIELDS.members!.includes(field));
        if (waiting.length > 0) {
          const current = snapshot.document as Record<string, unknown>;
          live = { ...proposed, ...Object.fromEntries(waiting.map((field) => [field, current[field]])) };
          pending.add = [{ id: newId(), document: proposed, fields: waiting }];
        }
      } else if (!secretariat && !(await skipsReview(principal, organisationId)) && fields.length > 0) {
        // An untrusted organisation's edit of a published item waits; the published one stays.
        live = snapshot.document;
        waiting = fields;
        pending.add = [{ id: newId(), document: proposed, fields }];
      }
      if (snapshot.status === 'rejected') status = secretariat ? 'published' : 'pending';
      const result = await commit(c, {
        kind, id, expect: { unchangedSince: version },
        next: { status, document: status === 'pending' ? proposed : live, organisationId, reason: snapshot.reason },
        pending, actor: { actor, label, route: routeName('PATCH', kind, '/{id}') },
        action: waiting.length > 0 ? 'propose' : 'update', before: snapshot.document, after: proposed, organisationId,
      });
      if (result instanceof Response) return result;
      return respond(c, 200, { status, record: status === 'pending' ? proposed : live, pendingReview: waiting }, result);
    },

    /** `DELETE /v1/{kind}/{id}`: soft for 30 days. */
    async remove(c: Ctx): Promise<Response> {
      const principal = requireSignedIn(c);
      if (principal instanceof Response) return principal;
      const id = c.req.param('id')!;
      const snapshot = await loadEditable(c, principal, id, kind === 'members');
      if (snapshot instanceof Response) return snapshot;
      const version = expected(c, snapshot);
      if (version instanceof Response) return version;
      const { actor, label } = actorOf(principal);
      const earlier = await writes.pendingChanges({ kind, recordId: id });
      const result = await commit(c, {
        kind, id, expect: { unchangedSince: version },
        next: { status: 'deleted', document: snapshot.document, organisationId: snapshot.organisationId, deletedAt: deps.now().toISOString() },
        pending: { remove: earlier.map((change) => change.id) },
        actor: { actor, label, route: routeName('DELETE', kind, '/{id}') }, action: 'delete',
        before: snapshot.document, after: null, organisationId: snapshot.organisationId,
      });
      if (result instanceof Response) return result;
      return respond(c, 200, { status: 'deleted', record: snapshot.document, pendingReview: [] }, result);
    },

    /** `POST /v1/{kind}/{id}/restore`, `/suspend` and `/reinstate`: a change of status only. */
    status(action: 'restore' | 'suspend' | 'reinstate') {
      return async (c: Ctx): Promise<Response> => {
        const principal = requireSignedIn(c);
        if (principal instanceof Response) return principal;
        const id = c.req.param('id')!;
        const secretariatOnly = action !== 'restore' || kind === 'members';
        const snapshot = await loadEditable(c, principal, id, secretariatOnly);
        if (snapshot instanceof Response) return snapshot;
        const from: RecordStatus = action === 'restore' ? 'deleted' : action === 'suspend' ? 'published' : 'suspended';
        if (snapshot.status !== from) {
          return problem(c, 409, 'conflict', `The ${spec.noun} is ${snapshot.status}, not ${from}: it cannot be ${action === 'restore' ? 'restored' : `${action}ed`}.`);
        }
        let reason: string | null = null;
        if (action === 'suspend') {
          const body = await readJsonObject(c);
          if (body instanceof Response) return body;
          const text = typeof body.reason === 'string' ? body.reason.trim() : '';
          if (!text || text.length > 2000 || Object.keys(body).some((key) => key !== 'reason')) {
            return badBody(c, 'needs only a reason (1 to 2000 characters)', 'reason');
          }
          reason = text;
        }
        const header = c.req.header('if-match');
        let version = snapshot.revision;
        if (header) {
          const known = expected(c, snapshot);
          if (known instanceof Response) return known;
          version = known;
        }
        const status: RecordStatus = action === 'suspend' ? 'suspended' : 'published';
        const { actor, label } = actorOf(principal);
        const result = await commit(c, {
          kind, id, expect: { unchangedSince: version },
          next: { status, document: snapshot.document, organisationId: snapshot.organisationId, reason },
          actor: { actor, label, route: routeName('POST', kind, `/{id}/${action}`) }, action,
          before: snapshot.document, after: snapshot.document, organisationId: snapshot.organisationId,
        });
        if (result instanceof Response) return result;
        return respond(c, 200, { status, record: snapshot.document, pendingReview: [] }, result);
      };
    },
  };

  function replay(c: Ctx, earlier: { fingerprint: string; status: number; body: string; headers: Record<string, string>; revision: number }, fingerprint: string): Response {
    if (earlier.fingerprint !== fingerprint) {
      return problem(c, 422, 'idempotency-key-reused', 'This Idempotency-Key was used for a different request.');
    }
    const id = (JSON.parse(earlier.body) as { item?: { id?: string } }).item?.id ?? '';
    return new Response(earlier.body, {
      status: earlier.status,
      headers: {
        'content-type': 'application/json', 'cache-control': 'no-store', ...earlier.headers,
        etag: revisionETag(earlier.revision, kind, id), 'idempotent-replayed': 'true',
      },
    });
  }
}

