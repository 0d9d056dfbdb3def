/**
 * "Our API keys" as an organisation's owner uses it, against the built API (SQLite) and
 * Chromium: a created key is shown once and works as `Authorization: Bearer` on the member's
 * entry, its last use then shows; a revoked key is refused; an editor cannot manage keys;
 * axe at 320 and 1280 px, light and dark.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { openPortalHarness, SECRETARIAT_EMAIL, type PortalHarness } from '../../../test/support/portal-harness.ts';
import { acceptInvitation, inviteThrough } from '../../../test/support/organisation-owner.ts';

const MEMBER = 'kok-ev';
const KEYS = `/portal/organisations/${MEMBER}/keys`;
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

/** A program's edit of the member's entry with the key, as a website sync would send it. */
async function editWith(key: string, city: string): Promise<number> {
  const response = await fetch(`${portal.api.url}/v1/members/${MEMBER}`, {
    method: 'PATCH', body: JSON.stringify({ city }),
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/merge-patch+json', 'if-match': '*' },
  });
  return response.status;
}

/** Every axe run of the page at both widths and in both schemes. */
async function axeEverywhere(page: Page): Promise<void> {
  for (const width of [320, 1280]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme });
      expect(await portal.axe(page), `${width} px ${colorScheme}`).toEqual([]);
      if (width === 320) expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    }
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
}

describe('our API keys', () => {
  it('creates a key shown once, which edits the entry as Bearer and then shows its last use; a revoked key is refused', async () => {
    await owner.goto(`${portal.api.url}/portal/`);
    await owner.getByRole('link', { name: 'Our API keys' }).click();
    await owner.getByRole('heading', { name: /Our API keys/, level: 1 }).waitFor();
    await owner.getByText('No key yet.').waitFor();
    await axeEverywhere(owner);

    // A key needs a name; the error belongs to the field.
    await owner.getByRole('button', { name: 'Create the key' }).click();
    await owner.getByText('Give the key a name.').waitFor();
    expect(await owner.getByLabel('Name of the key').getAttribute('aria-describedby')).toBe('key-name-hint key-name-error');

    await owner.getByLabel('Name of the key').fill('Website sync');
    await owner.getByRole('button', { name: 'Create the key' }).click();
    await expectNotice(owner, 'The key Website sync was created. Copy it now.');
    await owner.getByText('Copy and store this key now: it will not be shown again.').waitFor();
    const shown = owner.getByLabel(/The new key/);
    const key = await shown.inputValue();
    expect(key.length).toBeGreaterThan(20);
    expect(await owner.evaluate(() => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active?.id;
    })).toBe('new-key');
    await owner.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await owner.getByRole('button', { name: 'Copy the key' }).click();
    await expectNotice(owner, 'The key was copied.');
    expect(await owner.evaluate(() => navigator.clipboard.readText())).toBe(key);
    const row = owner.getByRole('row', { name: /Website sync/ });
    expect(await row.textContent()).toContain('never used');
    expect(await row.textContent()).toContain(key.slice(0, 6));
    await axeEverywhere(owner);

    expect(await editWith(key, 'Berlin-Mitte')).toBeLessThan(300);
    await owner.reload();
    await owner.getByRole('row', { name: /Website sync/ }).waitFor();
    // Shown once: after reloading, the key itself is nowhere on the page.
    expect(await owner.getByLabel(/The new key/).count()).toBe(0);
    expect(await owner.content()).not.toContain(key);
    const used = (await owner.getByRole('row', { name: /Website sync/ }).locator('td').nth(3).textContent()) ?? '';
    expect(used).not.toContain('never used');
    expect(used).toContain(String(new Date().getFullYear()));

    await owner.getByRole('button', { name: 'Revoke the key Website sync' }).click();
    await owner.getByText('Revoke Website sync? Programs using it are refused from their next request.').waitFor();
    await owner.getByRole('button', { name: 'Yes, revoke Website sync' }).click();
    await expectNotice(owner, 'The key Website sync was revoked.');
    await owner.getByText('No key yet.').waitFor();
    expect(await editWith(key, 'Berlin-Pankow')).toBe(401);
  });

  it('shows dates in the interface language', async () => {
    await owner.getByLabel('Name of the key').fill('Zweiter');
    await owner.getByRole('button', { name: 'Create the key' }).click();
    await expectNotice(owner, 'The key Zweiter was created. Copy it now.');
    await owner.getByLabel('Language').selectOption('de');
    const row = owner.getByRole('row', { name: /Zweiter/ });
    await row.getByText('nie benutzt').waitFor();
    // Created just now, written the German way (04.12.2026, 07:50).
    const created = (await row.locator('td').nth(2).textContent()) ?? '';
    expect(created).toContain(new Intl.DateTimeFormat('de', { dateStyle: 'medium' }).format(new Date()));
    await owner.getByLabel('Sprache').selectOption('en');
    await row.getByText('never used').waitFor();
  });

  it('shows an editor that only the owners manage keys, and the API refuses them', async () => {
    expect(await inviteThrough(owner, MEMBER, 'eddie@kok.test', 'editor')).toBe(202);
    const { page: eddie } = await acceptInvitation(portal, 'eddie@kok.test');
    await eddie.goto(`${portal.api.url}${KEYS}`);
    await eddie.getByText('Only the organisation’s owners can manage its API keys.').waitFor();
    expect(await eddie.getByRole('button', { name: 'Create the key' }).count()).toBe(0);
    const status = await eddie.evaluate(async (path) => (await fetch(path, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'Mine' }),
    })).status, `/v1/organisations/${MEMBER}/keys`);
    expect(status).toBe(403);
    expect(await portal.axe(eddie)).toEqual([]);
  });
});
