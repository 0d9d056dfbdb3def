/**
 * The shell and the sign-in screen as people use them: served at /portal/ under the strict
 * CSP, signing in by the mailed link, signing out; axe at phone and desktop width, light and dark.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openPortalHarness, type PortalHarness } from '../../../test/support/portal-harness.ts';
import { confirmLink } from '../../../test/support/smtp-inbox.ts';
import { expireSignInLinks } from '../../../test/support/expire-links.ts';

let portal: PortalHarness;

beforeAll(async () => {
  portal = await openPortalHarness();
});
afterEach(() => portal.closePages());
afterAll(() => portal?.close());

describe('the portal shell and sign-in', () => {
  it('serves every screen address as the portal page under a strict CSP', async () => {
    for (const path of ['/portal/', '/portal/apply', '/portal/entry/some-member']) {
      const response = await fetch(`${portal.api.url}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(await response.text()).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>|<style/);
    }
    expect((await fetch(`${portal.api.url}/portal/assets/missing.js`)).status).toBe(404);
  });

  it('signs a person in through the mailed link and out again, keyboard only', async () => {
    const { page, errors } = await portal.open('/portal/');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.textContent)).toBe('Skip to the content');
    const email = page.getByLabel('Email address');
    await email.focus();
    await page.keyboard.type('new.person@example.org');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Check your mail' }).waitFor();
    await page.goto((await import('../../../test/support/smtp-inbox.ts')).confirmLink(await portal.inbox.next('new.person@example.org')));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${portal.api.url}/portal/`);
    await expect.poll(() => page.getByText('Signed in as new.person@example.org').isVisible()).toBe(true);
    await page.getByText('You do not belong to any organisation yet.').waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(errors, errors.join('\n')).toEqual([]);
  });

  it('says what is wrong with an address, next to the field', async () => {
    const { page } = await portal.open('/portal/');
    await page.getByLabel('Email address').fill('not an address');
    await page.getByRole('button', { name: 'Mail me a sign-in link' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Enter an email address');
    expect(await page.getByLabel('Email address').getAttribute('aria-invalid')).toBe('true');
  });

  it('speaks the browser language and switches with the picker', async () => {
    const { page } = await portal.open('/portal/', { locale: 'de-AT' });
    await page.getByRole('heading', { name: 'Anmelden' }).waitFor();
    await page.getByLabel('Sprache').selectOption('fr');
    await page.getByRole('heading', { name: 'Se connecter' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
  });

  it('names the organisations of the secretariat and of an invited person', async () => {
    const { page } = await portal.signIn('secretariat@commission.test');
    await page.getByText('You are signed in as the secretariat.').waitFor();
  });

  it('says when a mailed link has expired and leads to a new one', async () => {
    const email = 'late.reader@example.org';
    const { page } = await portal.open('/portal/', { width: 375 });
    await page.getByLabel('Email address').fill(email);
    await page.getByRole('button', { name: 'Mail me a sign-in link' }).click();
    await page.getByRole('heading', { name: 'Check your mail' }).waitFor();
    const link = confirmLink(await portal.inbox.next(email));
    // The person reads the mail 16 minutes later: the link's time ran out in the database.
    await expireSignInLinks(portal.databaseFile);
    await page.goto(link);
    await page.getByRole('heading', { name: 'This link has expired' }).waitFor();
    expect(await page.getByRole('button', { name: 'Sign in' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Ask for a new sign-in link' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.getByLabel('Email address').fill(email);
    await page.getByRole('button', { name: 'Mail me a sign-in link' }).click();
    await page.goto(confirmLink(await portal.inbox.next(email)));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
  });

  it('shows a not-found screen for an unknown address', async () => {
    const { page } = await portal.open('/portal/no-such-screen');
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
  });

  for (const width of [320, 1280]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`passes axe signed out and signed in at ${width} px, ${colorScheme}`, async () => {
        const { page } = await portal.open('/portal/', { width, colorScheme });
        await page.getByRole('heading', { name: 'Sign in' }).waitFor();
        expect(await portal.axe(page)).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        const signedIn = await portal.signIn(`axe-${width}-${colorScheme}@example.org`, { width, colorScheme });
        await signedIn.page.getByRole('heading', { name: 'Welcome' }).waitFor();
        expect(await portal.axe(signedIn.page)).toEqual([]);
        expect(await signedIn.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      });
    }
  }
});
