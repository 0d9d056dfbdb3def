import { getMigrations } from 'better-auth/db/migration';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from '../../test/support/expect-problem.ts';
import {
  PUBLIC_URL, askForLink, mailedLink, openAccountsHarness, pressSignIn, sessionCookie, sessionOf, signIn,
  type AccountsHarness,
} from '../../test/support/accounts-harness.ts';

// The magic-link flow end to end: a real SMTP server receives the mail, the confirm page is
// opened as a mail scanner and a person would, and the session cookie comes from the POST.

describe.each(['SQLite', 'PostgreSQL'] as const)('accounts on %s', (backend) => {
  let h: AccountsHarness;
  beforeAll(async () => {
    h = await openAccountsHarness(backend);
  }, 60_000);
  afterAll(() => h?.close());

  it('has exactly Better Auth\'s tables: its schema check finds nothing to create or add', async () => {
    const plan = await getMigrations(h.accounts.auth.options);
    expect([plan.toBeCreated, plan.toBeAdded, plan.toBeAddedIndexes]).toEqual([[], [], []]);
  });

  it('mails a confirm link whose page does not spend the token; only pressing "Sign in" does', async () => {
    const email = 'ada@member.test';
    const asked = await askForLink(h, email);
    expect(asked.status).toBe(200);
    const { path, text } = await mailedLink(h, email);
    expect(text).toContain('15 minutes');

    // A mail scanner opens the link, then the person does: the token survives both.
    for (let i = 0; i < 2; i++) {
      const page = await h.app.request(path);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toContain('text/html');
      expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(page.headers.get('referrer-policy')).toBe('no-referrer');
      const html = await page.text();
      expect(html).toContain('<button type="submit">Sign in</button>');
      expect(html).toContain('action="/v1/auth/confirm"');
      expect(html).not.toContain('<script');
    }

    const confirmed = await pressSignIn(h, path);
    expect(confirmed.status).toBe(303);
    expect(confirmed.headers.get('location')).toBe('/portal/');
    const setCookie = confirmed.headers.getSetCookie().find((c) => c.startsWith('thb.session_token='))!;
    expect(setCookie).toMatch(/; HttpOnly/i);
    expect(setCookie).toMatch(/; SameSite=Lax/i);
    expect(setCookie).not.toMatch(/; Secure/i); // PUBLIC_URL is http here
    const cookie = sessionCookie(confirmed);
    expect((await sessionOf(h, cookie))?.user.email).toBe(email);

    const person = await h.accounts.personOf(new Headers({ cookie }));
    expect(person).toMatchObject({ type: 'person', label: email, secretariat: false });
    expect(person?.organisations.size).toBe(0);

    // Used once: the page and the button both say so now.
    const again = await pressSignIn(h, path);
    expect(again.status).toBe(410);
    expect(await again.text()).toContain('no longer works');
    expect((await h.app.request(path)).status).toBe(410);
  });

  it('refuses a link after 15 minutes, on the page and on the button', async () => {
    const email = 'late@member.test';
    await askForLink(h, email);
    const { path } = await mailedLink(h, email);
    h.advance(16 * 60_000);
    const page = await h.app.request(path);
    expect(page.status).toBe(410);
    expect(await page.text()).toContain('expired');
    const pressed = await pressSignIn(h, path);
    expect(pressed.status).toBe(410);
    expect(pressed.headers.getSetCookie()).toEqual([]);
  });

  it('speaks the mail\'s language on the pages its link opens, and says when a link ran out', async () => {
    const email = 'greta@member.test';
    await askForLink(h, email, undefined, { locale: 'de' });
    const { path } = await mailedLink(h, email);
    expect(new URL(path, h.publicUrl).searchParams.get('lang')).toBe('de');
    const html = await (await h.app.request(path)).text();
    expect(html).toContain('<html lang="de">');
    expect(html).toContain('<button type="submit">Anmelden</button>');
    expect(html).toContain('<input type="hidden" name="lang" value="de">');
    expect((await pressSignIn(h, path)).status).toBe(303);
    const again = await pressSignIn(h, path);
    expect(again.status).toBe(410);
    const used = await again.text();
    expect(used).toContain('<html lang="de">');
    expect(used).toContain('Dieser Link funktioniert nicht mehr');
    expect(used).toContain('<a href="/portal/">Neuen Anmeldelink anfordern</a>');
    // A link without `lang` (an older mail) follows the browser; a made-up one is ignored.
    const token = new URL(path, h.publicUrl).searchParams.get('token') ?? '';
    const french = await h.app.request(`/v1/auth/confirm?token=${token}&lang=xx`, { headers: { 'accept-language': 'fr-BE,fr;q=0.9' } });
    expect(await french.text()).toContain('<html lang="fr">');
  });

  it('keeps a same-site callback page, and drops one on another site', async () => {
    const email = 'callback@member.test';
    await askForLink(h, email, undefined, { callbackURL: '/portal/members/x' });
    const own = await mailedLink(h, email);
    expect((await pressSignIn(h, own.path)).headers.get('location')).toBe('/portal/members/x');
    await askForLink(h, email, undefined, { callbackURL: '//evil.test/' });
    const other = await mailedLink(h, email);
    expect(other.path).not.toContain('evil');
    expect((await pressSignIn(h, other.path)).headers.get('location')).toBe('/portal/');
  });

  it('refuses a confirm form posted from another site (login CSRF)', async () => {
    const email = 'csrf@member.test';
    await askForLink(h, email);
    const { path } = await mailedLink(h, email);
    await expectProblem(await pressSignIn(h, path, 'https://evil.test'), 403);
    expect((await h.app.request(path)).status).toBe(200); // the token is still there for its owner
  });

  it('ends the session on sign-out', async () => {
    const cookie = await signIn(h, 'leaving@member.test');
    const out = await h.app.request('/v1/auth/sign-out', { method: 'POST', headers: { cookie, origin: PUBLIC_URL } });
    expect(out.status).toBe(200);
    expect(await sessionOf(h, cookie)).toBeNull();
    expect(await h.accounts.personOf(new Headers({ cookie }))).toBeNull();
  });

  it('ends every session of a person at once with signOutEverywhere', async () => {
    const [one, two] = [await signIn(h, 'twice@member.test'), await signIn(h, 'twice@member.test')];
    const user = (await sessionOf(h, one))!.user;
    await h.accounts.signOutEverywhere(user.id);
    expect(await sessionOf(h, one)).toBeNull();
    expect(await sessionOf(h, two)).toBeNull();
  });

  it('limits sign-in mails per address and per client, with 429 and Retry-After', async () => {
    const email = 'flooded@member.test';
    for (let i = 0; i < 3; i++) expect((await askForLink(h, email)).status).toBe(200);
    const refused = await askForLink(h, email);
    const problem = await expectProblem(refused, 429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(problem.detail).toContain('try again');
    expect(h.inbox.received.filter((m) => m.to && JSON.stringify(m.to).includes(email))).toHaveLength(3);

    const client = 'one-script';
    for (let i = 0; i < 10; i++) expect((await askForLink(h, `list-${i}@member.test`, client)).status).toBe(200);
    await expectProblem(await askForLink(h, 'list-10@member.test', client), 429);
    expect((await askForLink(h, 'list-10@member.test', 'another-client')).status).toBe(200);

    // After the window, the address may ask again.
    h.advance(16 * 60_000);
    expect((await askForLink(h, email)).status).toBe(200);
  });

  it('accepts only an email, a name and a callback page (no metadata to dress a mail up)', async () => {
    await expectProblem(await askForLink(h, 'meta@member.test', undefined, { metadata: { invitation: { organisation: 'Bank' } } }), 400);
    await expectProblem(await askForLink(h, 'not an address'), 400);
  });

  it('reaches only the endpoints the portal needs: no organisation changes, no spending GET', async () => {
    const cookie = await signIn(h, 'curious@member.test');
    const create = await h.app.request('/v1/auth/organization/create', {
      method: 'POST', headers: { cookie, origin: PUBLIC_URL, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Mine', slug: 'la-strada-international' }),
    });
    await expectProblem(create, 404);
    await expectProblem(await h.app.request('/v1/auth/magic-link/verify?token=x'), 404);
    await expectProblem(await h.app.request('/v1/auth/sign-up/email', { method: 'POST' }), 404);
  });

  it('answers Better Auth\'s own errors as problem details', async () => {
    const response = await h.app.request('/v1/auth/revoke-sessions', { method: 'POST', headers: { origin: PUBLIC_URL } });
    await expectProblem(response, 401);
  });
});

describe('accounts behind https', () => {
  it('marks the session cookie Secure (and __Secure-) when the public address is https', async () => {
    const h = await openAccountsHarness('SQLite', { publicUrl: 'https://thb.example' });
    try {
      await askForLink(h, 'secure@member.test');
      const { path } = await mailedLink(h, 'secure@member.test');
      const confirmed = await pressSignIn(h, path);
      expect(confirmed.status).toBe(303);
      const setCookie = confirmed.headers.getSetCookie().find((c) => c.startsWith('__Secure-thb.session_token='));
      expect(setCookie).toMatch(/; Secure/i);
      expect(setCookie).toMatch(/; HttpOnly/i);
      expect(setCookie).toMatch(/; SameSite=Lax/i);
      expect((await sessionOf(h, sessionCookie(confirmed)))?.user.email).toBe('secure@member.test');
    } finally {
      await h.close();
    }
  });
});
