/**
 * Announcements of the secretariat. Each write is one batch (a transaction, or one D1 batch)
 * that bumps the data version, changes the row and writes the audit row: all commit, or none.
 */
import { sql, type CompiledQuery, type Kysely } from 'kysely';
import { DATA_VERSION_KEY } from '../database.ts';
import type { WriteBatch } from '../write.ts';
import { webhookEnqueueStatement } from '../webhooks/webhook-enqueue.ts';

/** Text per language; `en` is always there. */
export type AnnouncementText = { en: string } & Partial<Record<string, string>>;

/** Who an announcement is for: both lists empty means all members. */
export interface AnnouncementAudience { countries: string[]; focusAreas: string[] }

/** What a new announcement or a change sets. */
export interface AnnouncementFields {
  title: AnnouncementText; text: AnnouncementText; eventIds: string[]; resourceIds: string[];
  audience: AnnouncementAudience; public: boolean;
}

/** An announcement as stored. */
export interface StoredAnnouncement extends AnnouncementFields {
  id: string; status: 'draft' | 'published'; publishedAt: string | null; revision: number;
  author: string; createdAt: string; updatedAt: string;
}

/** Who writes, for the audit log. */
export interface AnnouncementActor { actor: string; label: string; route: string }

/** A change lost against another (the `If-Match` revision was not the stored one), or no such id. */
export class StaleAnnouncementError extends Error {}

/** What an audience is matched against: an organisation's country and focus areas. */
export interface AudienceMember { country: string; focus: readonly string[] }

/**
 * Whether an audience includes an organisation: each list that is not empty must match (the
 * country is one of the countries, one focus area is one of the focus areas).
 * @example audienceIncludes({ countries: ['DE'], focusAreas: [] }, { country: 'DE', focus: ['victim-protection'] }) // true
 */
export function audienceIncludes(audience: AnnouncementAudience, member: AudienceMember): boolean {
  const country = audience.countries.length === 0 || audience.countries.includes(member.country);
  const focus = audience.focusAreas.length === 0 || audience.focusAreas.some((area) => member.focus.includes(area));
  return country && focus;
}

/** Published announcements are few (the secretariat writes some a month): audiences are matched on this many, newest first. */
const AUDIENCE_SCAN_LIMIT = 2000;

interface AnnouncementRow {
  id: string; title: string; text: string; event_ids: string; resource_ids: string; audience: string;
  public: number | bigint; status: string; published_at: string | null; revision: number | bigint | string;
  author: string; created_at: string; updated_at: string;
}
interface AnnouncementDatabase {
  announcement: AnnouncementRow;
  meta: { key: string; value: number | bigint | string };
  audit_log: {
    id: string; at: string; actor: string; actor_label: string; organisation_id: string | null; route: string;
    kind: string; record_id: string; action: string; before: string | null; after: string | null;
  };
}

function fromRow(row: AnnouncementRow): StoredAnnouncement {
  return {
    id: row.id, title: JSON.parse(row.title) as AnnouncementText, text: JSON.parse(row.text) as AnnouncementText,
    eventIds: JSON.parse(row.event_ids) as string[], resourceIds: JSON.parse(row.resource_ids) as string[],
    audience: JSON.parse(row.audience) as AnnouncementAudience, public: Number(row.public) === 1,
    status: row.status === 'published' ? 'published' : 'draft', publishedAt: row.published_at,
    revision: Number(row.revision), author: row.author, createdAt: row.created_at, updatedAt: row.updated_at,
  };
}

const columns = (fields: AnnouncementFields) => ({
  title: JSON.stringify(fields.title), text: JSON.stringify(fields.text), event_ids: JSON.stringify(fields.eventIds),
  resource_ids: JSON.stringify(fields.resourceIds), audience: JSON.stringify(fields.audience), public: fields.public ? 1 : 0,
});

/** Sortable, unique ids: the time, then random characters. */
function timeId(at: string): string {
  const random = crypto.getRandomValues(new Uint8Array(6));
  return `${at.replace(/[-:.]/g, '')}-${[...random].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * The announcements of one store.
 * @example const news = createAnnouncements(store.db, store.write); await news.listPublic({ page: 1, pageSize: 20 });
 */
// The store's schema type does not list this table; any Kysely on that database works.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function createAnnouncements(anyDb: Kysely<any>, write: WriteBatch, now: () => Date = () => new Date()) {
  const db = anyDb as Kysely<AnnouncementDatabase>;
  const select = () => db.selectFrom('announcement').selectAll();
  const bump = () => db.updateTable('meta').set((eb) => ({ value: eb('value', '+', 1) })).where('key', '=', DATA_VERSION_KEY).compile();
  const audit = (at: string, who: AnnouncementActor, id: string, action: string, before: unknown, after: unknown): CompiledQuery =>
    db.insertInto('audit_log').values({
      id: timeId(at), at, actor: who.actor, actor_label: who.label, organisation_id: null, route: who.route,
      kind: 'announcements', record_id: id, action, before: before ? JSON.stringify(before) : null, after: after === null ? null : JSON.stringify(after),
    }).compile();
  /**
   * Fails the batch (a second data-version row, refused by the primary key) unless the update
   * before it reached `revision`: a concurrent change then leaves no audit row and no bump, on D1 too.
   */
  const guard = (id: string, revision: number): CompiledQuery => db.insertInto('meta').columns(['key', 'value'])
    .expression(db.selectNoFrom([sql.lit(DATA_VERSION_KEY).as('key'), sql.lit(0).as('value')])
      .where((eb) => eb.not(eb.exists(eb.selectFrom('announcement').select('id').where('id', '=', id).where('revision', '=', revision)))))
    .compile();
  async function get(id: string): Promise<StoredAnnouncement | undefined> {
    const row = await select().where('id', '=', id).executeTakeFirst();
    return row && fromRow(row);
  }
  /** Runs a change guarded by `revision`; the row count of the update tells whether it held. */
  async function change(id: string, revision: number, who: AnnouncementActor, action: string,
    set: Partial<AnnouncementRow>, alsoCommit: (after: StoredAnnouncement) => CompiledQuery[] = () => []): Promise<StoredAnnouncement> {
    const before = await get(id);
    if (!before || before.revision !== revision) throw new StaleAnnouncementError(`announcement ${id} changed meanwhile`);
    const at = now().toISOString();
    const values = { ...set, revision: revision + 1, updated_at: at };
    const after = fromRow({ ...(await select().where('id', '=', id).executeTakeFirstOrThrow()), ...values });
    try {
      await write([
        db.updateTable('announcement').set(values).where('id', '=', id).where('revision', '=', revision).compile(),
        guard(id, revision + 1), bump(), audit(at, who, id, action, before, after), ...alsoCommit(after),
      ]);
    } catch (error) {
      if ((await get(id))?.revision !== revision) throw new StaleAnnouncementError(`announcement ${id} changed meanwhile`);
      throw error;
    }
    return (await get(id))!;
  }
  return {
    get,
    async create(fields: AnnouncementFields, who: AnnouncementActor): Promise<StoredAnnouncement> {
      const at = now().toISOString();
      const id = `ann-${timeId(at)}`;
      const row: AnnouncementRow = {
        id, ...columns(fields), status: 'draft', published_at: null, revision: 1, author: who.label, created_at: at, updated_at: at,
      };
      await write([db.insertInto('announcement').values(row).compile(), bump(), audit(at, who, id, 'create', null, fromRow(row))]);
      return fromRow(row);
    },
    /** Replaces the fields if the announcement is still at `revision`. */
    update(id: string, revision: number, fields: AnnouncementFields, who: AnnouncementActor) {
      return change(id, revision, who, 'update', columns(fields));
    },
    /** Publishes a draft (keeps the first publication time of one published already). */
    async publish(id: string, revision: number, who: AnnouncementActor) {
      const current = await get(id);
      // Members' systems hear of a public announcement once, at its first publication, in the
      // same batch; audience-restricted ones stay in the portal, not in other organisations' systems.
      const firstPublic = (after: StoredAnnouncement) => (current?.publishedAt || !after.public ? [] : [
        webhookEnqueueStatement(anyDb, 'announcement.published', {
          id: after.id, title: after.title, text: after.text, eventIds: after.eventIds, resourceIds: after.resourceIds, publishedAt: after.publishedAt,
        }, now()),
      ]);
      return change(id, revision, who, 'publish', { status: 'published', published_at: current?.publishedAt ?? now().toISOString() }, firstPublic);
    },
    /**
     * Deletes an announcement still at `revision`, audited and version-bumped in one batch. The
     * guard after the delete fails the batch while the row is still there (a newer revision).
     */
    async remove(id: string, revision: number, who: AnnouncementActor): Promise<void> {
      const before = await get(id);
      if (!before || before.revision !== revision) throw new StaleAnnouncementError(`announcement ${id} changed meanwhile`);
      const at = now().toISOString();
      const stillThere = db.insertInto('meta').columns(['key', 'value'])
        .expression(db.selectNoFrom([sql.lit(DATA_VERSION_KEY).as('key'), sql.lit(0).as('value')])
          .where((eb) => eb.exists(eb.selectFrom('announcement').select('id').where('id', '=', id))))
        .compile();
      try {
        await write([
          db.deleteFrom('announcement').where('id', '=', id).where('revision', '=', revision).compile(),
          stillThere, bump(), audit(at, who, id, 'delete', before, null),
        ]);
      } catch (error) {
        if ((await get(id))?.revision !== revision) throw new StaleAnnouncementError(`announcement ${id} changed meanwhile`);
        throw error;
      }
    },
    /**
     * Published announcements (public or not) whose audience includes one of `members`, or every
     * published one for `'all'` (the secretariat), newest publication first.
     */
    async listPublishedFor(members: readonly AudienceMember[] | 'all', paging: { page: number; pageSize: number }): Promise<{ items: StoredAnnouncement[]; total: number }> {
      const rows = await select().where('status', '=', 'published').orderBy('published_at', 'desc').orderBy('id', 'desc')
        .limit(AUDIENCE_SCAN_LIMIT).execute();
      const matching = rows.map(fromRow)
        .filter((announcement) => members === 'all' || members.some((member) => audienceIncludes(announcement.audience, member)));
      const start = (paging.page - 1) * paging.pageSize;
      return { items: matching.slice(start, start + paging.pageSize), total: matching.length };
    },
    /** Every announcement (drafts too), newest first: for the secretariat. */
    async listAll(): Promise<StoredAnnouncement[]> {
      return (await select().orderBy('created_at', 'desc').limit(500).execute()).map(fromRow);
    },
    /** Published announcements, newest publication first; `publicOnly` for the public news. */
    async listPublished(paging: { page: number; pageSize: number }, publicOnly = true): Promise<{ items: StoredAnnouncement[]; total: number }> {
      let query = db.selectFrom('announcement').where('status', '=', 'published');
      if (publicOnly) query = query.where('public', '=', 1);
      const [rows, count] = await Promise.all([
        query.selectAll().orderBy('published_at', 'desc').orderBy('id', 'desc').limit(paging.pageSize)
          .offset((paging.page - 1) * paging.pageSize).execute(),
        query.select((eb) => eb.fn.countAll<string | number | bigint>().as('n')).executeTakeFirst(),
      ]);
      return { items: rows.map(fromRow), total: Number(count?.n ?? 0) };
    },
    /** What the digest reads: announcements published at or after `since`, oldest first. */
    async publishedSince(since: string): Promise<StoredAnnouncement[]> {
      return (await select().where('status', '=', 'published').where('published_at', '>=', since)
        .orderBy('published_at', 'asc').execute()).map(fromRow);
    },
  };
}

export type Announcements = ReturnType<typeof createAnnouncements>;
