/**
 * The real `thb` binary on the PostgreSQL server named by TEST_DATABASE_URL, through
 * DATABASE_URL as a deployment sets it. Like every PostgreSQL test here, it never skips.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApiKeys } from '@thb/store/access';
import { demoData } from '@thb/store/demo';
import { openPostgresStore } from '@thb/store/postgres';
import { createTestDatabase, TEST_NOW, type TestDatabase } from '@thb/store/testing';
import { runThb } from '../../test/support/run-thb.ts';

const databases: TestDatabase[] = [];
let folder: string | undefined;

afterAll(async () => {
  await Promise.all(databases.map((database) => database.drop()));
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe('thb with DATABASE_URL', { timeout: 120_000 }, () => {
  it('imports, creates and revokes keys, refuses a bad file whole, and exports what imports back', async () => {
    // Created here rather than in a hook, so that a missing server fails this test, never skips it.
    const [database, copy] = [await createTestDatabase('cli'), await createTestDatabase('cli')];
    databases.push(database, copy);
    folder = await mkdtemp(join(tmpdir(), 'thb-cli-pg-'));
    // DATA_DIR points nowhere useful: with DATABASE_URL set, no SQLite file may be made.
    const env = { DATABASE_URL: database.url, DATA_DIR: join(folder, 'no-sqlite-here') };
    const demoFile = join(folder, 'demo.json');
    await writeFile(demoFile, JSON.stringify(demoData(TEST_NOW), null, 2));
    const imported = await runThb(['import', demoFile], env);
    expect([imported.code, imported.stdout]).toEqual([0, expect.stringMatching(/^Imported \d+ members, \d+ resources, \d+ events into PostgreSQL/)]);

    const store = await openPostgresStore({ connectionString: database.url, poolSize: 1 });
    try {
      // Every record through the write path, in one batch: its state and a "command line" audit row.
      const demo = demoData(TEST_NOW);
      const recordCount = demo.members.length + demo.resources.length + demo.events.length;
      const audit = await store.writes.audit({ actor: 'cli' }, { page: 1, pageSize: 1 });
      expect(audit.total).toBe(recordCount);
      expect(audit.items[0]).toMatchObject({ actorLabel: 'command line', route: 'thb import', action: 'create' });
      expect(await store.writes.snapshot('members', demo.members[0]!.id)).toMatchObject({ status: 'published' });
      const states = await store.db.selectFrom('record_state').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
      expect(Number(states.count)).toBe(recordCount);
      expect(imported.stdout).toContain(`(${recordCount} new, 0 replaced)`);

      const keys = createApiKeys(store.db);
      const created = await runThb(['keys', 'create', '--org', 'la-strada-international', '--json'], env);
      expect(created.code).toBe(0);
      const key = JSON.parse(created.stdout) as { id: string; key: string };
      expect(await keys.verify(key.key)).toMatchObject({ id: key.id, organisationId: 'la-strada-international' });
      expect((await runThb(['keys', 'revoke', key.id], env)).code).toBe(0);
      expect(await keys.verify(key.key)).toBe('revoked');

      // Two bad records among good ones: both named with their place and line, nothing written.
      const data = demoData(TEST_NOW);
      const members = data.members.map((member, index) => (index === 1 ? { ...member, country: 'XX' } : { ...member, name: `${member.name} (changed)` }));
      const events = data.events.map((event, index) => (index === 2 ? { ...event, end: '1999-01-01' } : event));
      const badFile = join(folder, 'bad.json');
      const text = JSON.stringify({ members, events }, null, 2);
      await writeFile(badFile, text);
      const version = await store.dataVersion();
      const refused = await runThb(['import', badFile], env);
      expect(refused.code).toBe(1);
      const starts = text.split('\n').flatMap((line, index) => (line === '    {' ? [index + 1] : []));
      expect(refused.stderr.split('\n').filter((line) => line.startsWith(badFile))).toEqual([
        `${badFile}, members[1], line ${starts[1]} (id "${members[1]!.id}"): country: must be an ISO 3166-1 alpha-2 code in upper case, e.g. DE`,
        `${badFile}, events[2], line ${starts[members.length + 2]} (id "${events[2]!.id}"): end: must not be before start`,
      ]);
      expect(await store.dataVersion()).toBe(version);
      expect((await store.members.get(members[0]!.id))?.name).toBe(data.members[0]!.name);
    } finally {
      await store.close();
    }

    const exported = await runThb(['export'], env);
    expect(exported.code).toBe(0);
    const exportFile = join(folder, 'export.json');
    await writeFile(exportFile, exported.stdout);
    const copyEnv = { ...env, DATABASE_URL: copy.url };
    expect((await runThb(['import', exportFile], copyEnv)).code).toBe(0);
    expect((await runThb(['export'], copyEnv)).stdout).toBe(exported.stdout);
    expect(existsSync(env.DATA_DIR)).toBe(false);
  });
});
