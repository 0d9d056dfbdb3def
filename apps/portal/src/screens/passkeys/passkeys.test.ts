/**
 * Passkeys in the portal as people use them, in Debian's Chromium with its virtual
 * authenticator (a platform authenticator with user verification, as a laptop's): sign in by
 * mail, add a passkey from the overview's offer, sign out, sign in with the passkey (no mail),
 * remove it, and the removed passkey no longer signs in. The API runs on localhost: its relying
 * party is PUBLIC_URL's host, and WebAuthn refuses IP addresses.
 */
import type { Page } from 'playwright';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openPortalHarness, type PageOptions, type PortalHarness } from '../../../test/support/portal-harness.ts';
import { addAuthenticator, recordCredentialGets } from '../../../test/support/virtual-authenticator.ts';

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

/** The text of the passkeys screen's live region. */
const statusOf = (page: Page) => page.locator('thb-portal-passkeys').getByRole('status').textContent();

describe('passkeys in the portal', () => {
  it('adds a passkey after a mailed sign-in, signs in with it without a mail, and removes it', async () => {
    const email = 'passkey.person@example.org';
    const { page, errors } = await portal.signIn(email);
    const authenticator = await addAuthenticator(page);
    const { cdp, authenticatorId } = authenticator;
    const gets = await recordCredentialGets(page);
    await page.reload();

    // The overview offers a passkey to someone who has none.
    await page.getByRole('link', { name: 'Add a passkey for faster sign-in' }).click();
    await page.getByRole('heading', { name: 'Passkeys', level: 1 }).waitFor();
    await page.getByText('You have no passkey yet.').waitFor();

    // A passkey needs a name, said next to the field.
    await page.getByRole('button', { name: 'Add a passkey' }).click();
    const name = page.getByLabel('Name of the passkey');
    await expect.poll(() => name.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#passkey-name-problem').textContent()).toBe('Give the passkey a name.');
    expect(await name.getAttribute('aria-describedby')).toContain('passkey-name-problem');

    await name.fill('Work laptop');
    await page.getByRole('button', { name: 'Add a passkey' }).click();
    await expect.poll(() => statusOf(page)).toContain('Passkey “Work laptop” added.');
    const item = page.getByRole('listitem').filter({ hasText: 'Work laptop' });
    const today = new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(new Date());
    expect(await item.textContent()).toContain(`Added ${today}`);
    const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
    expect(credentials).toEqual([expect.objectContaining({ isResidentCredential: true, rpId: 'localhost' })]);

    // Once someone has a passkey, the overview only links to them.
    await page.getByRole('link', { name: 'Overview' }).click();
    await page.getByRole('link', { name: 'Your passkeys' }).waitFor();
    expect(await page.getByRole('link', { name: 'Add a passkey for faster sign-in' }).count()).toBe(0);

    // The email field's passkey autofill waits (no suggestion picked: presence off); the button
    // ends its request and signs in (passkey-autofill.test.ts signs in through the field).
    await authenticator.presence(false);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    const mails = mailRequests(page);
    await expect.poll(() => gets).toContain('1 conditional');
    await authenticator.presence(true);
    await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
    await page.getByText(`Signed in as ${email}`).waitFor();
    expect(mails).toEqual([]);
    // The button's prompt ended the field's waiting request and took its place.
    expect(gets).toEqual(expect.arrayContaining(['1 conditional', '1 aborted', '2 modal', '2 resolved']));

    await page.getByRole('link', { name: 'Your passkeys' }).click();
    await page.getByRole('button', { name: 'Remove Work laptop' }).click();
    await expect.poll(() => statusOf(page)).toBe('Passkey “Work laptop” removed. It no longer signs you in.');
    await page.getByText('You have no passkey yet.').waitFor();
    // The pressed button went with its passkey; focus is on the list's heading, not lost.
    expect(await page.evaluate(() => document.querySelector('thb-portal')?.shadowRoot?.querySelector('thb-portal-passkeys')?.shadowRoot?.activeElement?.textContent)).toBe('Your passkeys');
    expect(errors, errors.join('\n')).toEqual([]);

    // The authenticator still holds it, but the API no longer knows it: a clear message, from the
    // email field's autofill (which the authenticator answers at once) and from the button; mail still works.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect.poll(() => page.locator('#sign-in-problem').textContent()).toContain('This passkey is not known here');
    await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
    await page.locator('thb-portal-passkey-sign-in').getByText('This passkey is not known here').waitFor();
    await page.getByLabel('Email address').fill(email);
    await page.getByRole('button', { name: 'Mail me a sign-in link' }).click();
    await page.getByRole('heading', { name: 'Check your mail' }).waitFor();
    await portal.inbox.next(email);
  });

  it('says so when no passkey is used, and the mail form stays usable', async () => {
    const { page } = await portal.open('/portal/');
    await addAuthenticator(page); // It holds no passkey for this site.
    await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
    await page.getByRole('status').filter({ hasText: 'No passkey was used' }).waitFor();
    expect(await page.getByRole('button', { name: 'Sign out' }).count()).toBe(0);
    await page.getByLabel('Email address').fill('no.passkey@example.org');
    await page.getByRole('button', { name: 'Mail me a sign-in link' }).click();
    await page.getByRole('heading', { name: 'Check your mail' }).waitFor();
    await portal.inbox.next('no.passkey@example.org');
  });

  it('does not offer a passkey again once dismissed', async () => {
    const { page } = await portal.signIn('dismisses@example.org');
    await page.getByRole('button', { name: 'Not now' }).click();
    const link = page.getByRole('link', { name: 'Your passkeys' });
    await link.waitFor();
    expect(await page.evaluate(() => document.querySelector('thb-portal')?.shadowRoot?.querySelector('thb-portal-home')
      ?.shadowRoot?.querySelector('thb-portal-passkey-offer')?.shadowRoot?.activeElement?.textContent)).toBe('Your passkeys');
    // The key the README documents (the element's module is not imported here: it needs a DOM).
    expect(await page.evaluate(() => localStorage.getItem('thb-portal-passkey-offer-dismissed'))).toBe('1');
    await page.reload();
    await link.waitFor();
    expect(await page.getByRole('link', { name: 'Add a passkey for faster sign-in' }).count()).toBe(0);
  });

  // Each language once, at both widths and in both schemes.
  const runs: { width: number; colorScheme: 'light' | 'dark'; locale: string; title: string; add: string; added: string }[] = [
    { width: 1280, colorScheme: 'light', locale: 'en', title: 'Passkeys', add: 'Add a passkey', added: 'Passkey “Phone” added.' },
    { width: 1280, colorScheme: 'dark', locale: 'de', title: 'Passkeys', add: 'Passkey hinzufügen', added: 'Passkey „Phone“ hinzugefügt.' },
    { width: 320, colorScheme: 'light', locale: 'fr', title: 'Clés d’accès', add: 'Ajouter une clé d’accès', added: 'Clé d’accès « Phone » ajoutée.' },
    { width: 320, colorScheme: 'dark', locale: 'en', title: 'Passkeys', add: 'Add a passkey', added: 'Passkey “Phone” added.' },
  ];
  for (const run of runs) {
    it(`passes axe on the offer, the screen with a passkey, and the passkey sign-in at ${run.width} px, ${run.colorScheme}, ${run.locale}`, async () => {
      const options: PageOptions = { width: run.width, colorScheme: run.colorScheme, locale: run.locale };
      const { page } = await portal.signIn(`axe-${run.width}-${run.colorScheme}-${run.locale}@example.org`, options);
      const authenticator = await addAuthenticator(page);
      await page.locator('thb-portal-passkey-offer a').first().waitFor();
      expect(await portal.axe(page)).toEqual([]);

      await page.goto(`${portal.api.url}/portal/passkeys`);
      await page.getByRole('heading', { name: run.title, level: 1 }).waitFor();
      await page.locator('thb-portal-passkeys input[name="name"]').fill('Phone');
      await page.getByRole('button', { name: run.add }).click();
      await expect.poll(() => statusOf(page)).toContain(run.added);
      expect(await portal.axe(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(run.width);

      // Signed out, the email field's autofill waits (else the authenticator would sign in again).
      await authenticator.presence(false);
      await page.locator('thb-portal').getByRole('button').filter({ hasText: /sign out|abmelden|déconnecter/i }).click();
      await page.locator('thb-portal-passkey-sign-in button').waitFor();
      expect(await portal.axe(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(run.width);
    });
  }
});
