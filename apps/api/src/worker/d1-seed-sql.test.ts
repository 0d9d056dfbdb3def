/**
 * The deploy recipe of README.md, run locally with the real tools: wrangler applies the
 * migrations from wrangler.toml's migrations_dir and the seed file to a local D1, then the
 * Worker as `wrangler deploy` bundles it serves that database under workerd.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatResponse, EventPage, Stats } from '@thb/schema';
import { demoData } from '@thb/store/demo';
import { runThb } from '../../test/support/run-thb.ts';
import { wrangler, wranglerSetting } from '../../test/support/wrangler.ts';
import { startWorkerRuntime, WORKER_BUNDLES, type WorkerRuntime } from '../../test/support/worker-runtime.ts';
import { d1SeedSql, sqlLiteral } from './d1-seed-sql.ts';

describe('sqlLiteral', () => {
  it('quotes text, keeps statements on one line and refuses what SQL cannot hold', () => {
    expect(sqlLiteral("l'eau")).toBe("'l''eau'");
    expect(sqlLiteral('a\nb')).toBe("'a' || char(10) || 'b'");
    expect([sqlLiteral(null), sqlLiteral(3), sqlLiteral(10n), sqlLiteral(true)]).toEqual(['NULL', '3', '10', '1']);
    expect(() => sqlLiteral(Number.NaN)).toThrow();
    expect(() => sqlLiteral({})).toThrow();
  });
});

describe('wrangler d1 migrations apply, d1 execute --file and the deployed bundle', () => {
  const now = new Date();
  const data = demoData(now);
  let folder: string;
  let runtime: WorkerRuntime;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'thb-d1-'));
    const seed = join(folder, 'seed.sql');
    // A line break in a text checks that the file keeps it through wrangler's statement splitter.
    const [first, ...members] = data.members;
    await writeFile(seed, await d1SeedSql({ ...data, members: [{ ...first!, name: `${first!.name}\nLine two` }, ...members] }));
    await wrangler(['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', folder]);
    await wrangler(['d1', 'execute', 'DB', '--local', '--persist-to', folder, '--file', seed]);
    runtime = await startWorkerRuntime({
      scriptPath: WORKER_BUNDLES.production,
      d1Persist: join(folder, 'v3/d1'),
      databaseId: wranglerSetting('database_id'),
      versionMetadata: true,
    });
  }, 120_000);
  afterAll(async () => {
    await runtime?.dispose();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('serves the demo data, upcoming events around today and the chat', async () => {
    const stats = Stats.parse(await (await fetch(`${runtime.url}/v1/stats`)).json());
    expect(stats).toMatchObject({ members: data.members.length, resources: data.resources.length, events: data.events.length });
    const member = await (await fetch(`${runtime.url}/v1/members/${data.members[0]!.id}`)).json() as { name: string };
    expect(member.name).toBe(`${data.members[0]!.name}\nLine two`);
    const upcoming = EventPage.parse(await (await fetch(`${runtime.url}/v1/events?when=upcoming`)).json());
    expect(upcoming.total).toBeGreaterThan(0);
    expect(upcoming.items.every((event) => new Date(event.endsAt) > now)).toBe(true);
    const chat = await fetch(`${runtime.url}/v1/chat`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'Where can victims get help in Germany?' }),
    });
    expect(chat.status).toBe(200);
    expect(ChatResponse.parse(await chat.json()).text.length).toBeGreaterThan(0);
  });

  it('accepts the first keys made with thb keys create --sql once wrangler d1 execute ran the printed statement', { timeout: 120_000 }, async () => {
    const memberId = data.members[1]!.id;
    const made = await runThb(['keys', 'create', '--org', memberId, '--name', "Jo's first key", '--sql', '--json'], {});
    expect([made.code, made.stderr]).toEqual([0, '']);
    const orgKey = JSON.parse(made.stdout) as { key: string; sql: string };
    const text = await runThb(['keys', 'create', '--secretariat', '--sql'], {});
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('shown only this once');
    const secretariatKey = /^ {2}(thb_\S+)$/m.exec(text.stdout)![1]!;
    const secretariatSql = /^(insert into "api_key" .*;)$/m.exec(text.stdout)![1]!;
    const patch = async (key: string, city: string) => {
      const path = `/v1/members/${memberId}`;
      const etag = (await fetch(`${runtime.url}${path}`)).headers.get('etag')!;
      return fetch(`${runtime.url}${path}`, {
        method: 'PATCH',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/merge-patch+json', 'if-match': etag },
        body: JSON.stringify({ city }),
      });
    };
    // Not yet stored: the key is refused until the statement has run.
    expect((await patch(orgKey.key, 'Nowhere')).status).toBe(401);
    for (const sql of [orgKey.sql, secretariatSql]) {
      await wrangler(['d1', 'execute', 'DB', '--local', '--persist-to', folder, '--command', sql]);
    }
    expect((await patch(orgKey.key, 'Potsdam')).status).toBe(200);
    expect((await patch(secretariatKey, 'Cottbus')).status).toBe(200);
    const member = await (await fetch(`${runtime.url}/v1/members/${memberId}`)).json() as { city: string };
    expect(member.city).toBe('Cottbus');

    // A mistyped organisation writes no key at all.
    const stray = JSON.parse((await runThb(['keys', 'create', '--org', 'no-such-member', '--sql', '--json'], {})).stdout) as { key: string; sql: string };
    await wrangler(['d1', 'execute', 'DB', '--local', '--persist-to', folder, '--command', stray.sql]);
    expect((await patch(stray.key, 'Nowhere')).status).toBe(401);
  });

  it('makes a secretariat person with thb secretariat add --sql', { timeout: 60_000 }, async () => {
    const added = await runThb(['secretariat', 'add', ' Anna@Example.ORG ', '--sql'], {});
    expect(added.code).toBe(0);
    const sql = /^(insert into "secretariat_person" .*;)$/m.exec(added.stdout)![1]!;
    expect(added.stdout).toContain('wrangler d1 execute DB --remote --command');
    await wrangler(['d1', 'execute', 'DB', '--local', '--persist-to', folder, '--command', sql]);
    // Twice is harmless, as `thb secretariat add` is.
    await wrangler(['d1', 'execute', 'DB', '--local', '--persist-to', folder, '--command', sql]);
    const rows = await runtime.d1.prepare('select email from secretariat_person').all<{ email: string }>();
    expect(rows.results).toEqual([{ email: 'anna@example.org' }]);
  });

  it('has no benchmark route unless BENCH is set', async () => {
    expect((await fetch(`${runtime.url}/bench/constant`)).status).toBe(404);
  });
});
