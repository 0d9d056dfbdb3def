import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { seedDemoData } from './demo/index.ts';
import { openTestStore, tempDatabaseFile } from './testing/backends.ts';
import { aMember, aResource, anEvent } from './testing/records.ts';
import { toMemberView } from './views.ts';

// Rows changed behind the store's back, as a bad import, a hand edit or a disk fault would leave them.

/** Runs one statement on the database file directly, as another program would. */
function tamper(file: string, sql: string, ...parameters: unknown[]): void {
  const raw = new Database(file);
  try {
    raw.prepare(sql).run(...parameters);
  } finally {
    raw.close();
  }
}

let warnings: string[] = [];
beforeEach(() => {
  warnings = [];
  vi.spyOn(console, 'warn').mockImplementation((message: unknown) => void warnings.push(String(message)));
});
afterEach(() => vi.restoreAllMocks());

describe('a stored document with a field the schema does not list', () => {
  it('is never served: lists, the member and its view leave it out, and the rest is served', async () => {
    const file = tempDatabaseFile();
    const store = await openTestStore(file);
    await store.members.put(aMember({ id: 'kept', name: 'Kept' }));
    await store.members.put(aMember({ id: 'leaky', name: 'Leaky' }));
    const stored = { ...aMember({ id: 'leaky', name: 'Leaky' }), privateAddress: 'Hidden Street 1, Berlin' };
    tamper(file, 'update members set document = ? where id = ?', JSON.stringify(stored), 'leaky');
    tamper(file, 'update members set document = ? where id = ?',
      JSON.stringify({ ...aMember({ id: 'kept', name: 'Kept' }), contact: { email: 'a@example.org', address: 'Home 2' } }), 'kept');

    const reader = await openTestStore(file);
    const { items } = await reader.members.list({});
    expect(JSON.stringify(items)).not.toMatch(/Hidden Street|Home 2|privateAddress|address/);
    expect(items).toEqual([]);
    expect(await reader.members.get('leaky')).toBeUndefined();
    expect(reader.corruptRecords().map(({ table, id }) => `${table}/${id}`)).toEqual(['members/kept', 'members/leaky']);
    expect(warnings.join('\n')).toMatch(/members record "leaky".*privateAddress/);
    expect(warnings.join('\n')).not.toMatch(/Hidden Street/);
  });

  it('is left out of a view even when a caller hands the view such a record', () => {
    const member = { ...aMember({ id: 'leaky' }), privateAddress: 'Hidden Street 1' };
    member.contact = { ...member.contact, ...{ address: 'Home 2' } };
    member.coordinates = { ...member.coordinates, ...{ altitude: 3 } };
    expect(JSON.stringify(toMemberView(member, 'en'))).not.toMatch(/Hidden|Home|address|altitude/);
  });

  it('is refused on write, and the write leaves the store as it was', async () => {
    const store = await openTestStore();
    const before = await store.dataVersion();
    const leaky = { ...aMember({ id: 'leaky' }), privateAddress: 'Hidden Street 1' };
    await expect(store.members.put(leaky)).rejects.toThrow(/members record "leaky".*privateAddress/);
    await expect(store.putMany({ members: [aMember({ id: 'fine' }), leaky] })).rejects.toThrow(/leaky/);
    expect(await store.dataVersion()).toBe(before);
    expect((await store.members.list({})).total).toBe(0);
  });
});

describe('a corrupt row', () => {
  it('is skipped and logged with its id, counted once, and stops no list, search or get', async () => {
    const file = tempDatabaseFile();
    const store = await openTestStore(file);
    await store.putMany({
      members: [aMember({ id: 'member-a' }), aMember({ id: 'member-b' })],
      resources: [aResource({ id: 'guide-a', title: { en: 'Shelter guide' } }), aResource({ id: 'guide-b', title: { en: 'Shelter map' } })],
      events: [anEvent({ id: 'event-a' }), anEvent({ id: 'event-b' })],
    });
    tamper(file, 'update members set document = ? where id = ?', '{"id": "member-b", "name": ', 'member-b');
    tamper(file, 'update resources set document = ? where id = ?', JSON.stringify({ id: 'guide-b', type: 'guide' }), 'guide-b');
    tamper(file, 'update events set document = ? where id = ?', 'null', 'event-b');

    const reader = await openTestStore(file);
    await reader.warm();
    expect(reader.corruptRecords()).toEqual([
      { table: 'events', id: 'event-b', reason: expect.stringMatching(/schema/) },
      { table: 'members', id: 'member-b', reason: 'the document is not valid JSON' },
      { table: 'resources', id: 'guide-b', reason: expect.stringMatching(/schema: topics/) },
    ]);
    expect((await reader.members.list({}, { page: 1, pageSize: 10 })).items.map((m) => m.id)).toEqual(['member-a']);
    expect((await reader.resources.search({ q: 'shelter' }, { page: 1, pageSize: 10 }, 'en')).items.map((r) => r.id)).toEqual(['guide-a']);
    expect((await reader.events.list({})).items.map((e) => e.event.id)).toEqual(['event-a']);
    expect(await reader.events.get('event-b')).toBeUndefined();
    expect(await reader.resources.get('guide-b')).toBeUndefined();
    // Read many times, logged once per row.
    await reader.members.list({});
    expect(warnings.filter((w) => w.includes('member-b'))).toHaveLength(1);
    expect(warnings).toHaveLength(3);

    // Rewritten through the store, or removed, a row is fine again.
    await reader.members.put(aMember({ id: 'member-b' }));
    await reader.resources.remove('guide-b');
    expect(reader.corruptRecords().map((r) => r.id)).toEqual(['event-b']);
  });

  it('does not stop a server from starting: seeding checks and the search index build go on', async () => {
    const file = tempDatabaseFile();
    const store = await openTestStore(file);
    await store.resources.put(aResource({ id: 'only' }));
    tamper(file, 'update resources set document = ? where id = ?', 'not json', 'only');
    const restarted = await openTestStore(file);
    // As the API's entry does: seed an empty store (this one is not: it has a row), then warm.
    expect(await seedDemoData(restarted)).toBe(false);
    await restarted.warm();
    expect(restarted.corruptRecords()).toHaveLength(1);
    expect((await restarted.resources.search({}, { page: 1, pageSize: 10 }, 'en')).total).toBe(0);
  });

  it('that another process deletes drops out of the count on the next full read', async () => {
    const file = tempDatabaseFile();
    const store = await openTestStore(file);
    await store.members.put(aMember({ id: 'gone' }));
    tamper(file, 'update members set document = ? where id = ?', '[]', 'gone');
    const reader = await openTestStore(file);
    await reader.warm();
    expect(reader.corruptRecords()).toHaveLength(1);
    tamper(file, "delete from members where id = 'gone'");
    await reader.members.list({});
    expect(reader.corruptRecords()).toEqual([]);
  });
});
