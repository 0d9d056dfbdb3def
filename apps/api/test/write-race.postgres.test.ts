/**
 * Two built API processes on one PostgreSQL database PATCH the same record at the same time
 * with the same `If-Match`: exactly one wins, the other gets 412, and the data version and the
 * audit log count exactly the winners. Like every PostgreSQL test here, it never skips.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApiKeys } from '@thb/store/access';
import { demoData, seedDemoData } from '@thb/store/demo';
import { openPostgresStore } from '@thb/store/postgres';
import { createTestDatabase, TEST_NOW, type TestDatabase } from '@thb/store/testing';
import { runBuiltServer, type BuiltServer } from './support/built-server.ts';

const ROUNDS = 20;
const MEMBER = demoData(TEST_NOW).members[0]!.id;

/** The data version an ETag names (`"v<version>-…"`). */
const versionOf = (etag: string | null) => /^"v(\d+)-/.exec(etag ?? '')?.[1];

let database: TestDatabase | undefined;
let folder: string | undefined;
afterAll(async () => {
  await database?.drop();
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe('two built servers on one PostgreSQL database, writing one record', () => {
  it('lets exactly one of two PATCHes with the same If-Match win, every time', async () => {
    // Created here rather than in a hook, so that a missing server fails this test, never skips it.
    database = await createTestDatabase('race');
    folder = await mkdtemp(join(tmpdir(), 'thb-write-race-'));
    const store = await openPostgresStore({ connectionString: database.url, poolSize: 1, seed: (s) => seedDemoData(s, TEST_NOW) });
    const key = (await createApiKeys(store.db).create({ organisationId: null, name: 'race test', createdBy: 'test' })).key;
    const startVersion = await store.dataVersion();

    const env = {
      PORT: '0', DATABASE_URL: database.url, DATA_DIR: join(folder, 'no-sqlite-here'),
      AUTH_SECRET: 'race-test-secret-of-at-least-thirty-two-characters', WRITE_BURST: '100000', WRITES_PER_MINUTE: '1000000',
    };
    const servers: BuiltServer[] = [runBuiltServer(env), runBuiltServer(env)];
    try {
      const urls = await Promise.all(servers.map((server) => server.listening));
      const headers = { authorization: `Bearer ${key}`, 'content-type': 'application/json' };
      const winners: string[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const etag = (await fetch(`${urls[round % 2]!}/v1/members/${MEMBER}`)).headers.get('etag')!;
        // Both requests leave together, one to each process, which of them first alternating.
        const cities = urls.map((_, index) => `Race ${round} via ${index}`);
        const order = round % 2 === 0 ? [0, 1] : [1, 0];
        const answers = await Promise.all(order.map(async (index) => {
          const response = await fetch(`${urls[index]!}/v1/members/${MEMBER}`, {
            method: 'PATCH', headers: { ...headers, 'if-match': etag }, body: JSON.stringify({ city: cities[index] }),
          });
          return { index, status: response.status, type: response.headers.get('content-type'), etag: response.headers.get('etag') };
        }));
        expect(answers.map((a) => a.status).sort(), `round ${round}`).toEqual([200, 412]);
        const loser = answers.find((a) => a.status === 412)!;
        expect(loser.type).toBe('application/problem+json');
        const winner = answers.find((a) => a.status === 200)!;
        winners.push(cities[winner.index]!);

        // Both processes now serve the winner's city, at the data version the winner committed.
        for (const url of urls) {
          const read = await fetch(`${url}/v1/members/${MEMBER}`);
          expect(((await read.json()) as { city: string }).city).toBe(cities[winner.index]);
          expect(versionOf(read.headers.get('etag'))).toBe(versionOf(winner.etag));
        }
      }

      expect(await store.dataVersion()).toBe(startVersion + ROUNDS);
      const audit = await store.writes.audit({ recordId: MEMBER }, { page: 1, pageSize: 100 });
      expect(audit.total).toBe(ROUNDS);
      const cities = audit.items.map((entry) => (entry.after as { city: string }).city).reverse();
      expect(cities).toEqual(winners);
    } finally {
      for (const server of servers) server.child.kill('SIGTERM');
      await store.close();
    }
    for (const server of servers) expect(await server.exited).toBe(0);
  }, 90_000);
});
