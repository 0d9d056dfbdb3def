import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MEMBER_A, SECRETARIAT_EMAIL, mailedLink, openAccountsHarness, pressSignIn, sessionCookie, signIn, type AccountsHarness,
} from '../../test/support/accounts-harness.ts';

// People's mails are in their own language: the one they chose in the portal, else their
// browser's, else the one an inviter gave; every sign-in link and invitation through real SMTP.
describe.each(['SQLite', 'PostgreSQL'] as const)('people\'s languages on %s', (backend) => {
  let h: AccountsHarness;
  let clients = 0;
  beforeAll(async () => {
    // Some addresses here ask for more links than people normally would.
    h = await openAccountsHarness(backend, { signInLimits: { perAddress: 10 } });
  }, 60_000);
  afterAll(() => h?.close());

  const ask = (email: string, body: Record<string, unknown> = {}, acceptLanguage?: string) => h.app.request('/v1/auth/sign-in/magic-link', {
    method: 'POST',
    headers: {
      'content-type': 'application/json', origin: h.publicUrl, 'x-test-client': `locale-${++clients}`,
      ...(acceptLanguage ? { 'accept-language': acceptLanguage } : {}),
    },
    body: JSON.stringify({ email, ...body }),
  });
  const stored = async (email: string) => ((await h.db.selectFrom('user').select('locale').where('email', '=', email).executeTakeFirst()))?.locale;
  const confirm = async (email: string) => {
    const { path } = await mailedLink(h, email);
    const confirmed = await pressSignIn(h, path);
    expect(confirmed.status).toBe(303);
    return sessionCookie(confirmed);
  };

  it('writes the first sign-in mail in the portal\'s language and keeps it for the new account', async () => {
    expect((await ask('neu@ngo.test', { locale: 'de' }, 'fr')).status).toBe(200);
    const { subject, text } = await mailedLink(h, 'neu@ngo.test');
    expect(subject).toBe('Anmeldung bei der EU-Plattform der Zivilgesellschaft gegen Menschenhandel');
    expect(text).toContain('in 15 Minuten ab');
    // The link makes the account; the language comes with it.
    expect((await ask('neu@ngo.test', { locale: 'de' })).status).toBe(200);
    await confirm('neu@ngo.test');
    expect(await stored('neu@ngo.test')).toBe('de');
  });

  it('takes the browser\'s language when the portal names none, but never over one the person chose', async () => {
    expect((await ask('nouveau@ngo.test', {}, 'fr-BE,fr;q=0.9,en;q=0.5')).status).toBe(200);
    expect((await mailedLink(h, 'nouveau@ngo.test')).subject).toContain('Connexion');
    expect((await ask('nouveau@ngo.test', {}, 'fr-BE')).status).toBe(200);
    await confirm('nouveau@ngo.test');
    expect(await stored('nouveau@ngo.test')).toBe('fr');
    // A German browser later: the French the account holds stays, and so do its mails.
    expect((await ask('nouveau@ngo.test', {}, 'de-DE')).status).toBe(200);
    expect((await mailedLink(h, 'nouveau@ngo.test')).subject).toContain('Connexion');
    // A choice in the portal changes it.
    expect((await ask('nouveau@ngo.test', { locale: 'de' }, 'fr')).status).toBe(200);
    expect((await mailedLink(h, 'nouveau@ngo.test')).subject).toContain('Anmeldung');
    expect(await stored('nouveau@ngo.test')).toBe('de');
    // No EU language at all: English, and nothing stored for a new address.
    expect((await ask('someone@ngo.test', {}, 'ja,zh;q=0.8')).status).toBe(200);
    expect((await mailedLink(h, 'someone@ngo.test')).subject).toContain('Sign in to');
    expect((await ask('bad@ngo.test', { locale: 'xx' })).status).toBe(400);
  });

  it('lets a person set their language with update-user, one of the 24 only', async () => {
    const cookie = await signIn(h, 'self@ngo.test');
    const update = (body: unknown) => h.app.request('/v1/auth/update-user', {
      method: 'POST', headers: { cookie, origin: h.publicUrl, 'content-type': 'application/json' }, body: JSON.stringify(body),
    });
    expect((await update({ locale: 'fr' })).status).toBe(200);
    expect(await stored('self@ngo.test')).toBe('fr');
    const refused = await update({ locale: 'klingon' });
    expect(refused.status).toBe(400);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(await stored('self@ngo.test')).toBe('fr');
    // Polish has no mail catalogue yet: English words, until issue 14 adds them.
    expect((await update({ locale: 'pl' })).status).toBe(200);
    expect((await ask('self@ngo.test')).status).toBe(200);
    expect((await mailedLink(h, 'self@ngo.test')).subject).toContain('Sign in to');
  });

  it('invites in the language the inviter gave, which the new person then keeps', async () => {
    const secretariat = await signIn(h, SECRETARIAT_EMAIL);
    const invited = await h.app.request(`/v1/organisations/${MEMBER_A}/invitations`, {
      method: 'POST', headers: { cookie: secretariat, origin: h.publicUrl, 'content-type': 'application/json', 'accept-language': 'de' },
      body: JSON.stringify({ email: 'invitee@ngo.test', role: 'editor', locale: 'fr' }),
    });
    expect(invited.status).toBe(202);
    const { subject, text, path } = await mailedLink(h, 'invitee@ngo.test');
    expect(subject).toMatch(/^Invitation à rejoindre /);
    expect(text).toContain('vous invite à rejoindre');
    expect((await pressSignIn(h, path)).status).toBe(303);
    expect(await stored('invitee@ngo.test')).toBe('fr');
  });
});
