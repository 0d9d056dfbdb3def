import { createServer as createNetServer } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEMBER_A, SECRETARIAT_EMAIL, askForLink, mailedLink, openAccountsHarness, type AccountsHarness } from '../support/accounts-harness.ts';
import { call, registerPasskey, signInWithPasskey, type Answer } from './webauthn-page.ts';

// Passkeys end to end in Debian's Chromium with its virtual authenticator (a platform
// authenticator with user verification, as a laptop's): a real HTTP server on localhost (a
// secure context), a real SMTP inbox for the first sign-in by magic link, a real SQLite file.

/** A free port on the loopback address. */
async function freePort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** A blank page of our own origin, where the test runs what the portal's scripts would. */
const BLANK_PAGE = '<!doctype html><html lang="en"><title>Passkeys</title><main></main></html>';

describe('passkeys in Chromium', () => {
  let h: AccountsHarness;
  let server: ServerType;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let origin: string;

  const inPage = {
    register: (name: string): Promise<Answer> => page.evaluate(registerPasskey, name),
    signIn: (): Promise<Answer> => page.evaluate(signInWithPasskey),
    call: (method: string, path: string, body?: unknown): Promise<Answer> => page.evaluate(call, { method, path, body }),
  };

  /** Signs in by magic link as a person does: mail, confirm page, "Sign in". */
  async function signInByMail(email: string): Promise<void> {
    expect((await askForLink(h, email)).status).toBe(200);
    const { path } = await mailedLink(h, email);
    await page.goto(`${origin}${path}`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${origin}/portal/`);
    await page.goto(`${origin}/passkey-test/`);
  }

  beforeAll(async () => {
    const port = await freePort();
    origin = `http://localhost:${port}`;
    h = await openAccountsHarness('SQLite', { publicUrl: origin });
    server = serve({
      hostname: '127.0.0.1', port,
      fetch: (request) => (new URL(request.url).pathname === '/passkey-test/'
        ? new Response(BLANK_PAGE, { headers: { 'content-type': 'text/html; charset=utf-8' } })
        : h.app.fetch(request)),
    });
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--host-resolver-rules=MAP localhost 127.0.0.1'],
    });
    context = await browser.newContext();
    page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('WebAuthn.enable');
    await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
    });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    await h?.close();
  });

  it('adds a passkey after a magic-link sign-in, signs in with it, and the session writes', async () => {
    await page.goto(`${origin}/passkey-test/`);
    // Signed out, nobody may add a passkey.
    expect((await inPage.register('Nobody')).status).toBe(401);

    await signInByMail(SECRETARIAT_EMAIL);
    const added = await inPage.register('Work laptop');
    expect(added.status, JSON.stringify(added.body)).toBe(200);
    const listed = await inPage.call('GET', '/v1/auth/passkey/list-user-passkeys');
    expect(listed.body).toEqual([expect.objectContaining({ name: 'Work laptop' })]);

    expect((await inPage.call('POST', '/v1/auth/sign-out', {})).status).toBe(200);
    expect((await inPage.call('GET', '/v1/auth/get-session')).body).toBeNull();

    const signedIn = await inPage.signIn();
    expect(signedIn.status, JSON.stringify(signedIn.body)).toBe(200);
    const cookies = await context.cookies(origin);
    expect(cookies.find((c) => c.name === 'thb.session_token')).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    expect((await inPage.call('GET', '/v1/auth/get-session')).body).toMatchObject({ user: { email: SECRETARIAT_EMAIL } });

    // The passkey's session is the secretariat's, as the magic link's was: it may invite.
    const invited = await inPage.call('POST', `/v1/organisations/${MEMBER_A}/invitations`, { email: 'owner@a.test', role: 'owner' });
    expect(invited).toEqual({ status: 202, body: { email: 'owner@a.test', role: 'owner', status: 'pending' } });
    await h.inbox.next('owner@a.test');
  });

  it('no longer signs in with a passkey its owner deleted', async () => {
    const [passkey] = (await inPage.call('GET', '/v1/auth/passkey/list-user-passkeys')).body as Array<{ id: string }>;
    expect((await inPage.call('POST', '/v1/auth/passkey/delete-passkey', { id: passkey!.id })).status).toBe(200);
    expect((await inPage.call('GET', '/v1/auth/passkey/list-user-passkeys')).body).toEqual([]);
    await inPage.call('POST', '/v1/auth/sign-out', {});

    const refused = await inPage.signIn();
    expect(refused.status).toBe(401);
    expect((await inPage.call('GET', '/v1/auth/get-session')).body).toBeNull();
  });
});
