import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createD1Store, migrateD1 } from './d1.ts';
import { d1MigrationFiles } from './migrations/d1-sql.ts';
import { MIGRATIONS } from './migrations/index.ts';
import { D1_MIGRATIONS_DIR } from './migrations/write-d1-files.ts';
// Imported for its hooks too: they close the stores and empty the D1 databases after each test.
import { BACKENDS } from './testing/backends.ts';
import { freshD1 } from './testing/d1-backend.ts';
import { aMember } from './testing/records.ts';

const d1Backend = BACKENDS.find((backend) => backend.name === 'D1')!;

/** The statements of a migration file, run as `wrangler d1 migrations apply` runs them: one batch. */
async function applyFile(d1: Awaited<ReturnType<typeof freshD1>>, sql: string): Promise<void> {
  const statements = sql.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('--'));
  await d1.batch(statements.map((statement) => d1.prepare(statement)));
}

describe('D1 migration files', () => {
  it('are checked in exactly as the Kysely migrations generate them (run `pnpm migrations:d1`)', async () => {
    const generated = await d1MigrationFiles();
    expect(readdirSync(D1_MIGRATIONS_DIR).sort()).toEqual(generated.map((file) => file.fileName));
    for (const { fileName, sql } of generated) {
      expect([fileName, readFileSync(join(D1_MIGRATIONS_DIR, fileName), 'utf8')]).toEqual([fileName, sql]);
    }
  });

  it('leave nothing for migrateD1 to do once wrangler has applied them', async () => {
    const d1 = await freshD1();
    for (const { sql } of await d1MigrationFiles()) await applyFile(d1, sql);
    expect(await migrateD1(d1)).toEqual([]);
    const store = createD1Store(d1);
    await store.members.put(aMember({ id: 'after-wrangler' }));
    expect((await store.members.list({})).items.map((m) => m.id)).toEqual(['after-wrangler']);
  });
});

describe('migrateD1', () => {
  it('migrates an empty database in one batch, then has nothing left to do', async () => {
    const d1 = await freshD1();
    expect(await migrateD1(d1)).toEqual(Object.keys(MIGRATIONS));
    expect(await migrateD1(d1)).toEqual([]);
    const tables = await d1.prepare("select name from sqlite_master where type = 'table' order by name").all<{ name: string }>();
    expect(tables.results.map((t) => t.name)).toEqual(expect.arrayContaining(['events', 'member_focus', 'members', 'meta', 'resources']));
  });

  it('refuses a database migrated by a newer store, rather than running against an unknown schema', async () => {
    const d1 = await freshD1();
    await migrateD1(d1);
    await d1.prepare("insert into kysely_migration (name, timestamp) values ('9999-future', '2030-01-01T00:00:00.000Z')").run();
    await expect(migrateD1(d1)).rejects.toThrow(/9999-future/);
  });

  it('gives stores that share one binding the same data, as Worker isolates share a database', async () => {
    const store = await d1Backend.fresh();
    const other = await d1Backend.reopen(store);
    await store.members.put(aMember({ id: 'shared' }));
    expect(await other.members.get('shared')).toEqual(aMember({ id: 'shared' }));
  });
});
