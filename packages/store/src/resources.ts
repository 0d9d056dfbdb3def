/** Resources: stored as documents in SQL, searched by the shared in-memory engine. */
import type { Resource } from '@thb/schema';
import { toCount, type StoreContext } from './context.ts';
import type { ResourceRepository } from './repository.ts';
import { createResourceSearch } from './search/resource-search.ts';
import { putStatements, removeStatements } from './statements.ts';
import { affectedRows } from './write.ts';

/** The resource repository of a store, with a `warm()` to build the search index ahead of time. */
export function createResourceRepository(ctx: StoreContext): ResourceRepository & { warm(): Promise<void> } {
  const { db } = ctx;
  const engine = createResourceSearch({
    dataVersion: () => ctx.dataVersion(),
    loadAll: async () => {
      const rows = await db.selectFrom('resources').select('document').execute();
      return rows.map((row) => JSON.parse(row.document) as Resource);
    },
  });
  return {
    search: (filter, paging, language) => engine.search(filter, paging, language),
    warm: () => engine.warm(),
    async get(id) {
      const row = await db.selectFrom('resources').select('document').where('id', '=', id).executeTakeFirst();
      return row ? (JSON.parse(row.document) as Resource) : undefined;
    },
    async put(resource) {
      await ctx.write(putStatements(db, { resources: [resource] }, ctx.maxParameters));
    },
    async remove(id) {
      return affectedRows((await ctx.write(removeStatements(db, 'resources', id))).at(-1)) > 0;
    },
    async count() {
      const row = await db.selectFrom('resources').select((eb) => eb.fn.countAll().as('n')).executeTakeFirst();
      return toCount(row?.n);
    },
  };
}
