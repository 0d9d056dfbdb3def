import { OrganisationPeople } from '@thb/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, invalidNames } from '../../../test/support/expect-problem.ts';
import {
  MEMBER_A, MEMBER_B, PUBLIC_URL, SECRETARIAT_EMAIL, askForLink, mailedLink, openAccountsHarness, pressSignIn,
  sessionCookie, sessionOf, signIn, type AccountsHarness,
} from '../../../test/support/accounts-harness.ts';

// An organisation's people: invited by email, accepted on their first sign-in, managed by the
// organisation's owners and the secretariat only; removing someone ends their sessions at once.

describe.each(['SQLite', 'PostgreSQL'] as const)('people of an organisation on %s', (backend) => {
  let h: AccountsHarness;
  let secretariat: string;
  let owner: string;
  let editor: string;
  let editorId: string;
  let ownerId: string;

  const call = (method: string, path: string, cookie?: string, body?: unknown) => h.app.request(path, {
    method,
    headers: { origin: PUBLIC_URL, ...(cookie ? { cookie } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const peopleOf = async (memberId: string, cookie: string) => {
    const response = await call('GET', `/v1/organisations/${memberId}/people`, cookie);
    expect(response.status).toBe(200);
    return OrganisationPeople.parse(await response.json()).items;
  };

  /** Accepts an invitation the way its mail says: open the link, press "Sign in". */
  const acceptMailed = async (email: string) => {
    const { path, subject, text } = await mailedLink(h, email);
    expect(subject).toContain('Join');
    expect(text).toContain('invited you to join');
    const confirmed = await pressSignIn(h, path);
    expect(confirmed.status).toBe(303);
    return sessionCookie(confirmed);
  };

  beforeAll(async () => {
    h = await openAccountsHarness(backend);
    secretariat = await signIn(h, SECRETARIAT_EMAIL);
  }, 60_000);
  afterAll(() => h?.close());

  it('lets the secretariat invite an owner, who becomes one on signing in with the mailed link', async () => {
    const invited = await call('POST', `/v1/organisations/${MEMBER_A}/invitations`, secretariat, { email: 'Owner@A.test', role: 'owner' });
    expect(invited.status).toBe(202);
    expect(await invited.json()).toEqual({ email: 'owner@a.test', role: 'owner', status: 'pending' });
    owner = await acceptMailed('owner@a.test');
    const person = await h.accounts.personOf(new Headers({ cookie: owner }));
    expect([...person!.organisations]).toEqual([[MEMBER_A, 'owner']]);
    ownerId = person!.id;
    const people = await peopleOf(MEMBER_A, owner);
    expect(people).toEqual([{ userId: ownerId, email: 'owner@a.test', name: '', role: 'owner', since: expect.any(String) }]);
  });

  it('lets the owner invite an editor; the invitation waits for any later sign-in with that address', async () => {
    expect((await call('POST', `/v1/organisations/${MEMBER_A}/invitations`, owner, { email: 'editor@a.test', role: 'editor' })).status).toBe(202);
    await h.inbox.next('editor@a.test'); // the invitation mail, left unopened
    const waiting = OrganisationPeople.parse(await (await call('GET', `/v1/organisations/${MEMBER_A}/people`, owner)).json()).invitations;
    expect(waiting).toEqual([{ email: 'editor@a.test', role: 'editor', expiresAt: expect.any(String) }]);
    // Later the editor simply asks for a sign-in link: the pending invitation is accepted then.
    await askForLink(h, 'editor@a.test');
    const { path } = await mailedLink(h, 'editor@a.test');
    editor = sessionCookie(await pressSignIn(h, path));
    editorId = (await sessionOf(h, editor))!.user.id;
    expect((await peopleOf(MEMBER_A, owner)).map((p) => [p.email, p.role])).toEqual([['owner@a.test', 'owner'], ['editor@a.test', 'editor']]);
    // Accepted, the invitation no longer waits.
    expect(OrganisationPeople.parse(await (await call('GET', `/v1/organisations/${MEMBER_A}/people`, owner)).json()).invitations).toEqual([]);
    expect((await h.accounts.personOf(new Headers({ cookie: editor })))?.organisations.get(MEMBER_A)).toBe('editor');
  });

  it('refuses everyone but the owners and the secretariat', async () => {
    const outsider = await signIn(h, 'outsider@elsewhere.test');
    for (const [cookie, status] of [[undefined, 401], [editor, 403], [outsider, 403]] as const) {
      await expectProblem(await call('GET', `/v1/organisations/${MEMBER_A}/people`, cookie), status);
      await expectProblem(await call('POST', `/v1/organisations/${MEMBER_A}/invitations`, cookie, { email: 'x@a.test', role: 'owner' }), status);
      await expectProblem(await call('PATCH', `/v1/organisations/${MEMBER_A}/people/${editorId}`, cookie, { role: 'owner' }), status);
      await expectProblem(await call('DELETE', `/v1/organisations/${MEMBER_A}/people/${ownerId}`, cookie), status);
    }
    // An owner of A is nobody in B.
    await expectProblem(await call('GET', `/v1/organisations/${MEMBER_B}/people`, owner), 403);
    await expectProblem(await call('POST', `/v1/organisations/${MEMBER_B}/invitations`, owner, { email: 'x@b.test', role: 'owner' }), 403);
    expect(await peopleOf(MEMBER_B, secretariat)).toEqual([]);
    expect(h.inbox.received.some((mail) => JSON.stringify(mail.to).includes('x@'))).toBe(false);
  });

  it('validates bodies strictly and knows which members exist', async () => {
    const wrong = await expectProblem(await call('POST', `/v1/organisations/${MEMBER_A}/invitations`, owner, { email: 'nope', role: 'admin', extra: 1 }), 400);
    expect(invalidNames(wrong)).toEqual(['body:email', 'body:extra', 'body:role']);
    await expectProblem(await call('PATCH', `/v1/organisations/${MEMBER_A}/people/${editorId}`, owner, { role: 'owner', x: 1 }), 400);
    await expectProblem(await call('GET', '/v1/organisations/no-such-member/people', secretariat), 404);
    await expectProblem(await call('POST', `/v1/organisations/${MEMBER_A}/invitations`, owner, { email: 'editor@a.test', role: 'owner' }), 409);
    await expectProblem(await call('PATCH', `/v1/organisations/${MEMBER_A}/people/nobody`, owner, { role: 'owner' }), 404);
  });

  it('changes roles, but never leaves an organisation without an owner', async () => {
    expect((await call('PATCH', `/v1/organisations/${MEMBER_A}/people/${editorId}`, owner, { role: 'owner' })).status).toBe(204);
    expect((await h.accounts.personOf(new Headers({ cookie: editor })))?.organisations.get(MEMBER_A)).toBe('owner');
    expect((await call('PATCH', `/v1/organisations/${MEMBER_A}/people/${editorId}`, owner, { role: 'editor' })).status).toBe(204);
    const last = await expectProblem(await call('PATCH', `/v1/organisations/${MEMBER_A}/people/${ownerId}`, owner, { role: 'editor' }), 409);
    expect(last.detail).toContain('owner');
    await expectProblem(await call('DELETE', `/v1/organisations/${MEMBER_A}/people/${ownerId}`, owner), 409);
  });

  it('removes a person and ends their sessions at once', async () => {
    const second = await signIn(h, 'editor@a.test');
    expect((await call('DELETE', `/v1/organisations/${MEMBER_A}/people/${editorId}`, owner)).status).toBe(204);
    expect(await sessionOf(h, editor)).toBeNull();
    expect(await sessionOf(h, second)).toBeNull();
    await expectProblem(await call('GET', `/v1/organisations/${MEMBER_A}/people`, editor), 401);
    expect((await peopleOf(MEMBER_A, owner)).map((p) => p.email)).toEqual(['owner@a.test']);
    await expectProblem(await call('DELETE', `/v1/organisations/${MEMBER_A}/people/${editorId}`, owner), 404);
    // Signing in again gives no membership back: the invitation was used.
    const back = await signIn(h, 'editor@a.test');
    expect((await h.accounts.personOf(new Headers({ cookie: back })))?.organisations.size).toBe(0);
  });

  it('lists the routes in the OpenAPI document with their security', async () => {
    const document = (await (await h.app.request('/openapi.json')).json()) as {
      paths: Record<string, Record<string, { security?: unknown }>>;
      components: { securitySchemes?: Record<string, unknown> };
    };
    expect(document.paths['/v1/organisations/{memberId}/people']?.get?.security).toEqual([{ session: [] }]);
    expect(Object.keys(document.paths['/v1/organisations/{memberId}/people/{userId}'] ?? {}).sort()).toEqual(['delete', 'patch']);
    expect(document.components.securitySchemes?.session).toMatchObject({ type: 'apiKey', in: 'cookie' });
  });
});
