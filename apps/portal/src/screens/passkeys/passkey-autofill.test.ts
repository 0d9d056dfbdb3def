/**
 * Passkey autofill on the sign-in screen (WebAuthn conditional mediation), in Debian's Chromium
 * with its virtual authenticator: the email field offers passkeys, and a passkey chosen there
 * (the authenticator answers a conditional request at once while its presence is simulated)
 * signs in with no button pressed and no mail asked for. While a conditional request waits
 * (presence simulation off, as for someone who has not picked a suggestion), the mail form
 * works, and sending it or leaving the screen ends the request.
 */
import type { Page } from 'playwright';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openPortalHarness, type PortalHarness } from '../../../test/support/portal-harness.ts';
import { addAuthenticator, recordCredentialGets, type CredentialGetEvent } from '../../../test/support/virtual-authenticator.ts';

let portal: PortalHarness;

beforeAll(async () => {
  portal = await openPortalHarness({ host: 'localhost' });
});
afterEach(() => portal.closePages());
afterAll(() => portal?.close());

/** Addresses of sign-in mail requests the page makes from now on. */
function mailRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => request.url().includes('/v1/auth/sign-in/magic-link') && seen.push(request.url()));
  return seen;
}

/** The email field of the sign-in screen. */
const emailField = (page: Page) => page.locator('thb-portal-sign-in input[name="email"]');

/** Waits until `events` holds `event`. */
const seen = (events: CredentialGetEvent[], event: CredentialGetEvent) => expect.poll(() => events, { timeout: 10_000 }).toContain(event);

describe('passkey autofill on the sign-in screen', () => {
  it('signs in with a passkey chosen from the email field\'s suggestions, no button, no mail', async () => {
    const email = 'autofill.person@example.org';
    const { page, errors } = await portal.signIn(email);
    const authenticator = await addAuthenticator(page);
    await page.goto(`${portal.api.url}/portal/passkeys`);
    await page.getByLabel('Name of the passkey').fill('This laptop');
    await page.getByRole('button', { name: 'Add a passkey' }).click();
    await page.getByText('Passkey “This laptop” added.').waitFor();

    // Signed out with no suggestion picked yet: the field offers passkeys and waits.
    await authenticator.presence(false);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(await emailField(page).getAttribute('autocomplete')).toBe('username webauthn');
    expect(await page.getByRole('button', { name: 'Sign out' }).count()).toBe(0);

    // The person comes back to the sign-in page and picks the passkey the field suggests.
    const gets = await recordCredentialGets(page);
    const mails = mailRequests(page);
    await authenticator.presence(true);
    await page.reload();
    await page.getByText(`Signed in as ${email}`).waitFor();
    expect(gets.slice(0, 2)).toEqual(['1 conditional', '1 resolved']);
    expect(gets.filter((event) => event.endsWith('modal'))).toEqual([]);
    expect(mails).toEqual([]);
    expect(page.url()).toBe(`${portal.api.url}/portal/`);
    // The session is the API's: a new page of the same browser is signed in too.
    const me = await page.context().request.get(`${portal.api.url}/v1/me`);
    expect(me.status()).toBe(200);
    expect(errors, errors.join('\n')).toEqual([]);
  });

  it('keeps the mail form working while the field waits, and sending it ends the wait', async () => {
    const email = 'mail.while.waiting@example.org';
    const { page, errors } = await portal.open('/portal/');
    await addAuthenticator(page, { presence: false });
    const gets = await recordCredentialGets(page);
    await page.reload();
    await seen(gets, '1 conditional');

    await emailField(page).fill(email);
    await page.getByRole('button', { name: 'Mail me a sign-in link' }).click();
    await page.getByRole('heading', { name: 'Check your mail' }).waitFor();
    await seen(gets, '1 rejected AbortError');
    expect(gets).toEqual(['1 conditional', '1 aborted', '1 rejected AbortError']);
    await portal.inbox.next(email);

    // Back to the form: the field offers passkeys again.
    await page.getByRole('button', { name: 'Use another address' }).click();
    await seen(gets, '2 conditional');
    expect(errors, errors.join('\n')).toEqual([]);
  });

  it('ends the wait when the person leaves the sign-in screen', async () => {
    const { page } = await portal.open('/portal/apply');
    await addAuthenticator(page, { presence: false });
    const gets = await recordCredentialGets(page);
    await page.reload();
    await page.locator('thb-portal-apply h1').waitFor();
    expect(gets).toEqual([]); // Only the sign-in screen asks.

    await page.getByRole('link', { name: 'Overview' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await seen(gets, '1 conditional');
    await page.goBack();
    await page.locator('thb-portal-apply h1').waitFor();
    await seen(gets, '1 rejected AbortError');
    expect(gets).toEqual(['1 conditional', '1 aborted', '1 rejected AbortError']);
  });
});
