/**
 * The harness runs the API on the database it names: a sign-in link asked for through the API
 * is stored there (so a PostgreSQL run really is one), and the demo data is seeded in it.
 */
import { sql } from 'kysely';
import { openPostgresStore } from '@thb/store/postgres';
import { openSqliteStore } from '@thb/store/sqlite';
import { describe, expect, it } from 'vitest';
import { openPortalHarness } from './support/portal-harness.ts';

describe.each(['SQLite', 'PostgreSQL'] as const)('the portal harness on %s', (backend) => {
  it('runs the API on a fresh seeded database of its own', async () => {
    const portal = await openPortalHarness({ backend });
    try {
      expect(portal.backend).toBe(backend);
      const asked = await fetch(`${portal.api.url}/v1/auth/sign-in/magic-link`, {
        method: 'POST', headers: { 'content-type': 'application/json', origin: portal.api.url }, body: JSON.stringify({ email: 'harness@ngo.test' }),
      });
      expect(asked.status).toBe(200);
      await portal.inbox.next('harness@ngo.test');
      const store = backend === 'PostgreSQL'
        ? await openPostgresStore({ connectionString: portal.databaseFile, poolSize: 1 })
        : await openSqliteStore({ file: portal.databaseFile });
      try {
        const { rows } = await sql<{ count: number | string }>`select count(*) as count from verification where identifier like 'magic-link:%'`.execute(store.db);
        expect(Number(rows[0]!.count)).toBe(1);
      } finally {
        await store.close();
      }
      const map = (await (await fetch(`${portal.api.url}/v1/members.geojson`)).json()) as { features: unknown[] };
      expect(map.features.length).toBeGreaterThan(0);
    } finally {
      await portal.close();
    }
  });
});
