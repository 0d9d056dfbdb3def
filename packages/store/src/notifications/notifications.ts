/**
 * Notification preferences and watermarks (migration 0011), and the reads the digest job makes
 * of existing tables: who the people are, and what is new per kind since a watermark.
 */
import { sql, type CompiledQuery, type Kysely } from 'kysely';
import { NotificationPreferences, type NotificationKind } from '@thb/schema';
import { DATA_VERSION_KEY } from '../database.ts';

interface NotificationDatabase {
  notification_preference: { person_id: string; preferences: string; updated_at: string };
  notification_watermark: { person_id: string; kind: string; seen_until: string; last_sent_at: string | null };
  user: { id: string; name: string; email: string; createdAt: string | Date | number };
  member: { id: string; organizationId: string; userId: string };
  organization: { id: string; slug: string };
  announcement: { id: string; title: string; audience: string; status: string; published_at: string | null };
  members: { id: string; country: string };
  member_focus: { member_id: string; focus: string };
  audit_log: { id: string; at: string; kind: string; record_id: string; action: string; organisation_id: string | null; after: string | null };
  meta: { key: string; value: number };
}

/** What a person was last mailed of one kind. */
export interface Watermark { seenUntil: string; lastSentAt: string | null }

/** A person the digest may write to. */
export interface NotifiedPerson {
  id: string; name: string; email: string;
  /** Their organisation's member id, if any (for announcements' audience and review decisions). */
  memberId: string | null;
  /** When the account was made (ISO): the first digest reports only what came after. */
  joinedAt: string;
  preferences: NotificationPreferences;
}

/** One new thing for a digest; `title` is plain text (escaped where rendered). */
export interface NewsItem { kind: NotificationKind; id: string; title: string; at: string; action: string }

function parsePreferences(json: string | null | undefined): NotificationPreferences {
  if (!json) return NotificationPreferences.parse({});
  const parsed = NotificationPreferences.safeParse(JSON.parse(json));
  // A stored row the schema no longer accepts falls back to the defaults, never to a crash.
  return parsed.success ? parsed.data : NotificationPreferences.parse({});
}

/** Better Auth's dates come back as ISO text, a Date or epoch milliseconds, by backend. */
function isoTime(value: string | Date | number): string {
  const date = value instanceof Date ? value : new Date(typeof value === 'number' || /^\d+$/.test(value) ? Number(value) : value);
  return Number.isNaN(date.getTime()) ? new Date(0).toISOString() : date.toISOString();
}

function titleOf(after: string | null, fallback: string): string {
  if (!after) return fallback;
  try {
    const doc = JSON.parse(after) as Record<string, unknown>;
    const name = doc.name ?? doc.title;
    if (typeof name === 'string') return name;
    if (name && typeof name === 'object' && typeof (name as Record<string, unknown>).en === 'string') return (name as Record<string, string>).en ?? fallback;
  } catch { /* a malformed audit row names the record by id */ }
  return fallback;
}

function countryOf(after: string | null): string | null {
  try {
    const doc = after ? (JSON.parse(after) as Record<string, unknown>) : {};
    const c = doc.country ?? (doc.address as Record<string, unknown> | undefined)?.country;
    return typeof c === 'string' ? c : null;
  } catch { return null; }
}

type AnnouncementRow = { id: string; title: string; audience: string; published_at: string | null; at: string };
type AuditRow = { id: string; at: string; record_id: string; action: string; after: string | null; kind: string; organisation_id: string | null };
type NewsRow = AnnouncementRow | AuditRow;

const AUDIT_KIND: Record<Exclude<NotificationKind, 'announcements' | 'reviews'>, string> = {
  members: 'members', resources: 'resources', events: 'events',
};
const REVIEW_ACTIONS = ['approve', 'reject', 'suspend', 'reinstate'];

/**
 * The notification store of one database.
 * @example const n = createNotifications(store.db); await n.putPreferences('u1', prefs);
 */
// The store's schema type does not list these tables; any Kysely on that database works.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function createNotifications(anyDb: Kysely<any>) {
  const db = anyDb as Kysely<NotificationDatabase>;
  return {
    async getPreferences(personId: string): Promise<NotificationPreferences> {
      const row = await db.selectFrom('notification_preference').select('preferences').where('person_id', '=', personId).executeTakeFirst();
      return parsePreferences(row?.preferences);
    },
    async putPreferences(personId: string, preferences: NotificationPreferences, at = new Date()): Promise<void> {
      const json = JSON.stringify(preferences);
      await db.insertInto('notification_preference').values({ person_id: personId, preferences: json, updated_at: at.toISOString() })
        .onConflict((oc) => oc.column('person_id').doUpdateSet({ preferences: json, updated_at: at.toISOString() })).execute();
    },
    /** Turns one kind off (the one-click unsubscribe); true when the person exists. */
    async turnOff(personId: string, kind: NotificationKind, at = new Date()): Promise<boolean> {
      const user = await db.selectFrom('user').select('id').where('id', '=', personId).executeTakeFirst();
      if (!user) return false;
      const prefs = await this.getPreferences(personId);
      prefs.kinds[kind] = { ...prefs.kinds[kind], cadence: 'off' };
      await this.putPreferences(personId, prefs, at);
      return true;
    },
    async watermarks(personId: string): Promise<Partial<Record<NotificationKind, Watermark>>> {
      const rows = await db.selectFrom('notification_watermark').selectAll().where('person_id', '=', personId).execute();
      return Object.fromEntries(rows.map((r) => [r.kind, { seenUntil: r.seen_until, lastSentAt: r.last_sent_at }]));
    },
    /** Everyone's watermarks in one read (the digest run's), by person. */
    async allWatermarks(): Promise<Map<string, Partial<Record<NotificationKind, Watermark>>>> {
      const rows = await db.selectFrom('notification_watermark').selectAll().execute();
      const marks = new Map<string, Partial<Record<NotificationKind, Watermark>>>();
      for (const r of rows) {
        let own = marks.get(r.person_id);
        if (!own) marks.set(r.person_id, (own = {}));
        own[r.kind as NotificationKind] = { seenUntil: r.seen_until, lastSentAt: r.last_sent_at };
      }
      return marks;
    },
    /**
     * The first statements of a digest's batch, for one kind: take the watermark row's lock
     * (making the row, with the values read, if there is none yet), then fail the batch (a
     * second data-version row, refused by the primary key) unless the row still holds `read`.
     * Two job runs at once (two servers on one PostgreSQL, overlapping Cron runs) both build the
     * digest, but the second's lock waits for the first's commit and its check then sees the
     * moved watermark: one mail per period. SQLite and D1 run one batch at a time, so the check
     * alone holds there.
     */
    claimStatements(personId: string, kind: NotificationKind, read: Watermark): CompiledQuery[] {
      const lock = db.insertInto('notification_watermark').values({ person_id: personId, kind, seen_until: read.seenUntil, last_sent_at: read.lastSentAt })
        .onConflict((oc) => oc.columns(['person_id', 'kind']).doUpdateSet((eb) => ({ seen_until: eb.ref('notification_watermark.seen_until') }))).compile();
      const unchanged = db.selectFrom('notification_watermark').select('person_id')
        .where('person_id', '=', personId).where('kind', '=', kind).where('seen_until', '=', read.seenUntil)
        .where('last_sent_at', read.lastSentAt === null ? 'is' : '=', read.lastSentAt);
      const guard = db.insertInto('meta').columns(['key', 'value'])
        .expression(db.selectNoFrom([sql.lit(DATA_VERSION_KEY).as('key'), sql.lit(0).as('value')]).where((eb) => eb.not(eb.exists(unchanged))))
        .compile();
      return [lock, guard];
    },
    /** The upsert that advances a watermark; run it in the batch that queues the mail, after {@link claimStatements}. */
    advanceStatement(personId: string, kind: NotificationKind, seenUntil: string, sentAt: string | null): CompiledQuery {
      return db.insertInto('notification_watermark').values({ person_id: personId, kind, seen_until: seenUntil, last_sent_at: sentAt })
        .onConflict((oc) => oc.columns(['person_id', 'kind']).doUpdateSet({ seen_until: seenUntil, last_sent_at: sentAt })).compile();
    },
    /** Every person with an email, their organisation and preferences, in id order. */
    async people(): Promise<NotifiedPerson[]> {
      const rows = await db.selectFrom('user')
        .leftJoin('member', 'member.userId', 'user.id')
        .leftJoin('organization', 'organization.id', 'member.organizationId')
        .leftJoin('notification_preference', 'notification_preference.person_id', 'user.id')
        .select(['user.id', 'user.name', 'user.email', 'user.createdAt', 'organization.slug', 'notification_preference.preferences'])
        .orderBy('user.id').execute();
      const seen = new Map<string, NotifiedPerson>();
      // Many people keep the same settings (the defaults above all): each stored text is parsed once.
      const parsed = new Map<string | null, NotificationPreferences>();
      const preferencesOf = (json: string | null) => {
        let preferences = parsed.get(json);
        if (!preferences) parsed.set(json, (preferences = parsePreferences(json)));
        return structuredClone(preferences);
      };
      for (const r of rows) {
        if (seen.has(r.id)) continue; // one organisation per person is enough for the audience
        seen.set(r.id, { id: r.id, name: r.name, email: r.email, memberId: r.slug ?? null, joinedAt: isoTime(r.createdAt), preferences: preferencesOf(r.preferences) });
      }
      return [...seen.values()];
    },
    /** Everything new of one kind after `since`, oldest first, filtered for the person. */
    async newsSince(kind: NotificationKind, since: string, person: NotifiedPerson): Promise<NewsItem[]> {
      return (await this.newsReader({ [kind]: since }))(kind, since, person);
    },
    /**
     * Reads each kind's news once for many people: the rows after `earliest[kind]` (the oldest
     * watermark any of them has), then hands out each person's part, as `newsSince` would, with
     * no more queries than one per organisation (its country and focus areas, for announcements).
     * A digest run over 10,000 people makes a handful of reads instead of six per person.
     */
    async newsReader(earliest: Partial<Record<NotificationKind, string>>) {
      const rows = new Map<NotificationKind, NewsRow[]>();
      for (const [kind, since] of Object.entries(earliest) as Array<[NotificationKind, string]>) {
        if (kind === 'announcements') {
          const found = await db.selectFrom('announcement').select(['id', 'title', 'audience', 'published_at'])
            .where('status', '=', 'published').where('published_at', '>', since).orderBy('published_at').execute();
          rows.set(kind, found.map((r) => ({ ...r, at: r.published_at ?? since })));
          continue;
        }
        let query = db.selectFrom('audit_log').select(['id', 'at', 'record_id', 'action', 'after', 'kind', 'organisation_id']).where('at', '>', since);
        query = kind === 'reviews'
          ? query.where('organisation_id', 'is not', null).where('action', 'in', REVIEW_ACTIONS)
          : query.where('kind', '=', AUDIT_KIND[kind]).where('action', 'in', ['create', 'update', 'approve']);
        rows.set(kind, await query.orderBy('at').orderBy('id').execute());
      }
      const organisations = new Map<string, Promise<{ country: string | undefined; focus: string[] }>>();
      const organisation = (memberId: string) => {
        let found = organisations.get(memberId);
        if (!found) {
          found = Promise.all([
            db.selectFrom('members').select('country').where('id', '=', memberId).executeTakeFirst(),
            db.selectFrom('member_focus').select('focus').where('member_id', '=', memberId).execute(),
          ]).then(([own, focus]) => ({ country: own?.country, focus: focus.map((f) => f.focus) }));
          organisations.set(memberId, found);
        }
        return found;
      };
      return async (kind: NotificationKind, since: string, person: NotifiedPerson): Promise<NewsItem[]> => {
        const all = rows.get(kind);
        if (!all) throw new Error(`newsReader was not asked for ${kind}`);
        const earlier = earliest[kind]!;
        if (since < earlier) throw new Error(`newsReader read ${kind} after ${earlier}, not after ${since}`);
        const filter = person.preferences.kinds[kind];
        // The same strict "after the watermark" as the queries' `>`.
        const after = all.filter((r) => (kind === 'announcements' ? (r as AnnouncementRow).published_at! : r.at) > since);
        if (kind === 'announcements') {
          const own = person.memberId ? await organisation(person.memberId) : undefined;
          const focus = own?.focus ?? [];
          const language = person.preferences.language;
          return (after as AnnouncementRow[]).filter((r) => {
            const audience = JSON.parse(r.audience) as { countries: string[]; focusAreas: string[] };
            // The audience is the organisations it is for; the person's filters narrow further.
            if (audience.countries.length && !(own?.country !== undefined && audience.countries.includes(own.country))) return false;
            if (audience.focusAreas.length && !audience.focusAreas.some((f) => focus.includes(f))) return false;
            if (filter.countries.length && audience.countries.length && !audience.countries.some((c) => filter.countries.includes(c))) return false;
            if (filter.focusAreas.length && audience.focusAreas.length && !audience.focusAreas.some((f) => (filter.focusAreas as string[]).includes(f))) return false;
            return true;
          }).map((r) => {
            const title = JSON.parse(r.title) as Record<string, string>;
            return { kind, id: r.id, title: title[language] ?? title.en ?? r.id, at: r.published_at ?? since, action: 'publish' };
          });
        }
        if (kind === 'reviews' && !person.memberId) return [];
        return (after as AuditRow[]).filter((r) => {
          if (kind === 'reviews') return r.organisation_id === person.memberId;
          if (!filter.countries.length) return true;
          const country = countryOf(r.after);
          return country === null || filter.countries.includes(country);
        }).map((r) => ({ kind, id: r.record_id, title: titleOf(r.after, r.record_id), at: r.at, action: r.action }));
      };
    },
  };
}

/** The notification store. */
export type Notifications = ReturnType<typeof createNotifications>;
