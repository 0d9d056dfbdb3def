import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from './migrations/index.ts';
import { openPostgresStore } from './postgres.ts';
import { BACKENDS } from './testing/backends.ts';
import { testDatabaseUrl } from './testing/postgres-backend.ts';
import { aMember } from './testing/records.ts';

const postgres = BACKENDS.find((backend) => backend.name === 'PostgreSQL')!;

/** Runs one query on the test database outside any store. */
async function query<R extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<R[]> {
  const client = new pg.Client({ connectionString: await testDatabaseUrl() });
  await client.connect();
  try {
    return (await client.query<R>(text, values)).rows;
  } finally {
    await client.end();
  }
}

describe('openPostgresStore', () => {
  it('migrates a new schema once, and reopens it without migrating again or losing data', async () => {
    const options = { connectionString: await testDatabaseUrl(), schema: 'reopened' };
    const first = await openPostgresStore(options);
    await first.members.put(aMember({ id: 'kept' }));
    const version = await first.dataVersion();
    await first.close();
    const second = await openPostgresStore(options);
    try {
      expect((await second.members.get('kept'))?.name).toBe('Member kept');
      expect(await second.dataVersion()).toBe(version);
      const applied = await query<{ name: string }>('select name from reopened.kysely_migration order by name');
      expect(applied.map((row) => row.name)).toEqual(Object.keys(MIGRATIONS));
    } finally {
      await second.close();
    }
  });

  it('migrates the default schema even when another schema of the database already has a store', async () => {
    await postgres.fresh();
    const store = await openPostgresStore({ connectionString: await testDatabaseUrl() });
    try {
      await store.members.put(aMember({ id: 'in-public' }));
      const rows = await query<{ id: string }>('select id from public.members');
      expect(rows.map((row) => row.id)).toEqual(['in-public']);
    } finally {
      await store.close();
    }
  });

  it('keeps stores in different schemas of one database apart', async () => {
    const [one, other] = [await postgres.fresh(), await postgres.fresh()];
    await one.members.put(aMember({ id: 'only-here' }));
    expect((await one.members.list({})).total).toBe(1);
    expect((await other.members.list({})).total).toBe(0);
  });

  it('bumps the version for every removal that removed something, even racing puts from another server', async () => {
    // Without the version row taken first, a removal could find nothing to bump for, then delete
    // the row a concurrent put had just committed: data changed, version not (caches stale).
    const a = await postgres.fresh();
    const b = await postgres.reopen(a);
    const before = await a.dataVersion();
    let removed = 0;
    const rounds = 40;
    for (let i = 0; i < rounds; i += 1) {
      const [, gone] = await Promise.all([a.members.put(aMember({ id: 'raced' })), b.members.remove('raced')]);
      if (gone) removed += 1;
    }
    expect((await a.dataVersion()) - before).toBe(rounds + removed);
  });

  it('refuses a schema name that would need quoting', async () => {
    await expect(openPostgresStore({ connectionString: await testDatabaseUrl(), schema: 'Robert"; drop' }))
      .rejects.toThrow(/lower-case identifier/);
  });

  it('fails with the connection error when no server listens', async () => {
    await expect(openPostgresStore({ connectionString: 'postgres://thb:thb@127.0.0.1:9/thb' })).rejects.toThrow(/ECONNREFUSED/);
  });
});
