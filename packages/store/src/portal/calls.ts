/**
 * Calls for expression of interest: the secretariat writes them; the open one, the last closed
 * and the next scheduled are public. A call's phase follows from the clock, not from a column.
 */
import type { Kysely } from 'kysely';
import { newPortalId, type PortalDatabase, type PortalCallTable } from './portal-tables.ts';

/** Text per language; `en` is always there (the schema package's `LocalizedText`). */
type LocalizedText = { en: string } & Partial<Record<string, string>>;

/** A call's multilingual content. */
export interface CallContent {
  title: LocalizedText;
  text: LocalizedText;
  criteria: LocalizedText[];
}

/** A call as stored. */
export interface StoredCall extends CallContent {
  id: string; opensAt: string; closesAt: string; timeZone: string; revision: number;
  createdAt: string; updatedAt: string; notifiedAt: string | null;
}

/** What a new call or a change sets. */
export type CallFields = CallContent & { opensAt: string; closesAt: string; timeZone: string };

/** A change lost against another (the `If-Match` revision was not the stored one). */
export class StaleCallError extends Error {}

const toIso = (text: string) => new Date(text).toISOString();

function fromRow(row: PortalCallTable): StoredCall {
  const content = JSON.parse(row.document) as CallContent;
  return {
    ...content, id: row.id, opensAt: row.opens_at, closesAt: row.closes_at, timeZone: row.time_zone, revision: Number(row.revision),
    createdAt: row.created_at, updatedAt: row.updated_at, notifiedAt: row.notified_at,
  };
}

/** The calls of one database. */
export function createCalls(db: Kysely<PortalDatabase>, now: () => Date) {
  const select = () => db.selectFrom('portal_call').selectAll();
  return {
    async create(fields: CallFields): Promise<StoredCall> {
      const at = now().toISOString();
      const id = newPortalId();
      await db.insertInto('portal_call').values({
        id, document: JSON.stringify({ title: fields.title, text: fields.text, criteria: fields.criteria }),
        opens_at: toIso(fields.opensAt), closes_at: toIso(fields.closesAt), time_zone: fields.timeZone,
        revision: 1, created_at: at, updated_at: at, notified_at: null,
      }).execute();
      return (await this.get(id))!;
    },
    async get(id: string): Promise<StoredCall | undefined> {
      const row = await select().where('id', '=', id).executeTakeFirst();
      return row && fromRow(row);
    },
    /** Every call, newest opening first. */
    async list(): Promise<StoredCall[]> {
      return (await select().orderBy('opens_at', 'desc').limit(500).execute()).map(fromRow);
    },
    /** Replaces a call's fields if it is still at `revision`. */
    async update(id: string, revision: number, fields: CallFields): Promise<StoredCall> {
      const result = await db.updateTable('portal_call').set({
        document: JSON.stringify({ title: fields.title, text: fields.text, criteria: fields.criteria }),
        opens_at: toIso(fields.opensAt), closes_at: toIso(fields.closesAt), time_zone: fields.timeZone,
        revision: revision + 1, updated_at: now().toISOString(),
      }).where('id', '=', id).where('revision', '=', revision).executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) throw new StaleCallError(`call ${id} changed meanwhile`);
      return (await this.get(id))!;
    },
    /** The open call at `at` (the one closing first if several overlap), the last closed and the next scheduled. */
    async current(at: Date = now()): Promise<{ open: StoredCall | undefined; lastClosed: StoredCall | undefined; next: StoredCall | undefined }> {
      const iso = at.toISOString();
      const open = await select().where('opens_at', '<=', iso).where('closes_at', '>', iso).orderBy('closes_at', 'asc').executeTakeFirst();
      const lastClosed = await select().where('closes_at', '<=', iso).orderBy('closes_at', 'desc').executeTakeFirst();
      const next = await select().where('opens_at', '>', iso).orderBy('opens_at', 'asc').executeTakeFirst();
      return { open: open && fromRow(open), lastClosed: lastClosed && fromRow(lastClosed), next: next && fromRow(next) };
    },
    /** Open calls whose subscribers have not been told yet. */
    async openUnnotified(at: Date = now()): Promise<StoredCall[]> {
      const iso = at.toISOString();
      return (await select().where('opens_at', '<=', iso).where('closes_at', '>', iso).where('notified_at', 'is', null).execute()).map(fromRow);
    },
    /** Marks a call's opening mail as sent; false if another run marked it first. */
    async markNotified(id: string): Promise<boolean> {
      const result = await db.updateTable('portal_call').set({ notified_at: now().toISOString() })
        .where('id', '=', id).where('notified_at', 'is', null).executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  };
}

export type Calls = ReturnType<typeof createCalls>;

/** Where a call stands at `at`. */
export function callPhase(call: Pick<StoredCall, 'opensAt' | 'closesAt'>, at: Date): 'scheduled' | 'open' | 'closed' {
  const t = at.getTime();
  if (t < Date.parse(call.opensAt)) return 'scheduled';
  return t < Date.parse(call.closesAt) ? 'open' : 'closed';
}
