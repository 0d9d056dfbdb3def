/** Events in SQL: filtered and ordered on their UTC span, which compares as ISO text. */
import type { SelectQueryBuilder } from 'kysely';
import { pageWindow, toCount, type StoreContext } from './context.ts';
import type { EventsTable, StoreDatabase } from './database.ts';
import type { DocumentReader } from './documents.ts';
import type { EventFilter, EventRepository, StoredEvent } from './repository.ts';
import { putStatements, removeStatements } from './statements.ts';
import { affectedRows } from './write.ts';

type EventQuery<O> = SelectQueryBuilder<StoreDatabase, 'events', O>;

/** Applies everything but the order: an event is upcoming until it has ended. */
function filtered<O>(query: EventQuery<O>, filter: EventFilter, now: string): EventQuery<O> {
  let result = query;
  if (filter.when === 'upcoming') result = result.where('ends_at', '>', now);
  if (filter.when === 'past') result = result.where('ends_at', '<=', now);
  if (filter.from) result = result.where('ends_at', '>', filter.from.toISOString());
  if (filter.to) result = result.where('starts_at', '<', filter.to.toISOString());
  if (filter.status) result = result.where('status', '=', filter.status);
  if (filter.kind) result = result.where('kind', '=', filter.kind);
  if (filter.format) result = result.where('format', '=', filter.format);
  return result;
}

/**
 * Upcoming events soonest first, then past ones most recent first. For `all`, CASE keys put
 * upcoming rows in front and give each group its own direction within one portable ORDER BY.
 */
function ordered<O>(query: EventQuery<O>, filter: EventFilter, now: string): EventQuery<O> {
  const when = filter.when ?? 'all';
  if (when === 'upcoming') return query.orderBy('starts_at').orderBy('ends_at').orderBy('id');
  if (when === 'past') return query.orderBy('ends_at', 'desc').orderBy('starts_at', 'desc').orderBy('id');
  return query
    .orderBy((eb) => eb.case().when('ends_at', '>', now).then(0).else(1).end())
    .orderBy((eb) => eb.case().when('ends_at', '>', now).then(eb.ref('starts_at')).else('').end())
    .orderBy((eb) => eb.case().when('ends_at', '>', now).then(eb.ref('ends_at')).else('').end())
    .orderBy((eb) => eb.case().when('ends_at', '>', now).then('').else(eb.ref('ends_at')).end(), 'desc')
    .orderBy((eb) => eb.case().when('ends_at', '>', now).then('').else(eb.ref('starts_at')).end(), 'desc')
    .orderBy('id');
}

type EventRow = Pick<EventsTable, 'id' | 'document' | 'starts_at' | 'ends_at'>;

/** A row as the repository returns it; undefined for a corrupt row (logged by the reader). */
function storedEvent(documents: DocumentReader, row: EventRow): StoredEvent | undefined {
  const event = documents.read('events', row);
  return event && { event, startsAt: new Date(row.starts_at), endsAt: new Date(row.ends_at), datePrecision: event.datePrecision };
}

/** Whether a filter lets every event through, so a list without paging reads the whole table. */
function isEmpty(filter: EventFilter): boolean {
  const { when, from, to, status, kind, format } = filter;
  return (when ?? 'all') === 'all' && !from && !to && !status && !kind && !format;
}

/** The event repository of a store. */
export function createEventRepository(ctx: StoreContext): EventRepository {
  const { db } = ctx;
  const columns = ['id', 'document', 'starts_at', 'ends_at'] as const;
  return {
    async list(filter, paging) {
      const now = (filter.now ?? new Date()).toISOString();
      let query = ordered(filtered(db.selectFrom('events').select(columns), filter, now), filter, now);
      if (paging) {
        const { limit, offset } = pageWindow(paging);
        query = query.limit(limit).offset(offset);
      }
      const rows = await query.execute();
      const total = paging
        ? toCount((await filtered(db.selectFrom('events').select((eb) => eb.fn.countAll().as('n')), filter, now)
            .executeTakeFirst())?.n)
        : rows.length;
      const items = rows.flatMap((row) => storedEvent(ctx.documents, row) ?? []);
      if (!paging && isEmpty(filter)) ctx.documents.sawAll('events', rows.map((row) => row.id));
      // A corrupt row is left out of the page but still counted in `total`, which is SQL's.
      return { items, total };
    },
    async get(id) {
      const row = await db.selectFrom('events').select(columns).where('id', '=', id).executeTakeFirst();
      return row ? storedEvent(ctx.documents, row) : undefined;
    },
    async put(event) {
      await ctx.write(putStatements(db, { events: [event] }, ctx.maxParameters));
      ctx.documents.forget('events', [event.id]);
    },
    async remove(id) {
      const removed = affectedRows((await ctx.write(removeStatements(db, 'events', id))).at(-1)) > 0;
      ctx.documents.forget('events', [id]);
      return removed;
    },
    async count() {
      const row = await db.selectFrom('events').select((eb) => eb.fn.countAll().as('n')).executeTakeFirst();
      return toCount(row?.n);
    },
  };
}
