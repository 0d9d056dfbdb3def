/**
 * "Our people" as an organisation's owner uses it, against the built API (SQLite), a real SMTP
 * inbox and Chromium: invite by email (the mail arrives, the person signs in and is listed with
 * the role), change the role, remove them (their session ends); an editor cannot manage;
 * axe at 320 and 1280 px, light and dark; inviting by keyboard alone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { openPortalHarness, SECRETARIAT_EMAIL, type PortalHarness } from '../../../test/support/portal-harness.ts';
import { acceptInvitation, inviteThrough, whoAmI } from '../../../test/support/organisation-owner.ts';

const MEMBER = 'kok-ev';
const PEOPLE = `/portal/organisations/${MEMBER}/people`;
let portal: PortalHarness;
let owner: Page;

beforeAll(async () => {
  portal = await openPortalHarness();
  const secretariat = await portal.signIn(SECRETARIAT_EMAIL);
  expect(await inviteThrough(secretariat.page, MEMBER, 'owner@kok.test', 'owner')).toBe(202);
  ({ page: owner } = await acceptInvitation(portal, 'owner@kok.test'));
});
afterAll(() => portal?.close());

/**
 * Expects the notice line to say `expected`. It keeps the previous outcome until the next
 * request answers, so this waits for the text itself (up to 5 s), then shows what it says.
 */
async function expectNotice(page: Page, expected: string): Promise<void> {
  const status = page.locator('.notice');
  await status.filter({ hasText: expected }).waitFor({ timeout: 5000 }).catch(() => undefined);
  expect((await status.textContent()) ?? '').toContain(expected);
}

/** The tag and name of the element focus is in, through shadow roots. */
const focused = (page: Page) => page.evaluate(() => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return `${active?.tagName.toLowerCase() ?? ''}:${active?.getAttribute('name') ?? active?.textContent?.trim() ?? ''}`;
});

describe('our people', () => {
  it('invites a person, who signs in from the mail and is listed; changes their role; removes them and ends their session', async () => {
    await owner.goto(`${portal.api.url}/portal/`);
    await owner.getByRole('link', { name: 'Our people' }).click();
    await owner.getByRole('heading', { name: /Our people/, level: 1 }).waitFor();
    await owner.getByRole('cell', { name: 'owner@kok.test', exact: true }).waitFor();

    await owner.getByLabel('Email address').fill('Nadia@kok.test');
    await owner.getByLabel('Role', { exact: true }).selectOption('editor');
    await owner.getByRole('button', { name: 'Send the invitation' }).click();
    await expectNotice(owner, 'Invitation sent to nadia@kok.test: they become editor when they first sign in.');
    await owner.getByText(/^nadia@kok\.test as editor, until /).waitFor();

    const { page: nadia } = await acceptInvitation(portal, 'nadia@kok.test');
    expect((await whoAmI(nadia))?.organisations).toEqual([expect.objectContaining({ memberId: MEMBER, role: 'editor' })]);
    await owner.reload();
    await owner.getByRole('cell', { name: 'nadia@kok.test', exact: true }).waitFor();
    expect(await owner.getByLabel('Role of nadia@kok.test').inputValue()).toBe('editor');
    await owner.getByText('No invitation is waiting.').waitFor();

    await owner.getByLabel('Role of nadia@kok.test').selectOption('owner');
    await owner.getByRole('button', { name: 'Change role: nadia@kok.test' }).click();
    await expectNotice(owner, 'nadia@kok.test is now owner.');
    expect((await whoAmI(nadia))?.organisations).toEqual([expect.objectContaining({ memberId: MEMBER, role: 'owner' })]);

    // Removing asks first; cancelling leaves them in.
    await owner.getByRole('button', { name: 'Remove nadia@kok.test' }).click();
    await owner.getByText('Remove nadia@kok.test from the organisation? Their sessions end at once.').waitFor();
    await owner.getByRole('button', { name: 'Cancel' }).click();
    await owner.getByRole('button', { name: 'Remove nadia@kok.test' }).click();
    await owner.getByRole('button', { name: 'Yes, remove nadia@kok.test' }).click();
    await expectNotice(owner, 'nadia@kok.test was removed.');
    expect(await owner.getByRole('cell', { name: 'nadia@kok.test', exact: true }).count()).toBe(0);
    expect(await whoAmI(nadia)).toBeNull();
    await nadia.reload();
    await nadia.getByRole('button', { name: 'Mail me a sign-in link' }).waitFor();
  });

  it('refuses a person already in the organisation, on the address field', async () => {
    await owner.goto(`${portal.api.url}${PEOPLE}`);
    await owner.getByLabel('Email address').fill('owner@kok.test');
    await owner.getByRole('button', { name: 'Send the invitation' }).click();
    await expectNotice(owner, 'That did not work: This address already belongs to someone of the organisation.');
    const field = owner.getByLabel('Email address');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await field.getAttribute('aria-describedby')).toBe('invite-email-error');
    await owner.getByRole('button', { name: 'Send the invitation' }).focus();
    await owner.getByLabel('Email address').fill('');
    await owner.getByRole('button', { name: 'Send the invitation' }).click();
    await owner.getByText('Enter an email address.').waitFor();
  });

  it('shows an editor that only the owners manage people', async () => {
    expect(await inviteThrough(owner, MEMBER, 'eddie@kok.test', 'editor')).toBe(202);
    const { page: eddie } = await acceptInvitation(portal, 'eddie@kok.test');
    await eddie.goto(`${portal.api.url}${PEOPLE}`);
    await eddie.getByText('Only the organisation’s owners can manage its people.').waitFor();
    expect(await eddie.getByRole('button', { name: 'Send the invitation' }).count()).toBe(0);
    expect(await eddie.getByRole('link', { name: 'Our people' }).count()).toBe(0);
    expect(await inviteThrough(eddie, MEMBER, 'sneaky@kok.test', 'owner')).toBe(403);
    expect(await portal.axe(eddie)).toEqual([]);
  });

  it('passes axe at 320 and 1280 px, light and dark, with an invitation waiting and a removal to confirm', async () => {
    expect(await inviteThrough(owner, MEMBER, 'waiting@kok.test', 'owner')).toBe(202);
    await owner.goto(`${portal.api.url}${PEOPLE}`);
    await owner.getByText(/^waiting@kok\.test as owner/).waitFor();
    await owner.getByRole('button', { name: 'Remove eddie@kok.test' }).click();
    for (const width of [320, 1280]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        await owner.setViewportSize({ width, height: 900 });
        await owner.emulateMedia({ colorScheme });
        expect(await portal.axe(owner), `${width} px ${colorScheme}`).toEqual([]);
        if (width === 320) expect(await owner.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      }
    }
    await owner.setViewportSize({ width: 1280, height: 900 });
    await owner.emulateMedia({ colorScheme: 'light' });
  });

  it('invites by keyboard alone', async () => {
    await owner.goto(`${portal.api.url}${PEOPLE}`);
    await owner.getByRole('cell', { name: 'owner@kok.test', exact: true }).waitFor();
    for (let presses = 0; presses < 60 && (await focused(owner)) !== 'input:email'; presses += 1) await owner.keyboard.press('Tab');
    expect(await focused(owner)).toBe('input:email');
    await owner.keyboard.type('keys@kok.test');
    await owner.keyboard.press('Tab');
    expect(await focused(owner)).toBe('select:role');
    await owner.keyboard.press('ArrowDown');
    await owner.keyboard.press('Tab');
    await owner.keyboard.press('Enter');
    await expectNotice(owner, 'Invitation sent to keys@kok.test: they become owner when they first sign in.');
    expect((await portal.inbox.next('keys@kok.test')).subject).toBeTruthy();
  });
});
