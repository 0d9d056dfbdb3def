/** Resources: stored as documents in SQL, searched by the shared in-memory engine. */
import { toCount, type StoreContext } from './context.ts';
import { readAll } from './documents.ts';
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
      const rows = await db.selectFrom('resources').select(['id', 'document']).execute();
      const resources = await readAll(ctx.documents, 'resources', rows);
      ctx.documents.sawAll('resources', rows.map((row) => row.id));
      return resources;
    },
  });
  return {
    search: (filter, paging, language) => engine.search(filter, paging, language),
    warm: () => engine.warm(),
    async get(id) {
      const row = await db.selectFrom('resources').select(['id', 'document']).where('id', '=', id).executeTakeFirst();
      return row ? ctx.documents.read('resources', row) : undefined;
    },
    async put(resource) {
      await ctx.write(putStatements(db, { resources: [resource] }, ctx.maxParameters));
      ctx.documents.forget('resources', [resource.id]);
    },
    async remove(id) {
      const removed = affectedRows((await ctx.write(removeStatements(db, 'resources', id))).at(-1)) > 0;
      ctx.documents.forget('resources', [id]);
      return removed;
    },
    async count() {
      const row = await db.selectFrom('resources').select((eb) => eb.fn.countAll().as('n')).executeTakeFirst();
      return toCount(row?.n);
    },
  };
}
