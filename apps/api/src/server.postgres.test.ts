/**
 * The built Node entry on the real PostgreSQL server named by TEST_DATABASE_URL (as in CI), as
 * a deployment runs it: several stateless processes on one database. Like every PostgreSQL
 * test here, it never skips: without a server it fails and says how to get one.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { Health, Member, MemberPage } from '@thb/schema';
import { openPostgresStore } from '@thb/store/postgres';
import { createTestDatabase, type TestDatabase } from '@thb/store/testing';
import { runBuiltServer, type BuiltServer } from '../test/support/built-server.ts';

const apiDir = fileURLToPath(new URL('..', import.meta.url));
let database: TestDatabase | undefined;

afterAll(() => database?.drop());

/** What both processes answer for a read: status, ETag and body. */
async function read(base: string, path: string, etag?: string) {
  const response = await fetch(`${base}${path}`, { headers: etag ? { 'if-none-match': etag } : {} });
  return { status: response.status, etag: response.headers.get('etag')!, body: response.status === 200 ? await response.json() : undefined };
}

describe('node dist/server.js with DATABASE_URL, two processes on one database', () => {
  it('seeds an empty database once; both processes serve it and see every write at once', async () => {
    // Created here rather than in a hook, so that a missing server fails this test, never skips it.
    database = await createTestDatabase('api');
    const env = { PORT: '0', DATABASE_URL: database.url, DATA_DIR: join(apiDir, 'no-sqlite-here') };
    const servers: BuiltServer[] = [];
    try {
      servers.push(runBuiltServer(env));
      const a = await servers[0]!.listening;
      expect(servers[0]!.output()).toContain('Seeded demo data into PostgreSQL');
      expect(servers[0]!.output()).toContain('(postgres;');
      servers.push(runBuiltServer(env));
      const b = await servers[1]!.listening;
      expect(servers[1]!.output()).not.toContain('Seeded'); // the data is there already

      // ETags are derived from the data version, so the two processes agree on them.
      const path = '/v1/members?country=DE';
      const [fromA, fromB] = [await read(a, path), await read(b, path)];
      expect(fromB).toEqual(fromA);
      expect((await read(b, path, fromA.etag)).status).toBe(304);
      const health = Health.parse(await (await fetch(`${b}/healthz`)).json());
      expect(fromA.etag).toContain(`"v${health.dataVersion}-`);

      // A write by another client of the database (an import, an admin tool, another API process).
      const writer = await openPostgresStore({ connectionString: env.DATABASE_URL, poolSize: 1 });
      const member = MemberPage.parse(fromA.body).items[0]!;
      const stored = (await writer.members.get(member.id))!;
      await writer.members.put(Member.parse({ ...stored, name: `${stored.name} (renamed)`, updatedAt: '2026-11-29T12:00:00Z' }));
      await writer.close();
      const [afterA, afterB] = [await read(a, path, fromA.etag), await read(b, path, fromB.etag)];
      expect(afterA.status).toBe(200);
      expect(afterA.etag).not.toBe(fromA.etag);
      expect(afterB).toEqual(afterA);
      expect(MemberPage.parse(afterB.body).items.map((m) => m.name)).toContain(`${stored.name} (renamed)`);
    } finally {
      for (const server of servers) server.child.kill('SIGTERM');
    }
    for (const server of servers) expect(await server.exited).toBe(0);
  }, 90_000);
});
