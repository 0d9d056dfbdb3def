/**
 * The real `thb` binary on a real SQLite file in a temporary DATA_DIR, beside the built server
 * running on the same folder, as the secretariat would use it: every write must reach the
 * running server, and a refused import must leave the database exactly as it was.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Member } from '@thb/schema';
import { createApiKeys } from '@thb/store/access';
import { openSqliteStore } from '@thb/store/sqlite';
import { runBuiltServer, type BuiltServer } from '../../test/support/built-server.ts';
import { runThb } from '../../test/support/run-thb.ts';

let folder: string;
let dataDir: string;
let server: BuiltServer;
let base: string;
const env = () => ({ DATA_DIR: dataDir });

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'thb-cli-'));
  dataDir = join(folder, 'data');
  // The server seeds the demo data into the new folder, as `pnpm start` does on a first run.
  server = runBuiltServer({ PORT: '0', DATA_DIR: dataDir });
  base = await server.listening;
}, 60_000);

afterAll(async () => {
  server?.child.kill('SIGTERM');
  await server?.exited;
  await rm(folder, { recursive: true, force: true });
}, 30_000);

/** A store on the same file, opened as a second process would (the server holds it too). */
async function openSide() {
  return openSqliteStore({ file: join(dataDir, 'thb.sqlite') });
}

// Each run of the binary starts Node and tsx: a second or two on a busy machine.
describe('thb on SQLite, while the server runs', { timeout: 120_000 }, () => {
  it('creates a key that verifies, lists it without the key, and revokes it', async () => {
    const created = await runThb(['keys', 'create', '--org', 'la-strada-international', '--name', 'CRM sync', '--json'], env());
    expect([created.code, created.stderr]).toEqual([0, '']);
    const key = JSON.parse(created.stdout) as { id: string; key: string; prefix: string };
    const side = await openSide();
    try {
      const keys = createApiKeys(side.db);
      expect(await keys.verify(key.key)).toMatchObject({ id: key.id, organisationId: 'la-strada-international', secretariat: false });

      const text = await runThb(['keys', 'create', '--secretariat'], env());
      expect(text.code).toBe(0);
      const secretariatKey = /^ {2}(thb_\S+)$/m.exec(text.stdout)![1]!;
      expect(text.stdout).toContain('shown only this once');
      expect(await keys.verify(secretariatKey)).toMatchObject({ organisationId: null, secretariat: true });

      const listed = await runThb(['keys', 'list'], env());
      expect(listed.code).toBe(0);
      expect(listed.stdout).toMatch(new RegExp(`^${key.id} +${key.prefix} +CRM sync +la-strada-international +\\S+Z +\\S+Z`, 'm'));
      expect(listed.stdout).toContain('(secretariat)');
      expect(listed.stdout).not.toContain(key.key.slice(13));

      const revoked = await runThb(['keys', 'revoke', key.id], env());
      expect([revoked.code, revoked.stdout]).toEqual([0, `Revoked key ${key.prefix} ("CRM sync"); it is refused from now on.\n`]);
      expect(await keys.verify(key.key)).toBe('revoked');
      expect((await runThb(['keys', 'revoke', key.prefix], env())).stdout).toContain('already revoked');
      const unknown = await runThb(['keys', 'revoke', 'no-such-key'], env());
      expect([unknown.code, unknown.stderr]).toEqual([1, expect.stringContaining('There is no key with id "no-such-key"')]);
      const listedJson = JSON.parse((await runThb(['keys', 'list', '--org', 'la-strada-international', '--json'], env())).stdout);
      expect(listedJson).toEqual([expect.objectContaining({ id: key.id, revokedAt: expect.any(String) })]);
    } finally {
      await side.close();
    }
  });

  it('refuses a key for a member that does not exist', async () => {
    const run = await runThb(['keys', 'create', '--org', 'nobody-here'], env());
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('There is no member "nobody-here"');
  });

  it('keeps the secretariat list', async () => {
    expect((await runThb(['secretariat', 'add', ' Anna@EC.Europa.eu '], env())).code).toBe(0);
    expect((await runThb(['secretariat', 'add', 'anna@ec.europa.eu'], env())).stdout).toContain('already');
    expect((await runThb(['secretariat', 'list'], env())).stdout).toMatch(/^anna@ec\.europa\.eu {2}added \S+Z\n$/);
    const wrong = await runThb(['secretariat', 'add', 'not-an-address'], env());
    expect([wrong.code, wrong.stderr]).toEqual([2, expect.stringContaining('"not-an-address" is not an email address')]);
    expect((await runThb(['secretariat', 'remove', 'anna@ec.europa.eu'], env())).code).toBe(0);
    expect((await runThb(['secretariat', 'remove', 'anna@ec.europa.eu'], env())).code).toBe(1);
  });

  it('imports nothing from a file with bad rows, and names every one with its line', async () => {
    const exported = await runThb(['export', '--format', 'csv', '--kind', 'members'], env());
    expect(exported.code).toBe(0);
    const lines = exported.stdout.split('\r\n');
    // Line 3: a scope that does not exist; line 6: a name changed (valid), line 9: no country.
    lines[2] = lines[2]!.replace(',national,', ',planetary,').replace(',international,', ',planetary,');
    lines[5] = lines[5]!.replace(/^([^,]+),[^,]+,/, '$1,Renamed by the import,');
    const columns = lines[0]!.replace('\uFEFF', '').split(',');
    const countryAt = columns.indexOf('country');
    lines[8] = lines[8]!.split(',').map((cell, index) => (index === countryAt ? '' : cell)).join(',');
    const file = join(folder, 'members-bad.csv');
    await writeFile(file, lines.join('\r\n'));

    const side = await openSide();
    try {
      const version = await side.dataVersion();
      const run = await runThb(['import', file], env());
      expect(run.code).toBe(1);
      const reported = run.stderr.split('\n').filter((line) => line.startsWith(`${file}, `));
      expect(reported).toEqual([
        expect.stringMatching(/, line 3 \(id "[^"]+"\): scope: Invalid option/),
        expect.stringMatching(/, line 9 \(id "[^"]+"\): country: /),
      ]);
      expect(run.stderr).toContain('Nothing was imported: 2 problem(s)');
      expect(await side.dataVersion()).toBe(version);
      expect((await runThb(['export', '--format', 'csv', '--kind', 'members'], env())).stdout).toBe(exported.stdout);
    } finally {
      await side.close();
    }
  });

  it('exports and imports back, as JSON and as CSV, and the running server serves what was imported', async () => {
    const exported = await runThb(['export'], env());
    expect(exported.code).toBe(0);
    const data = JSON.parse(exported.stdout) as { members: Member[]; resources: unknown[]; events: unknown[] };
    expect([data.members.length, data.resources.length, data.events.length].every((count) => count > 10)).toBe(true);

    // Into an empty folder: the same records, to the byte, from JSON and from the three CSV files.
    const copy = { DATA_DIR: join(folder, 'copy') };
    const file = join(folder, 'export.json');
    await writeFile(file, exported.stdout);
    const imported = await runThb(['import', file], copy);
    expect([imported.code, imported.stdout]).toEqual([0, expect.stringContaining(`Imported ${data.members.length} members`)]);
    expect((await runThb(['export'], copy)).stdout).toBe(exported.stdout);
    const csvCopy = { DATA_DIR: join(folder, 'csv-copy') };
    for (const kind of ['members', 'resources', 'events']) {
      const csv = await runThb(['export', '--format', 'csv', '--kind', kind], env());
      await writeFile(join(folder, `${kind}.csv`), csv.stdout);
      expect((await runThb(['import', join(folder, `${kind}.csv`)], csvCopy)).code).toBe(0);
    }
    expect((await runThb(['export'], csvCopy)).stdout).toBe(exported.stdout);

    // A changed record imported into the server's own folder is served at once.
    const member = { ...data.members[0]!, name: 'Renamed through thb import' };
    await writeFile(file, JSON.stringify({ members: [member] }));
    const tagBefore = (await fetch(`${base}/v1/members/${member.id}`)).headers.get('etag');
    const renamed = await runThb(['import', file], env());
    expect([renamed.code, renamed.stdout]).toEqual([0, expect.stringContaining('(0 new, 1 replaced)')]);
    const response = await fetch(`${base}/v1/members/${member.id}`);
    expect(await response.json()).toMatchObject({ id: member.id, name: 'Renamed through thb import' });
    expect(response.headers.get('etag')).not.toBe(tagBefore);
    // Through the write path: its state and an audit row naming the command line, before and after.
    const side = await openSide();
    try {
      const audit = await side.writes.audit({ recordId: member.id }, { page: 1, pageSize: 10 });
      expect(audit.items[0]).toMatchObject({
        actor: 'cli', actorLabel: 'command line', route: 'thb import', action: 'update', kind: 'members',
        organisationId: member.id, before: { name: data.members[0]!.name }, after: { name: 'Renamed through thb import' },
      });
      expect(await side.writes.snapshot('members', member.id)).toMatchObject({ status: 'published', revision: await side.dataVersion() });
    } finally {
      await side.close();
    }
    expect(await readFile(file, 'utf8')).toContain('Renamed');
  });

  it('explains itself, and tells a wrong command (2) from a failed one (1) in its exit code', async () => {
    // The other usage mistakes are checked in-process, in run-cli.test.ts.
    const help = await runThb(['--help'], env());
    expect([help.code, help.stdout]).toEqual([0, expect.stringContaining('keys create|list|revoke')]);
    expect(await runThb(['keys', 'create', '--nmae', 'x'], env())).toMatchObject({ code: 2, stderr: expect.stringContaining("Unknown option '--nmae'") });
    expect(await runThb(['import', join(folder, 'missing.json')], env())).toMatchObject({ code: 1, stderr: expect.stringContaining('there is no such file') });
  });
});
