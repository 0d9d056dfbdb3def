import { describe, expect, it } from 'vitest';
import { BACKENDS } from './testing/backends.ts';
import { aMember } from './testing/records.ts';

const members = [
  aMember({ id: 'kok', name: 'KOK e.V.', description: { en: 'Network against trafficking', de: 'Netzwerk gegen Menschenhandel' },
    country: 'DE', scope: 'national', focus: ['victim-protection', 'human-rights'] }),
  aMember({ id: 'oeku', name: 'Ökumenische Hilfe', acronym: 'ÖH', country: 'AT', city: 'Wien', scope: 'local', focus: ['migrant-rights'] }),
  aMember({ id: 'lsi', name: 'La Strada International', country: 'NL', city: 'Amsterdam', scope: 'european',
    focus: ['human-rights', 'labour-exploitation'], description: { en: 'European network', fr: 'Réseau européen contre la traite' } }),
  aMember({ id: 'zeta', name: 'zeta Verein', country: 'DE', scope: 'local', focus: ['children-rights', 'human-rights'] }),
  aMember({ id: 'alpha', name: 'Alpha Hilfe', country: 'DE', scope: 'national', focus: ['victim-protection'] }),
];

const ids = (result: { items: { id: string }[] }) => result.items.map((m) => m.id);

describe.each(BACKENDS)('members on $name', (backend) => {
  async function seeded() {
    const store = await backend.fresh();
    await store.putMany({ members });
    return store;
  }

  it('lists all members by name, ignoring case and accents', async () => {
    const store = await seeded();
    const all = await store.members.list({});
    expect(ids(all)).toEqual(['alpha', 'kok', 'lsi', 'oeku', 'zeta']);
    expect(all.total).toBe(5);
  });

  it('orders folded names code point by code point, whatever the database collation', async () => {
    const store = await backend.fresh();
    // A linguistic collation ignores spaces and hyphens ("Lab" before "La Strada", "ab" before
    // "a-c") and sorts the Turkish dotless ı after i, before o; SQLite compares code points.
    await store.putMany({ members: [
      aMember({ id: 'lab', name: 'Lab Anti-Trafficking' }), aMember({ id: 'strada', name: 'La Strada' }),
      aMember({ id: 'kirmizi', name: 'Kırmızı Kalem' }), aMember({ id: 'kos', name: 'Kos Verein' }),
      aMember({ id: 'ab', name: 'Acme' }), aMember({ id: 'a-c', name: 'acme' }), aMember({ id: 'a-b-a', name: 'ACME' }),
    ] });
    expect(ids(await store.members.list({}))).toEqual(['a-b-a', 'a-c', 'ab', 'kos', 'kirmizi', 'strada', 'lab']);
    expect(ids(await store.members.list({}, { page: 2, pageSize: 3 }))).toEqual(['kos', 'kirmizi', 'strada']);
  });

  it('filters by country, scope and focus, alone and together', async () => {
    const store = await seeded();
    expect(ids(await store.members.list({ country: 'DE' }))).toEqual(['alpha', 'kok', 'zeta']);
    expect(ids(await store.members.list({ scope: 'local' }))).toEqual(['oeku', 'zeta']);
    expect(ids(await store.members.list({ focus: 'human-rights' }))).toEqual(['kok', 'lsi', 'zeta']);
    expect(ids(await store.members.list({ country: 'DE', focus: 'human-rights', scope: 'local' }))).toEqual(['zeta']);
    expect(await store.members.list({ country: 'FR' })).toEqual({ items: [], total: 0 });
  });

  it('matches q against word starts in name, acronym, city and every description language, accents folded', async () => {
    const store = await seeded();
    expect(ids(await store.members.list({ q: 'menschenhandel' }))).toEqual(['kok']);
    expect(ids(await store.members.list({ q: 'oku' }))).toEqual(['oeku']);
    expect(ids(await store.members.list({ q: 'ÖH' }))).toEqual(['oeku']);
    expect(ids(await store.members.list({ q: 'reseau traite' }))).toEqual(['lsi']);
    expect(ids(await store.members.list({ q: 'amster' }))).toEqual(['lsi']);
    // Word starts only: "trada" is inside "Strada", not at the start of a word.
    expect(ids(await store.members.list({ q: 'trada' }))).toEqual([]);
    expect(ids(await store.members.list({ q: 'hilfe', country: 'DE' }))).toEqual(['alpha']);
    expect(ids(await store.members.list({ q: '100% _' }))).toEqual([]);
  });

  it('pages with the total of all matches', async () => {
    const store = await seeded();
    const first = await store.members.list({}, { page: 1, pageSize: 2 });
    const third = await store.members.list({}, { page: 3, pageSize: 2 });
    const beyond = await store.members.list({}, { page: 9, pageSize: 2 });
    expect([ids(first), first.total]).toEqual([['alpha', 'kok'], 5]);
    expect([ids(third), third.total]).toEqual([['zeta'], 5]);
    expect([ids(beyond), beyond.total]).toEqual([[], 5]);
    const filtered = await store.members.list({ country: 'DE' }, { page: 2, pageSize: 2 });
    expect([ids(filtered), filtered.total]).toEqual([['zeta'], 3]);
  });

  it('gets, replaces and removes a member, keeping focus rows in step', async () => {
    const store = await seeded();
    expect(await store.members.get('kok')).toEqual(members[0]);
    expect(await store.members.get('nobody')).toBeUndefined();
    await store.members.put({ ...members[0]!, focus: ['forced-begging'], country: 'BE' });
    expect(ids(await store.members.list({ focus: 'human-rights' }))).toEqual(['lsi', 'zeta']);
    expect(ids(await store.members.list({ focus: 'forced-begging', country: 'BE' }))).toEqual(['kok']);
    expect(await store.members.remove('kok')).toBe(true);
    expect(await store.members.remove('kok')).toBe(false);
    expect(await store.members.get('kok')).toBeUndefined();
    expect((await store.members.counts()).byFocus['forced-begging']).toBeUndefined();
  });

  it('counts members per country, focus area and scope', async () => {
    const store = await seeded();
    expect(await store.members.counts()).toEqual({
      total: 5,
      byCountry: { AT: 1, DE: 3, NL: 1 },
      byFocus: { 'children-rights': 1, 'human-rights': 3, 'labour-exploitation': 1, 'migrant-rights': 1, 'victim-protection': 2 },
      byScope: { european: 1, local: 2, national: 2 },
    });
    // Keys in code-point order, so the JSON is the same on every backend.
    const { byCountry, byFocus } = await store.members.counts();
    expect(Object.keys(byCountry)).toEqual(['AT', 'DE', 'NL']);
    expect(Object.keys(byFocus)).toEqual([...Object.keys(byFocus)].sort());
  });
});
