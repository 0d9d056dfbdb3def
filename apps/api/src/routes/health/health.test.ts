import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { Health } from '@thb/schema';
import { openSqliteStore } from '@thb/store/sqlite';
import { expectProblem } from '../../../test/support/expect-problem.ts';
import { openTestStore, testApp } from '../../../test/support/test-store.ts';

// What every backend does is in health.contract.ts; this breaks a store, which only a test can.

describe('GET /healthz', () => {
  it('fails with a 500 problem, and logs, when the store cannot be read', async () => {
    const broken = await openTestStore();
    await broken.store.close();
    const logged: unknown[] = [];
    const app = testApp(broken.store, { logger: { error: (_message, error) => logged.push(error) } });
    const problem = await expectProblem(await app.request('/healthz'), 500);
    expect(problem.detail).not.toMatch(/sqlite|kysely|driver|stack/i);
    expect(logged).toHaveLength(1);
    await expectProblem(await app.request('/v1/members'), 500);
    await broken.close().catch(() => {}); // closed above; this removes its folder
  });
});

describe('GET /healthz with a corrupt stored record', () => {
  it('reports degraded with the count, while every other record is still served', async () => {
    const seeded = await openTestStore();
    const raw = new Database(seeded.file);
    // A hand edit gone wrong, and a document with a field the schema does not list.
    raw.prepare("update members set document = '{\"id\": \"fixture-berlin-shelter\",' where id = 'fixture-berlin-shelter'").run();
    const lisbon = raw.prepare("select document from members where id = 'fixture-lisbon-network'").pluck().get() as string;
    raw.prepare("update members set document = ? where id = 'fixture-lisbon-network'")
      .run(JSON.stringify({ ...JSON.parse(lisbon), privateAddress: 'Rua Secreta 1' }));
    raw.close();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    // A restart on that file, as the Node entry does it: open, then build the index and read every row.
    const store = await openSqliteStore({ file: seeded.file });
    try {
      await store.warm();
      const app = testApp(store);
      const health = await app.request('/healthz');
      expect(health.status).toBe(200);
      expect(Health.parse(await health.json())).toEqual({ status: 'degraded', dataVersion: await store.dataVersion(), corruptRecords: 2 });
      const logged = warn.mock.calls.map(([message]) => String(message)).join('\n');
      expect(logged).toMatch(/"fixture-berlin-shelter": the document is not valid JSON/);
      expect(logged).toMatch(/"fixture-lisbon-network": .*privateAddress/);

      const members = await app.request('/v1/members?pageSize=100');
      expect(members.status).toBe(200);
      const body = await members.text();
      expect(body).toContain('"total"');
      expect(body).not.toMatch(/fixture-berlin-shelter|fixture-lisbon-network|Rua Secreta/);
      const geojson = await app.request('/v1/members.geojson');
      expect(geojson.status).toBe(200);
      expect(await geojson.text()).not.toMatch(/fixture-lisbon-network|Rua Secreta/);
      expect((await app.request('/v1/members/fixture-lisbon-network')).status).toBe(404);
    } finally {
      warn.mockRestore();
      await store.close();
      await seeded.close();
    }
  });
});
