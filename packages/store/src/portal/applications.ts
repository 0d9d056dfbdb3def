/**
 * Applications to a call: the would-be member entry, a contact person, a status. The applicant
 * holds a random token (only its hash is stored) to read and continue the application.
 */
import type { Kysely } from 'kysely';
import { pageWindow, toCount } from '../context.ts';
import { newPortalId, newToken, tokenHash, type ApplicationTable, type PortalDatabase } from './portal-tables.ts';

export type ApplicationStatus = 'draft' | 'submitted' | 'approved' | 'rejected';

/** An application as stored. */
export interface StoredApplication {
  id: string; callId: string; status: ApplicationStatus;
  organisation: Record<string, unknown>;
  contact: { name: string; email: string; locale: string };
  createdAt: string; updatedAt: string; submittedAt: string | null; decidedAt: string | null;
  reason: string | null; memberId: string | null;
}

/** What the applicant sends. */
export interface ApplicationFields {
  organisation: Record<string, unknown>;
  contact: { name: string; email: string; locale: string };
  status: 'draft' | 'submitted';
}

/** Filters of the secretariat's list. */
export interface ApplicationFilter { callId: string; country?: string | undefined; focus?: string | undefined; status?: ApplicationStatus | undefined }

function fromRow(row: ApplicationTable): StoredApplication {
  return {
    id: row.id, callId: row.call_id, status: row.status as ApplicationStatus,
    organisation: JSON.parse(row.organisation) as Record<string, unknown>,
    contact: { name: row.contact_name, email: row.contact_email, locale: row.contact_locale },
    createdAt: row.created_at, updatedAt: row.updated_at, submittedAt: row.submitted_at, decidedAt: row.decided_at,
    reason: row.reason, memberId: row.member_id,
  };
}

/** The columns a set of fields writes. */
function columns(fields: ApplicationFields, at: string, wasSubmitted: string | null) {
  const country = typeof fields.organisation.country === 'string' ? fields.organisation.country : null;
  const focus = Array.isArray(fields.organisation.focus) ? fields.organisation.focus.filter((f): f is string => typeof f === 'string') : [];
  return {
    status: fields.status, organisation: JSON.stringify(fields.organisation), country, focus: `|${focus.join('|')}|`,
    contact_name: fields.contact.name, contact_email: fields.contact.email, contact_locale: fields.contact.locale,
    updated_at: at, submitted_at: fields.status === 'submitted' ? (wasSubmitted ?? at) : null,
  };
}

/** The applications of one database. */
export function createApplications(db: Kysely<PortalDatabase>, now: () => Date) {
  const select = () => db.selectFrom('application').selectAll();
  function filtered(filter: ApplicationFilter) {
    let query = db.selectFrom('application').where('call_id', '=', filter.callId);
    if (filter.country) query = query.where('country', '=', filter.country);
    if (filter.focus) query = query.where('focus', 'like', `%|${filter.focus}|%`);
    if (filter.status) query = query.where('status', '=', filter.status);
    // Drafts are the applicant's until submitted; the secretariat lists them only when asked.
    else query = query.where('status', '!=', 'draft');
    return query;
  }
  return {
    /** Stores a new application; returns it with the token to hand to the applicant once. */
    async create(callId: string, fields: ApplicationFields): Promise<{ application: StoredApplication; token: string }> {
      const at = now().toISOString();
      const id = newPortalId();
      const token = newToken();
      await db.insertInto('application').values({
        id, call_id: callId, ...columns(fields, at, null), token_hash: await tokenHash(token),
        created_at: at, decided_at: null, reason: null, member_id: null,
      }).execute();
      return { application: (await this.get(id))!, token };
    },
    async get(id: string): Promise<StoredApplication | undefined> {
      const row = await select().where('id', '=', id).executeTakeFirst();
      return row && fromRow(row);
    },
    async byToken(token: string): Promise<StoredApplication | undefined> {
      const row = await select().where('token_hash', '=', await tokenHash(token)).executeTakeFirst();
      return row && fromRow(row);
    },
    /** Changes a draft; false when it is no longer a draft (submitted meanwhile, or decided). */
    async update(id: string, fields: ApplicationFields): Promise<boolean> {
      const result = await db.updateTable('application').set(columns(fields, now().toISOString(), null))
        .where('id', '=', id).where('status', '=', 'draft').executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    /** Records the decision on a submitted application; false if it was decided meanwhile. */
    async decide(id: string, decision: { status: 'approved' | 'rejected'; reason: string | null; memberId: string | null }): Promise<boolean> {
      const result = await db.updateTable('application').set({
        status: decision.status, reason: decision.reason, member_id: decision.memberId, decided_at: now().toISOString(),
      }).where('id', '=', id).where('status', '=', 'submitted').executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    /** A page of a call's applications, oldest first. */
    async list(filter: ApplicationFilter, paging: { page: number; pageSize: number }): Promise<{ items: StoredApplication[]; total: number }> {
      const { limit, offset } = pageWindow(paging);
      const rows = await filtered(filter).selectAll().orderBy('created_at').orderBy('id').limit(limit).offset(offset).execute();
      const count = await filtered(filter).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
      return { items: rows.map(fromRow), total: toCount(count?.n) };
    },
    /** Every application of a call matching the filter, for the CSV export (at most `max`). */
    async all(filter: ApplicationFilter, max = 10_000): Promise<StoredApplication[]> {
      return (await filtered(filter).selectAll().orderBy('created_at').orderBy('id').limit(max).execute()).map(fromRow);
    },
  };
}

export type Applications = ReturnType<typeof createApplications>;
