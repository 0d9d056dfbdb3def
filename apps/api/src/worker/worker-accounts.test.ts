/**
 * Accounts on the Worker under workerd, on D1, with mail through the `send_email` binding: a
 * magic link is mailed (queued in D1, sent after the answer), its confirm page opened and
 * posted, the session cookie makes a write, and after signing out it makes none. A used link
 * posted again signs nobody in, and sign-in mails are limited per client by CF-Connecting-IP.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createD1Store, migrateD1 } from '@thb/store/d1';
import { seedTestData } from '../../test/support/test-store.ts';
import { startWorkerRuntime, type WorkerRuntime } from '../../test/support/worker-runtime.ts';

const PUBLIC_URL = 'http://thb.test';
const MAIL_FROM = 'THB Platform Kit <no-reply@thb.test>';
const SECRETARIAT = 'secretariat@commission.test';
let runtime: WorkerRuntime;

beforeAll(async () => {
  runtime = await startWorkerRuntime({
    databaseId: `accounts-${randomBytes(4).toString('hex')}`,
    mail: true,
    bindings: { AUTH_SECRET: 'a'.repeat(40), PUBLIC_URL, MAIL_FROM, SECRETARIAT_EMAILS: ` ${SECRETARIAT.toUpperCase()} , other@commission.test` },
  });
  await migrateD1(runtime.d1);
  await seedTestData(createD1Store(runtime.d1));
}, 120_000);
afterAll(() => runtime?.dispose());

const call = (path: string, init: RequestInit = {}) => fetch(`${runtime.url}${path}`, { redirect: 'manual', ...init });

/** Asks for a sign-in mail as the portal does, from the client Cloudflare names. */
const askForLink = (email: string, client = '198.51.100.1', locale?: string) => call('/v1/auth/sign-in/magic-link', {
  method: 'POST',
  headers: { 'content-type': 'application/json', origin: PUBLIC_URL, 'cf-connecting-ip': client },
  body: JSON.stringify({ email, ...(locale ? { locale } : {}) }),
});

/** The confirm link of the next sign-in mail to `email`, as the mail's plain-text part has it. */
async function mailedLink(email: string): Promise<URL> {
  const mail = await runtime.mail.next(email);
  return new URL(/https?:\/\/\S+\/v1\/auth\/confirm\?\S+/.exec(mail.text ?? '')![0]);
}

const postForm = (form: URLSearchParams) => call('/v1/auth/confirm', {
  method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: PUBLIC_URL }, body: form.toString(),
});

const sessionCookies = (response: Response) =>
  response.headers.getSetCookie().filter((c) => c.startsWith('thb.session_token=') && !c.startsWith('thb.session_token=;'));

describe('accounts on the Worker (D1, workerd, send_email)', { timeout: 60_000 }, () => {
  it('signs the secretariat in by the mailed link, writes with the cookie, and signs out for good', async () => {
    expect((await askForLink(SECRETARIAT)).status).toBe(200);
    const link = await mailedLink(SECRETARIAT);
    expect(link.origin).toBe(PUBLIC_URL);

    // Opening the page spends nothing; only its form's POST signs in.
    const page = await call(`${link.pathname}${link.search}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<form');
    const confirmed = await postForm(new URLSearchParams({ token: link.searchParams.get('token')! }));
    expect(confirmed.status).toBe(303);
    const cookie = sessionCookies(confirmed)[0]!.split(';')[0]!;

    const patch = async () => {
      const path = '/v1/members/fixture-berlin-shelter';
      const etag = (await call(path)).headers.get('etag')!;
      return call(path, {
        method: 'PATCH',
        headers: { cookie, origin: PUBLIC_URL, 'content-type': 'application/merge-patch+json', 'if-match': etag },
        body: JSON.stringify({ city: 'Potsdam' }),
      });
    };
    expect((await patch()).status).toBe(200);
    expect(await (await call('/v1/members/fixture-berlin-shelter')).json()).toMatchObject({ city: 'Potsdam' });

    const signedOut = await call('/v1/auth/sign-out', {
      method: 'POST', headers: { cookie, origin: PUBLIC_URL, 'content-type': 'application/json' }, body: '{}',
    });
    expect(signedOut.status).toBe(200);
    expect(await (await call('/v1/auth/get-session', { headers: { cookie } })).json()).toBeNull();
    expect((await patch()).status).toBe(401);
  });

  it('mails the link in the language asked for, and a used link posted again shows "no longer works" and sets no cookie', async () => {
    const email = 'ana@ngo.test';
    expect((await askForLink(email, '198.51.100.2', 'de')).status).toBe(200);
    const mail = await runtime.mail.next(email);
    expect(mail.subject).toBe('Anmeldung bei der EU-Plattform der Zivilgesellschaft gegen Menschenhandel');
    expect(mail.from?.value).toEqual([{ name: 'THB Platform Kit', address: 'no-reply@thb.test' }]);
    const link = new URL(/https?:\/\/\S+\/v1\/auth\/confirm\?\S+/.exec(mail.text ?? '')![0]);
    expect(link.searchParams.get('lang')).toBe('de');

    const form = new URLSearchParams({ token: link.searchParams.get('token')!, lang: 'de' });
    expect(sessionCookies(await postForm(form))).toHaveLength(1);
    const again = await postForm(form);
    expect(again.status).toBe(410);
    expect(sessionCookies(again)).toEqual([]);
    const page = await again.text();
    expect(page).toContain('<html lang="de">');
    expect(page).toContain('Dieser Link funktioniert nicht mehr');
  });

  it('limits sign-in mails per client as Cloudflare names it (CF-Connecting-IP), not for everyone', async () => {
    const client = '203.0.113.9';
    // Ten mails per client in 15 minutes, each to another address (three per address).
    for (let i = 0; i < 10; i += 1) expect((await askForLink(`person-${i}@ngo.test`, client)).status).toBe(200);
    const refused = await askForLink('person-10@ngo.test', client);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    // Another client is not held up, and the refused address got no mail.
    expect((await askForLink('person-10@ngo.test', '203.0.113.10')).status).toBe(200);
    expect((await runtime.mail.next('person-10@ngo.test')).text).toContain('/v1/auth/confirm?');
    await expect(runtime.mail.next('person-10@ngo.test', 1_000)).rejects.toThrow(/No mail/);
  });
});
