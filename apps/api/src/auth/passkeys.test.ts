import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from '../../test/support/expect-problem.ts';
import { PUBLIC_URL, openAccountsHarness, signIn, type AccountsHarness } from '../../test/support/accounts-harness.ts';

// What of the passkey plugin the world reaches, and from where (the ceremonies themselves run
// in Chromium: test/passkeys/passkeys.test.ts).

describe('passkey endpoints', () => {
  let h: AccountsHarness;
  let ada: string;
  beforeAll(async () => {
    h = await openAccountsHarness('SQLite');
    ada = await signIn(h, 'ada@member.test');
  }, 60_000);
  afterAll(() => h?.close());

  const call = (method: string, path: string, headers: Record<string, string> = {}, body?: unknown) => h.app.request(`/v1/auth/passkey/${path}`, {
    method, headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

  it('offers registration to the signed-in only, named for the platform and our host', async () => {
    await expectProblem(await call('GET', 'generate-register-options'), 401);
    const options = await call('GET', 'generate-register-options', { cookie: ada });
    expect(options.status).toBe(200);
    expect(await options.json()).toMatchObject({
      rp: { id: 'thb.test', name: 'EU Civil Society Platform against trafficking in human beings' },
      user: { name: 'ada@member.test' },
    });
  });

  it('lists and deletes only one\'s own passkeys', async () => {
    await expectProblem(await call('GET', 'list-user-passkeys'), 401);
    const { id: adaId } = (await h.accounts.auth.api.getSession({ headers: new Headers({ cookie: ada }) }))!.user;
    await h.db.insertInto('passkey').values({
      id: 'pk-ada', userId: adaId, name: 'Ada\'s key', publicKey: 'x', credentialID: 'cred-ada', counter: 0, deviceType: 'singleDevice', backedUp: 0, transports: 'internal', createdAt: new Date().toISOString(),
    }).execute();
    const bob = await signIn(h, 'bob@member.test');
    expect(await (await call('GET', 'list-user-passkeys', { cookie: bob })).json()).toEqual([]);
    const stolen = await call('POST', 'delete-passkey', { cookie: bob, origin: PUBLIC_URL }, { id: 'pk-ada' });
    expect(stolen.status).toBeGreaterThanOrEqual(400);
    expect(stolen.status).toBeLessThan(500);
    expect(await (await call('GET', 'list-user-passkeys', { cookie: ada })).json()).toEqual([expect.objectContaining({ id: 'pk-ada' })]);
  });

  it('refuses passkey calls with cookies from another site', async () => {
    const refused = await call('POST', 'delete-passkey', { cookie: ada, origin: 'https://evil.test' }, { id: 'pk-ada' });
    await expectProblem(refused, 403);
    expect(await (await call('GET', 'list-user-passkeys', { cookie: ada })).json()).toHaveLength(1);
  });

  it('keeps renaming and the other plugin endpoints unreachable', async () => {
    await expectProblem(await call('POST', 'update-passkey', { cookie: ada, origin: PUBLIC_URL }, { id: 'pk-ada', name: 'x' }), 404);
  });
});
