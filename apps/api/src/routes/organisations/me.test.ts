import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MEMBER_A, MEMBER_B, PUBLIC_URL, SECRETARIAT_EMAIL, mailedLink, openAccountsHarness, pressSignIn, sessionCookie, signIn,
} from '../../../test/support/accounts-harness.ts';

// `GET /v1/me` is what the portal asks first: who is signed in, whether they are the
// secretariat, and which organisations they may work on with which role.

describe.each(['SQLite', 'PostgreSQL'] as const)('GET /v1/me on %s', (backend) => {
  let h: Awaited<ReturnType<typeof openAccountsHarness>>;
  let secretariat: string;

  const me = (cookie?: string) => h.app.request('/v1/me', { headers: { origin: PUBLIC_URL, ...(cookie ? { cookie } : {}) } });
  const invite = async (memberId: string, email: string, role: 'owner' | 'editor') => {
    const response = await h.app.request(`/v1/organisations/${memberId}/invitations`, {
      method: 'POST', headers: { origin: PUBLIC_URL, cookie: secretariat, 'content-type': 'application/json' }, body: JSON.stringify({ email, role }),
    });
    expect(response.status).toBe(202);
  };

  beforeAll(async () => {
    h = await openAccountsHarness(backend);
    secretariat = await signIn(h, SECRETARIAT_EMAIL);
  }, 60_000);
  afterAll(() => h?.close());

  it('shows an owner of A who is an editor of B both organisations with their names and roles', async () => {
    await invite(MEMBER_A, 'both@ngo.test', 'owner');
    await h.inbox.next('both@ngo.test'); // A's invitation, left unopened: signing in accepts both
    await invite(MEMBER_B, 'both@ngo.test', 'editor');
    const cookie = sessionCookie(await pressSignIn(h, (await mailedLink(h, 'both@ngo.test')).path));
    const response = await me(cookie);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as { organisations: unknown[] };
    const [nameA, nameB] = await Promise.all([MEMBER_A, MEMBER_B].map(async (id) => (await h.store.members.get(id))!.name));
    expect({ ...body, organisations: [] }).toEqual({ id: expect.any(String), email: 'both@ngo.test', secretariat: false, organisations: [] });
    expect(body.organisations).toEqual(expect.arrayContaining([
      { memberId: MEMBER_A, name: nameA, role: 'owner' },
      { memberId: MEMBER_B, name: nameB, role: 'editor' },
    ]));
    expect(body.organisations).toHaveLength(2);
  });

  it('flags the secretariat, who works on no organisation of their own', async () => {
    const body = await (await me(secretariat)).json();
    expect(body).toEqual({ id: expect.any(String), email: SECRETARIAT_EMAIL, secretariat: true, organisations: [] });
  });

  it('answers null to a visitor without a session or with one that is not valid', async () => {
    for (const cookie of [undefined, 'thb.session_token=forged.value']) {
      const response = await me(cookie);
      expect(response.status).toBe(200);
      expect(await response.json()).toBeNull();
    }
  });

  it('sends no field beyond the public schema Me', async () => {
    const document = (await (await h.app.request('/openapi.json')).json()) as {
      components: { schemas: Record<string, { properties?: Record<string, { items?: { properties?: Record<string, unknown> } }> }> };
    };
    const schema = document.components.schemas.Me!;
    const person = (await (await me(await signIn(h, 'both@ngo.test'))).json()) as Record<string, unknown> & { organisations: Record<string, unknown>[] };
    expect(Object.keys(person).sort()).toEqual(Object.keys(schema.properties!).sort());
    const organisationFields = Object.keys(schema.properties!.organisations!.items!.properties!).sort();
    for (const organisation of person.organisations) expect(Object.keys(organisation).sort()).toEqual(organisationFields);
  });
});
