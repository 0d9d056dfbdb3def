import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BACKENDS } from '../testing/backends.ts';
import { createApiKeys, LAST_USED_INTERVAL_MS } from './index.ts';
import { sha256Hex } from './key-text.ts';

/** Counts the statements a Kysely instance sends, by kind (`SelectQueryNode`, `UpdateQueryNode`, …). */
function statementCounter(): KyselyPlugin & { counts: Map<string, number> } {
  const counts = new Map<string, number>();
  return {
    counts,
    transformQuery({ node }: PluginTransformQueryArgs): RootOperationNode {
      counts.set(node.kind, (counts.get(node.kind) ?? 0) + 1);
      return node;
    },
    transformResult: async ({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> => result,
  };
}

/** A clock the test moves by hand. */
function clock(start = '2026-12-01T09:00:00.000Z') {
  let at = new Date(start).getTime();
  return { now: () => new Date(at), advance: (ms: number) => { at += ms; } };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe.each(BACKENDS)('API keys on $name', (backend) => {
  it('verifies a key it created, for its organisation or for the secretariat', async () => {
    const store = await backend.fresh();
    const keys = createApiKeys(store.db);
    const member = await keys.create({ organisationId: 'la-strada', name: ' CRM sync ', createdBy: 'cli' });
    const secretariat = await keys.create({ organisationId: null, name: 'Publishing', createdBy: 'person:u1' });

    expect(member.key).toMatch(/^thb_[a-z2-9]{8}_[0-9A-Za-z]{43}$/);
    expect(member.key.startsWith(`${member.prefix}_`)).toBe(true);
    expect(member).toMatchObject({ name: 'CRM sync', organisationId: 'la-strada' });
    expect(await keys.verify(member.key)).toEqual({
      id: member.id, prefix: member.prefix, name: 'CRM sync', organisationId: 'la-strada', secretariat: false,
    });
    expect(await keys.verify(secretariat.key)).toEqual({
      id: secretariat.id, prefix: secretariat.prefix, name: 'Publishing', organisationId: null, secretariat: true,
    });
    // A second store on the same database, as another process, accepts it too.
    expect(await createApiKeys((await backend.reopen(store)).db).verify(member.key)).toMatchObject({ id: member.id });
  });

  it('refuses a wrong key with a real prefix, and text that cannot be a key without asking the database', async () => {
    const store = await backend.fresh();
    const counter = statementCounter();
    const keys = createApiKeys(store.db.withPlugin(counter));
    const { key, prefix } = await keys.create({ organisationId: 'a', name: 'n', createdBy: 'cli' });
    const last = key.at(-1) === 'a' ? 'b' : 'a';
    expect(await keys.verify(`${key.slice(0, -1)}${last}`)).toBeNull();
    expect(await keys.verify(`${prefix}_${'x'.repeat(43)}`)).toBeNull();
    expect(await keys.verify('thb_zzzzzzzz_0000000000000000000000000000000000000000000')).toBeNull();

    counter.counts.clear();
    for (const malformed of ['', key.slice(0, -1), `${key}x`, ` ${key}`, key.toUpperCase(), `Bearer ${key}`, 'thb_', prefix,
      `${prefix}-${key.slice(13)}`, `thb_l0l0l0l0_${key.slice(13)}`, 'x'.repeat(100_000), "thb_aaaaaaaa_' or 1=1 --"]) {
      expect(await keys.verify(malformed)).toBeNull();
    }
    expect(counter.counts.size).toBe(0);
  });

  it('answers "revoked" for a revoked key, and revokes only once', async () => {
    const store = await backend.fresh();
    const keys = createApiKeys(store.db);
    const revoked = await keys.create({ organisationId: 'a', name: 'old', createdBy: 'cli' });
    const kept = await keys.create({ organisationId: 'a', name: 'new', createdBy: 'cli' });
    expect(await keys.revoke(revoked.id)).toBe(true);
    expect(await keys.verify(revoked.key)).toBe('revoked');
    expect(await keys.verify(kept.key)).toMatchObject({ id: kept.id });
    expect(await keys.revoke(revoked.id)).toBe(false);
    expect(await keys.revoke('no-such-key')).toBe(false);
    // Knowing the prefix of a revoked key is not knowing the key: that is still just wrong.
    expect(await keys.verify(`${revoked.prefix}_${'0'.repeat(43)}`)).toBeNull();
    expect((await keys.list()).map((key) => [key.name, key.revokedAt !== null])).toEqual([['old', true], ['new', false]]);
  });

  it('stores only the SHA-256 of the key: no column of its row holds the key or its secret part', async () => {
    const store = await backend.fresh();
    const { id, key, prefix } = await createApiKeys(store.db).create({ organisationId: 'a', name: 'n', createdBy: 'cli' });
    const rows = await store.db.selectFrom('api_key').selectAll().execute();
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row).toMatchObject({ id, prefix, hash: await sha256Hex(key) });
    const secret = key.slice(prefix.length + 1);
    for (const value of Object.values(row)) {
      expect(String(value)).not.toContain(secret);
      expect(String(value)).not.toContain(secret.slice(0, 12));
    }
  });

  it('lists keys without their hashes, by organisation, the secretariat or all', async () => {
    const store = await backend.fresh();
    const time = clock();
    const keys = createApiKeys(store.db, time);
    const made = [];
    for (const organisationId of ['a', null, 'b', 'a']) {
      made.push(await keys.create({ organisationId, name: `key ${made.length}`, createdBy: 'cli' }));
      time.advance(1000);
    }
    const all = await keys.list();
    expect(all.map((key) => key.id)).toEqual(made.map((key) => key.id));
    expect(all[0]).toEqual({
      id: made[0]!.id, prefix: made[0]!.prefix, name: 'key 0', organisationId: 'a', createdAt: '2026-12-01T09:00:00.000Z',
      createdBy: 'cli', lastUsedAt: null, revokedAt: null,
    });
    const hashes = (await store.db.selectFrom('api_key').select('hash').execute()).map((row) => row.hash);
    for (const hash of hashes) expect(JSON.stringify(all)).not.toContain(hash);
    expect((await keys.list({ organisationId: 'a' })).map((key) => key.name)).toEqual(['key 0', 'key 3']);
    expect((await keys.list({ organisationId: null })).map((key) => key.name)).toEqual(['key 1']);
    expect(await keys.list({ organisationId: 'nobody' })).toEqual([]);
  });

  it('keeps prefixes unique: the database refuses a second, and a new key that draws a taken one draws again', async () => {
    const store = await backend.fresh();
    const keys = createApiKeys(store.db);
    const first = await keys.create({ organisationId: 'a', name: 'n', createdBy: 'cli' });
    const copy = { ...(await store.db.selectFrom('api_key').selectAll().executeTakeFirstOrThrow()), id: 'other' };
    await expect(store.db.insertInto('api_key').values(copy).execute()).rejects.toThrow();

    // The same random bytes twice: the second key's first prefix is taken, so it draws another.
    const zeros = (array: Uint8Array) => array.fill(0);
    const random = vi.spyOn(crypto, 'getRandomValues');
    random.mockImplementationOnce(zeros as typeof crypto.getRandomValues).mockImplementationOnce(zeros as typeof crypto.getRandomValues);
    const zero = await keys.create({ organisationId: 'a', name: 'n', createdBy: 'cli' });
    expect(zero.prefix).toBe('thb_aaaaaaaa');
    random.mockImplementationOnce(zeros as typeof crypto.getRandomValues).mockImplementationOnce(zeros as typeof crypto.getRandomValues);
    const redrawn = await keys.create({ organisationId: 'a', name: 'n', createdBy: 'cli' });
    expect(redrawn.prefix).not.toBe('thb_aaaaaaaa');
    expect(await keys.verify(redrawn.key)).toMatchObject({ id: redrawn.id });
    expect(await keys.verify(zero.key)).toMatchObject({ id: zero.id });

    const prefixes = new Set([first.prefix]);
    for (let i = 0; i < 20; i += 1) prefixes.add((await keys.create({ organisationId: null, name: 'n', createdBy: 'cli' })).prefix);
    expect(prefixes.size).toBe(21);
  });

  it('records the last use at most once a minute, so frequent reads do not each write', async () => {
    const store = await backend.fresh();
    const time = clock();
    const counter = statementCounter();
    const keys = createApiKeys(store.db.withPlugin(counter), time);
    const { id, key } = await keys.create({ organisationId: 'a', name: 'n', createdBy: 'cli' });
    const lastUsed = async () => (await keys.list()).find((info) => info.id === id)!.lastUsedAt;
    expect(await lastUsed()).toBeNull();

    const updates = () => counter.counts.get('UpdateQueryNode') ?? 0;
    time.advance(5000);
    await keys.verify(key);
    expect(await lastUsed()).toBe('2026-12-01T09:00:05.000Z');
    expect(updates()).toBe(1);
    for (let i = 0; i < 10; i += 1) {
      time.advance(5000);
      await keys.verify(key);
    }
    expect(await lastUsed()).toBe('2026-12-01T09:00:05.000Z');
    expect(updates()).toBe(1);
    time.advance(LAST_USED_INTERVAL_MS - 50_000);
    await keys.verify(key);
    expect(await lastUsed()).toBe('2026-12-01T09:01:05.000Z');
    expect(updates()).toBe(2);
  });

  it('wants a name', async () => {
    const keys = createApiKeys((await backend.fresh()).db);
    await expect(keys.create({ organisationId: 'a', name: '  ', createdBy: 'cli' })).rejects.toThrow(/name/);
    await expect(keys.create({ organisationId: 'a', name: 'x'.repeat(101), createdBy: 'cli' })).rejects.toThrow(/name/);
  });
});
