import { describe, expect, it } from 'vitest';
import { BACKENDS } from './testing/backends.ts';
import { aMember, aResource, anEvent } from './testing/records.ts';

describe.each(BACKENDS)('writes and the data version on $name', (backend) => {
  it('starts a new database at the seconds since 2024, so versions never repeat an older database’s', async () => {
    const secondsSince2024 = (Date.now() - Date.UTC(2024, 0, 1)) / 1000;
    const store = await backend.fresh();
    expect(Math.abs((await store.dataVersion()) - secondsSince2024)).toBeLessThan(120);
  });

  it('changes on every write and only then', async () => {
    const store = await backend.fresh();
    const versions = [await store.dataVersion()];
    const step = async (write: () => Promise<unknown>) => {
      await write();
      versions.push(await store.dataVersion());
    };
    await step(() => store.members.put(aMember({ id: 'aa' })));
    await step(() => store.resources.put(aResource({ id: 'rr' })));
    await step(() => store.events.put(anEvent({ id: 'ee' })));
    await step(() => store.members.put(aMember({ id: 'aa', name: 'Renamed' })));
    await step(() => store.putMany({ members: [aMember({ id: 'bb' })], resources: [aResource({ id: 'ss' })] }));
    await step(() => store.members.remove('aa'));
    await step(() => store.resources.remove('rr'));
    await step(() => store.events.remove('ee'));
    expect(versions.slice(1)).toEqual(versions.slice(0, -1).map((version) => version + 1));

    const before = await store.dataVersion();
    expect(await store.members.remove('never-existed')).toBe(false);
    await store.putMany({});
    await store.members.list({ country: 'DE' });
    expect(await store.dataVersion()).toBe(before);
  });

  it('is seen by a second store on the same database, as another process would see it', async () => {
    const writer = await backend.fresh();
    const reader = await backend.reopen(writer);
    const before = await reader.dataVersion();
    await writer.resources.put(aResource({ id: 'shared', title: { en: 'Shared hotline guide' } }));
    expect(await reader.dataVersion()).toBe(before + 1);
    expect((await reader.resources.search({ q: 'hotline' }, { page: 1, pageSize: 5 }, 'en')).total).toBe(1);
    await writer.resources.remove('shared');
    expect((await reader.resources.search({ q: 'hotline' }, { page: 1, pageSize: 5 }, 'en')).total).toBe(0);
    expect(await reader.dataVersion()).toBe(before + 2);
  });

  it('lands concurrent writes of one record from two stores, each bumping the version once', async () => {
    const first = await backend.fresh();
    const second = await backend.reopen(first);
    const before = await first.dataVersion();
    await Promise.all(Array.from({ length: 12 }, (_, i) =>
      (i % 2 ? first : second).members.put(aMember({ id: 'contested', name: `Name ${i}`, focus: ['human-rights', 'migrant-rights'] }))));
    expect(await first.dataVersion()).toBe(before + 12);
    expect((await second.members.list({ focus: 'migrant-rights' })).total).toBe(1);
    expect((await second.members.counts()).byFocus).toEqual({ 'human-rights': 1, 'migrant-rights': 1 });
  });

  it('rolls back a failed write completely, version included', async () => {
    const store = await backend.fresh();
    await store.members.put(aMember({ id: 'safe' }));
    const before = await store.dataVersion();
    // A resource without a published date violates NOT NULL after the member was already inserted.
    const broken = { ...aResource({ id: 'broken' }), published: undefined } as unknown as ReturnType<typeof aResource>;
    await expect(store.putMany({ members: [aMember({ id: 'half' })], resources: [broken] })).rejects.toThrow();
    expect(await store.dataVersion()).toBe(before);
    expect(await store.members.get('half')).toBeUndefined();
    expect((await store.members.list({})).total).toBe(1);
  });

  it('writes and replaces hundreds of records at once, within every backend’s limit on bound values', async () => {
    const store = await backend.fresh();
    // 120 ids: more than D1 binds in one statement (100), so deletes and inserts must be split.
    const members = Array.from({ length: 120 }, (_, i) =>
      aMember({ id: `m${String(i).padStart(3, '0')}`, focus: ['human-rights', 'women-rights', 'victim-protection'] }));
    const resources = Array.from({ length: 120 }, (_, i) => aResource({ id: `r${i}` }));
    const before = await store.dataVersion();
    await store.putMany({ members, resources });
    await store.putMany({ members: members.map((m) => ({ ...m, country: 'FR' })) });
    expect(await store.dataVersion()).toBe(before + 2);
    const french = await store.members.list({ country: 'FR', focus: 'women-rights' }, { page: 2, pageSize: 100 });
    expect([french.total, french.items[0]?.id, french.items.length]).toEqual([120, 'm100', 20]);
    expect((await store.members.counts()).byFocus).toEqual({ 'human-rights': 120, 'victim-protection': 120, 'women-rights': 120 });
    expect(await store.resources.count()).toBe(120);
  });
});
