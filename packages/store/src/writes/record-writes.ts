/**
 * The write side of a store: each write of one record is one batch of statements (a transaction
 * on SQLite and PostgreSQL, one `batch` on D1) that bumps the data version, checks the client's
 * expectation, stores the record's state, updates the public table, files pending changes, writes
 * the audit row and the idempotent answer. All of them commit, or none.
 */
import { sql, type CompiledQuery, type Kysely } from 'kysely';
import type { StoreContext } from '../context.ts';
import { toCount } from '../context.ts';
import { DATA_VERSION_KEY, type RecordKind, type StoreDatabase } from '../database.ts';
import { validRecord } from '../documents.ts';
import { putStatements } from '../statements.ts';
import { recordWebhookStatements } from '../webhooks/record-events.ts';
import { bumpVersion } from '../write.ts';
import { IdempotencyReplayError, StaleWriteError } from './errors.ts';
import { createRecordLists } from './record-lists.ts';
import { organisationRecords } from './organisation-records.ts';
import type {
  AnyRecord, AuditEntry, PendingChange, RecordOf, RecordSnapshot, RecordStatus, RecordWritePlan, RecordWrites,
  StoredIdempotentAnswer, WriteExpectation,
} from './types.ts';

/** The organisation a record belongs to, as its document says. */
export function ownerOf(kind: RecordKind, record: AnyRecord): string | null {
  if (kind === 'members') return record.id;
  const ref = kind === 'resources' ? (record as RecordOf['resources']).publisher : (record as RecordOf['events']).organiser;
  return ref.type === 'member' ? ref.memberId : null;
}

function currentVersion(db: Kysely<StoreDatabase>) {
  return db.selectFrom('meta').select('value').where('key', '=', DATA_VERSION_KEY);
}

/**
 * A statement that fails (a second data-version row, refused by the primary key) when the
 * expectation does not hold: the batch then rolls back, on every backend, D1 included.
 */
function guard(db: Kysely<StoreDatabase>, kind: RecordKind, id: string, expect: WriteExpectation): CompiledQuery {
  return db
    .insertInto('meta')
    .columns(['key', 'value'])
    .expression(db
      .selectNoFrom([sql.lit(DATA_VERSION_KEY).as('key'), sql.lit(0).as('value')])
      .where((eb) => ('absent' in expect
        ? eb.or([
            eb.exists(eb.selectFrom(kind).select('id').where('id', '=', id)),
            eb.exists(eb.selectFrom('record_state').select('id').where('kind', '=', kind).where('id', '=', id)
              .where('status', '<>', 'purged')),
          ])
        : eb.exists(eb.selectFrom('record_state').select('id').where('kind', '=', kind).where('id', '=', id)
            .where('revision', '>', expect.unchangedSince)))))
    .compile();
}

/** Removes a record from its public table (and a member's focus rows), without a version bump. */
function unpublish(db: Kysely<StoreDatabase>, kind: RecordKind, id: string): CompiledQuery[] {
  const statements: CompiledQuery[] = [];
  if (kind === 'members') statements.push(db.deleteFrom('member_focus').where('member_id', '=', id).compile());
  statements.push(db.deleteFrom(kind).where('id', '=', id).compile());
  return statements;
}

/** Puts a record into its public table, without a version bump (the plan's batch has one). */
function publish(ctx: StoreContext, kind: RecordKind, record: AnyRecord): CompiledQuery[] {
  return putStatements(ctx.db, { [kind]: [record] }, ctx.maxParameters).slice(1);
}

const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

/** Sortable, unique ids: the time, then random characters. */
function timeId(at: string): string {
  const random = crypto.getRandomValues(new Uint8Array(6));
  return `${at.replace(/[-:.]/g, '')}-${[...random].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** Creates the write side over a store's context. */
export function createRecordWrites(ctx: StoreContext, now: () => Date = () => new Date()): RecordWrites {
  const { db } = ctx;

  async function snapshot<K extends RecordKind>(kind: K, id: string): Promise<RecordSnapshot<K> | undefined> {
    const state = await db.selectFrom('record_state').selectAll().where('kind', '=', kind).where('id', '=', id).executeTakeFirst();
    if (state?.status === 'purged') return undefined;
    let document: RecordOf[K] | undefined;
    if (state?.document) {
      document = validRecord<K>(kind, JSON.parse(state.document) as RecordOf[K]);
    } else {
      // One table at a time for the compiler: a union of table names is not selectable as one.
      const table = kind as 'members';
      const row = await db.selectFrom(table).select(['id', 'document']).where('id', '=', id).executeTakeFirst();
      document = row ? ctx.documents.read<K>(kind, row) : undefined;
    }
    if (!document) return undefined;
    return {
      kind, id, document,
      status: (state?.status ?? 'published') as RecordStatus,
      revision: Number(state?.revision ?? 0),
      organisationId: state ? state.organisation_id : ownerOf(kind, document),
      reason: state?.reason ?? null,
      deletedAt: state?.deleted_at ?? null,
    };
  }

  function statementsOf(plan: RecordWritePlan, at: string): CompiledQuery[] {
    const { kind, id } = plan;
    const statements: CompiledQuery[] = [bumpVersion(db), guard(db, kind, id, plan.expect)];
    statements.push(db.deleteFrom('record_state').where('kind', '=', kind).where('id', '=', id).compile());
    const next = plan.next;
    // Webhook deliveries in the same batch, before the public table changes (they read it).
    const isPublished = next !== 'purge' && next.status === 'published';
    statements.push(...recordWebhookStatements(db, kind, id, {
      published: isPublished, document: isPublished ? next.document : null,
    }, new Date(at)));
    if (next === 'purge') {
      // A tombstone keeps the revision rising if the id is used again, so no ETag ever repeats.
      statements.push(db.insertInto('record_state').values({
        kind, id, revision: currentVersion(db), status: 'purged', organisation_id: null, document: null,
        reason: null, deleted_at: null, updated_at: at,
      }).compile());
      statements.push(...unpublish(db, kind, id));
      statements.push(db.deleteFrom('pending_change').where('kind', '=', kind).where('record_id', '=', id).compile());
    } else {
      const published = next.status === 'published';
      // A published record is parsed by `putStatements`; one kept here is parsed now.
      const document = published ? next.document : validRecord(kind, next.document);
      statements.push(db.insertInto('record_state').values({
        kind, id, revision: currentVersion(db), status: next.status, organisation_id: next.organisationId,
        document: published ? null : JSON.stringify(document), reason: next.reason ?? null,
        deleted_at: next.deletedAt ?? null, updated_at: at,
      }).compile());
      statements.push(...unpublish(db, kind, id));
      if (published) statements.push(...publish(ctx, kind, document));
    }
    for (const pendingId of plan.pending?.remove ?? []) {
      statements.push(db.deleteFrom('pending_change').where('id', '=', pendingId).compile());
    }
    for (const change of plan.pending?.add ?? []) {
      statements.push(db.insertInto('pending_change').values({
        id: change.id, kind, record_id: id, organisation_id: plan.organisationId,
        document: JSON.stringify(validRecord(kind, change.document)), fields: JSON.stringify(change.fields),
        requested_by: plan.actor.label, requested_at: at,
      }).compile());
    }
    statements.push(db.insertInto('audit_log').values({
      id: timeId(at), at, actor: plan.actor.actor, actor_label: plan.actor.label, organisation_id: plan.organisationId,
      route: plan.actor.route, kind, record_id: id, action: plan.action, before: json(plan.before), after: json(plan.after),
    }).compile());
    const answer = plan.idempotent;
    if (answer) {
      statements.push(db.insertInto('idempotent_request').values({
        actor: answer.actor, key: answer.key, fingerprint: answer.fingerprint, status: answer.status,
        revision: currentVersion(db), body: answer.body, headers: JSON.stringify(answer.headers), created_at: at,
      }).compile());
    }
    statements.push(...(plan.alsoCommit ?? []));
    // Last: the version this batch committed at, read inside it.
    statements.push(currentVersion(db).compile());
    return statements;
  }

  async function idempotentAnswer(actor: string, key: string): Promise<StoredIdempotentAnswer | undefined> {
    const row = await db.selectFrom('idempotent_request').selectAll().where('actor', '=', actor).where('key', '=', key)
      .executeTakeFirst();
    if (!row) return undefined;
    return {
      actor: row.actor, key: row.key, fingerprint: row.fingerprint, status: Number(row.status), revision: Number(row.revision),
      body: row.body, headers: JSON.parse(row.headers) as Record<string, string>,
    };
  }

  async function expectationFails(plan: RecordWritePlan): Promise<boolean> {
    const { kind, id, expect } = plan;
    if ('absent' in expect) {
      const state = await db.selectFrom('record_state').select('status').where('kind', '=', kind).where('id', '=', id).executeTakeFirst();
      if (state && state.status !== 'purged') return true;
      return (await db.selectFrom(kind as 'members').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
    }
    const state = await db.selectFrom('record_state').select('revision').where('kind', '=', kind).where('id', '=', id).executeTakeFirst();
    return state !== undefined && Number(state.revision) > expect.unchangedSince;
  }

  const toPending = (row: {
    id: string; kind: RecordKind; record_id: string; organisation_id: string | null; document: string; fields: string;
    requested_by: string; requested_at: string;
  }): PendingChange => ({
    id: row.id, kind: row.kind, recordId: row.record_id, organisationId: row.organisation_id,
    document: JSON.parse(row.document) as AnyRecord, fields: JSON.parse(row.fields) as string[],
    requestedBy: row.requested_by, requestedAt: row.requested_at,
  });

  return {
    snapshot,
    async commit(plan) {
      const at = now().toISOString();
      const statements = statementsOf(plan, at);
      try {
        const results = await ctx.write(statements);
        const last = results.at(-1)?.rows[0] as { value?: unknown } | undefined;
        ctx.documents.forget(plan.kind, [plan.id]);
        return Number(last?.value ?? 0);
      } catch (error) {
        // The guard or the idempotency key's primary key refused the batch: nothing was written.
        if (plan.idempotent && (await idempotentAnswer(plan.idempotent.actor, plan.idempotent.key))) {
          throw new IdempotencyReplayError(plan.idempotent.actor, plan.idempotent.key);
        }
        if (await expectationFails(plan)) throw new StaleWriteError(plan.kind, plan.id);
        throw error;
      }
    },
    async commitAll(plans) {
      if (plans.length === 0) return Number((await currentVersion(db).executeTakeFirst())?.value ?? 0);
      const at = now().toISOString();
      // Each plan's batch ends by reading the version; only the last read is needed here.
      const statements = plans.flatMap((plan, index) => {
        const own = statementsOf(plan, at);
        return index === plans.length - 1 ? own : own.slice(0, -1);
      });
      try {
        const results = await ctx.write(statements);
        const last = results.at(-1)?.rows[0] as { value?: unknown } | undefined;
        for (const plan of plans) ctx.documents.forget(plan.kind, [plan.id]);
        return Number(last?.value ?? 0);
      } catch (error) {
        for (const plan of plans) {
          if (await expectationFails(plan)) throw new StaleWriteError(plan.kind, plan.id);
        }
        throw error;
      }
    },
    idempotentAnswer,
    organisationRecords: (kind, organisationId) => organisationRecords(ctx, kind, organisationId),
    async pendingChanges(filter = {}) {
      let query = db.selectFrom('pending_change').selectAll().orderBy('requested_at').orderBy('id');
      if (filter.organisationId) query = query.where('organisation_id', '=', filter.organisationId);
      if (filter.kind) query = query.where('kind', '=', filter.kind);
      if (filter.recordId) query = query.where('record_id', '=', filter.recordId);
      return (await query.execute()).map(toPending);
    },
    async pendingChange(id) {
      const row = await db.selectFrom('pending_change').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toPending(row) : undefined;
    },
    async audit(filter, paging) {
      let query = db.selectFrom('audit_log');
      if (filter.kind) query = query.where('kind', '=', filter.kind);
      if (filter.recordId) query = query.where('record_id', '=', filter.recordId);
      if (filter.organisationId) query = query.where('organisation_id', '=', filter.organisationId);
      if (filter.actor) query = query.where('actor', '=', filter.actor);
      if (filter.from) query = query.where('at', '>=', filter.from);
      if (filter.to) query = query.where('at', '<', filter.to);
      const [rows, count] = await Promise.all([
        query.selectAll().orderBy('id', 'desc').limit(paging.pageSize).offset((paging.page - 1) * paging.pageSize).execute(),
        query.select((eb) => eb.fn.countAll<string | number | bigint>().as('n')).executeTakeFirst(),
      ]);
      const items = rows.map((row): AuditEntry => ({
        id: row.id, at: row.at, actor: row.actor, actorLabel: row.actor_label, organisationId: row.organisation_id,
        route: row.route, kind: row.kind as RecordKind, recordId: row.record_id, action: row.action,
        before: row.before === null ? null : JSON.parse(row.before), after: row.after === null ? null : JSON.parse(row.after),
      }));
      return { items, total: toCount(count?.n) };
    },
    async isTrusted(memberId) {
      const row = await db.selectFrom('organisation_setting').select('trusted').where('member_id', '=', memberId).executeTakeFirst();
      return Number(row?.trusted ?? 0) === 1;
    },
    async setTrusted(memberId, trusted, actor) {
      const at = now().toISOString();
      const before = await this.isTrusted(memberId);
      // The setting and its audit row together, like every write.
      await ctx.write([
        db.deleteFrom('organisation_setting').where('member_id', '=', memberId).compile(),
        db.insertInto('organisation_setting').values({ member_id: memberId, trusted: trusted ? 1 : 0, updated_at: at }).compile(),
        db.insertInto('audit_log').values({
          id: timeId(at), at, actor: actor.actor, actor_label: actor.label, organisation_id: memberId, route: actor.route,
          kind: 'members', record_id: memberId, action: trusted ? 'trust' : 'distrust',
          before: JSON.stringify({ trusted: before }), after: JSON.stringify({ trusted }),
        }).compile(),
      ]);
    },
    async deletedBefore(cutoff) {
      const rows = await db.selectFrom('record_state').select(['kind', 'id']).where('status', '=', 'deleted')
        .where('deleted_at', '<', cutoff).execute();
      return rows.map((row) => ({ kind: row.kind, id: row.id }));
    },
    ...createRecordLists(ctx, snapshot),
  };
}
