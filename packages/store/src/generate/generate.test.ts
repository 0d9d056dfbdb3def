import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { EU_COUNTRIES, Event, Member, RESOURCE_TYPES, Resource } from '@thb/schema';
import { openTestStore, tempDatabaseFile } from '../testing/backends.ts';
import { generateDataset } from './index.ts';

const now = new Date('2026-11-29T00:00:00Z');
const sizes = { members: 300, resources: 800, events: 150 };

describe('generateDataset', () => {
  it('gives the same data for the same seed and different data for another', () => {
    const first = generateDataset({ seed: 7, ...sizes, now });
    expect(generateDataset({ seed: 7, ...sizes, now })).toEqual(first);
    expect(generateDataset({ seed: 8, ...sizes, now }).members[0]).not.toEqual(first.members[0]);
    expect([first.members.length, first.resources.length, first.events.length]).toEqual([300, 800, 150]);
  });

  it('produces records valid against the schemas, with references that resolve', () => {
    const data = generateDataset({ seed: 3, ...sizes, now });
    for (const m of data.members) expect(Member.safeParse(m).error?.issues ?? m.id).toBe(m.id);
    for (const r of data.resources) expect(Resource.safeParse(r).error?.issues ?? r.id).toBe(r.id);
    for (const e of data.events) expect(Event.safeParse(e).error?.issues ?? e.id).toBe(e.id);
    const memberIds = new Set(data.members.map((m) => m.id));
    for (const ref of [...data.resources.map((r) => r.publisher), ...data.events.map((e) => e.organiser)]) {
      if (ref.type === 'member') expect(memberIds.has(ref.memberId)).toBe(true);
    }
  });

  it('is plausible: inside Europe, many countries, mixed languages, every type, approximate dates', () => {
    const data = generateDataset({ seed: 5, ...sizes, now });
    for (const { coordinates: { lat, lon } } of data.members) {
      expect(lat > 34 && lat < 71 && lon > -11 && lon < 35).toBe(true);
    }
    expect(new Set(data.members.map((m) => m.country)).size).toBe(EU_COUNTRIES.length);
    expect(new Set(data.resources.flatMap((r) => Object.keys(r.title))).size).toBeGreaterThanOrEqual(6);
    expect(new Set(data.resources.map((r) => r.type))).toEqual(new Set(RESOURCE_TYPES));
    expect(new Set(data.events.map((e) => e.datePrecision))).toEqual(new Set(['day', 'month', 'season']));
  });

  it('seeds a SQLite store in one putMany that the store then searches', async () => {
    const data = generateDataset({ seed: 11, ...sizes, now });
    const store = await openTestStore();
    await store.putMany(data);
    expect((await store.members.list({})).total).toBe(300);
    expect(await store.resources.count()).toBe(800);
    expect(await store.events.count()).toBe(150);
    const found = await store.resources.search({ q: 'exploitation' }, { page: 1, pageSize: 5 }, 'en');
    expect(found.total).toBeGreaterThan(0);
  });
});

describe('generate CLI', () => {
  const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));
  // `--import tsx` resolves from the working directory, so run where the package's tsx is installed.
  const packageFolder = fileURLToPath(new URL('../..', import.meta.url));
  const run = (command: string, args: string[]) => promisify(execFile)(command, args, { cwd: packageFolder });

  it('writes a SQLite file and refuses to overwrite one without --force', async () => {
    const out = tempDatabaseFile('generated.sqlite');
    const args = ['--import', 'tsx', cli, '--out', out, '--members', '20', '--resources', '30', '--events', '5', '--now', '2026-11-29'];
    const { stdout } = await run(process.execPath, args);
    expect(stdout).toContain('20 members, 30 resources, 5 events');
    expect(existsSync(out)).toBe(true);
    const store = await openTestStore(out);
    expect(await store.resources.count()).toBe(30);
    await store.close();
    await expect(run(process.execPath, args)).rejects.toMatchObject({ stderr: expect.stringContaining('--force') });
    await run(process.execPath, [...args, '--force', '--resources', '7']);
    const replaced = await openTestStore(out);
    expect(await replaced.resources.count()).toBe(7);
  }, 60_000);
});
