/** Members in SQL: filters on denormalised columns, focus through a join table, name order. */
import type { ExpressionBuilder, SelectQueryBuilder } from 'kysely';
import type { StoreContext } from './context.ts';
import { pageWindow, toCount } from './context.ts';
import type { StoreDatabase } from './database.ts';
import { readAll } from './documents.ts';
import type { MemberFilter, MemberRepository } from './repository.ts';
import { affectedRows } from './write.ts';
import { putStatements, removeStatements } from './statements.ts';
import { tokenize } from '@thb/text';

type MemberQuery<O> = SelectQueryBuilder<StoreDatabase, 'members', O>;

/** Applies a member filter; each word of `q` must start a word of the folded search text. */
function filtered<O>(query: MemberQuery<O>, filter: MemberFilter): MemberQuery<O> {
  let result = query;
  if (filter.country) result = result.where('country', '=', filter.country);
  if (filter.scope) result = result.where('scope', '=', filter.scope);
  if (filter.focus) {
    const focus = filter.focus;
    result = result.where('id', 'in', (eb: ExpressionBuilder<StoreDatabase, 'members'>) =>
      eb.selectFrom('member_focus').select('member_id').where('focus', '=', focus));
  }
  // Folded words hold only letters and digits, so they need no LIKE escaping.
  for (const word of new Set(tokenize(filter.q ?? ''))) result = result.where('search_text', 'like', `% ${word}%`);
  return result;
}

/** Whether a filter lets every member through, so a list without paging reads the whole table. */
function isEmpty(filter: MemberFilter): boolean {
  return !filter.country && !filter.scope && !filter.focus && tokenize(filter.q ?? '').length === 0;
}

/**
 * Counts rows per value of one column, keys in code-point order: GROUP BY output has no order
 * (PostgreSQL hashes), and the JSON of the counts must be the same on every backend.
 */
function tally(rows: { key: string; n: string | number | bigint }[]): Record<string, number> {
  const sorted = [...rows].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return Object.fromEntries(sorted.map((row) => [row.key, toCount(row.n)]));
}

/** The member repository of a store. */
export function createMemberRepository(ctx: StoreContext): MemberRepository {
  const { db } = ctx;
  return {
    async list(filter, paging) {
      let query = filtered(db.selectFrom('members').select(['id', 'document']), filter).orderBy('name_key').orderBy('id');
      if (paging) {
        const { limit, offset } = pageWindow(paging);
        query = query.limit(limit).offset(offset);
      }
      const rows = await query.execute();
      const total = paging
        ? toCount((await filtered(db.selectFrom('members').select((eb) => eb.fn.countAll().as('n')), filter)
            .executeTakeFirst())?.n)
        : rows.length;
      const items = await readAll(ctx.documents, 'members', rows);
      if (!paging && isEmpty(filter)) ctx.documents.sawAll('members', rows.map((row) => row.id));
      // A corrupt row is left out of the page but still counted in `total`, which is SQL's.
      return { items, total };
    },
    async get(id) {
      const row = await db.selectFrom('members').select(['id', 'document']).where('id', '=', id).executeTakeFirst();
      return row ? ctx.documents.read('members', row) : undefined;
    },
    async put(member) {
      await ctx.write(putStatements(db, { members: [member] }, ctx.maxParameters));
      ctx.documents.forget('members', [member.id]);
    },
    async remove(id) {
      const removed = affectedRows((await ctx.write(removeStatements(db, 'members', id))).at(-1)) > 0;
      ctx.documents.forget('members', [id]);
      return removed;
    },
    async counts() {
      const countAll = db.fn.countAll<string | number | bigint>().as('n');
      const [total, byCountry, byFocus, byScope] = await Promise.all([
        db.selectFrom('members').select(countAll).executeTakeFirst(),
        db.selectFrom('members').select(['country as key', countAll]).groupBy('country').execute(),
        db.selectFrom('member_focus').select(['focus as key', countAll]).groupBy('focus').execute(),
        db.selectFrom('members').select(['scope as key', countAll]).groupBy('scope').execute(),
      ]);
      return { total: toCount(total?.n), byCountry: tally(byCountry), byFocus: tally(byFocus), byScope: tally(byScope) };
    },
  };
}
