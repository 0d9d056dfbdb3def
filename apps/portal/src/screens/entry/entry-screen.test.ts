/**
 * "Our entry" as an organisation's editor uses it, against the built API, a real SMTP inbox and
 * Chromium: the secretariat invites an editor into KOK (a demo member), who edits the entry with
 * the live map preview, saves (the name waits for review, the rest is live), meets someone
 * else's save (412), and is refused Ban Ying's entry; German and French; axe at 320 and 1280 px.
 */
import type { Page } from 'playwright';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openPortalHarness, SECRETARIAT_EMAIL, type PortalHarness } from '../../../test/support/portal-harness.ts';

const OURS = 'kok-ev';
const THEIRS = 'ban-ying';
// Two editors: sign-in mails are limited to three per address in 15 minutes.
const EDITOR = 'editor@kok.test';
const SECOND_EDITOR = 'second.editor@kok.test';

let portal: PortalHarness;

beforeAll(async () => {
  portal = await openPortalHarness();
  // The secretariat invites the editor; the invitation is accepted at their first sign-in.
  const { page } = await portal.signIn(SECRETARIAT_EMAIL);
  for (const email of [EDITOR, SECOND_EDITOR]) {
    const status = await page.evaluate(async ({ memberId, email }) => (await fetch(`/v1/organisations/${memberId}/invitations`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, role: 'editor', locale: 'en' }),
    })).status, { memberId: OURS, email });
    expect(status).toBe(202);
    await portal.inbox.next(email);
  }
  await portal.closePages();
});
afterEach(() => portal.closePages());
afterAll(() => portal?.close());

type Member = { name: string; city: string; description: string; coordinates: { lat: number; lon: number } };
const published = async (id: string, lang = 'en') => (await (await fetch(`${portal.api.url}/v1/members/${id}?lang=${lang}`)).json()) as Member;

/** The editor on their entry. */
async function openEntry(email: string, options: { width?: number; colorScheme?: 'light' | 'dark'; locale?: string } = {}) {
  const opened = await portal.signIn(email, { ...options, path: `/portal/entry/${OURS}` });
  await opened.page.locator('thb-portal-entry form').waitFor();
  return opened;
}

/** Changes the entry behind the editor's back, as a colleague in another tab would. */
async function saveElsewhere(page: Page, patch: object): Promise<number> {
  return page.evaluate(async ({ id, body }) => (await fetch(`/v1/members/${id}`, {
    method: 'PATCH', headers: { 'content-type': 'application/merge-patch+json', 'if-match': '*' }, body: JSON.stringify(body),
  })).status, { id: OURS, body: patch });
}

describe('the "Our entry" screen', () => {
  it('previews as one types, saves live fields at once and shows the name as waiting, with the history', async () => {
    const { page, errors } = await openEntry(EDITOR);
    await page.getByRole('heading', { name: 'Our entry', level: 1 }).waitFor();
    expect(await page.getByText('Changes wait for the secretariat’s approval.').count()).toBe(2);
    await page.getByText(/Last updated on \w+ \d+, \d{4}\./).waitFor();

    // The preview follows the typing: the map's pin and list row, and the card.
    await page.getByLabel('Name', { exact: true }).fill('KOK Neu');
    const map = page.locator('thb-member-map');
    await expect.poll(() => map.locator('.marker').first().getAttribute('aria-label')).toContain('KOK Neu');
    await expect.poll(() => map.locator('.row .name').first().textContent()).toContain('KOK Neu');
    expect(await map.locator('.marker').count()).toBe(1);
    await page.getByLabel('City', { exact: true }).fill('Hamburg');
    await page.getByLabel('Latitude of the office').fill('53.55');
    await page.getByLabel('Longitude of the office').fill('9,99');
    await page.getByLabel('Description in German').fill('Bundesweites Netzwerk, jetzt aus Hamburg.');
    await page.getByRole('article', { name: 'KOK Neu' }).getByText('Hamburg, Germany').waitFor();

    await page.getByRole('button', { name: 'Save the entry' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Saved.' }).textContent()).toContain('Name wait for the secretariat’s approval');
    const live = await published(OURS);
    expect(live.city).toBe('Hamburg');
    expect(live.coordinates).toEqual({ lat: 53.55, lon: 9.99 });
    expect(live.name).toMatch(/^KOK – Bundesweiter/);
    expect((await published(OURS, 'de')).description).toBe('Bundesweites Netzwerk, jetzt aus Hamburg.');
    await page.getByText(/Waiting for the secretariat’s approval: “KOK Neu”\. Until then the entry shows “KOK – Bundesweiter/).waitFor();
    expect(await page.getByLabel('Name', { exact: true }).getAttribute('aria-describedby')).toContain('pending-name');

    // The history names who changed which fields; after a reload the name still shows as waiting.
    const history = page.getByRole('region', { name: 'History of changes' });
    await history.getByText(`${EDITOR} proposed a change for approval`, { exact: false }).waitFor();
    await expect.poll(() => history.textContent()).toContain('Fields: City, Position, Description, and Name');
    await page.reload();
    await page.getByText(/Waiting for the secretariat’s approval: “KOK Neu”/).waitFor();
    expect(await page.getByLabel('City', { exact: true }).inputValue()).toBe('Hamburg');
    expect(errors, errors.join('\n')).toEqual([]);
  });

  it('keeps typed edits when someone else saved meanwhile, and offers the current version', async () => {
    const { page } = await openEntry(EDITOR);
    await page.getByLabel('City', { exact: true }).fill('Köln');
    expect(await saveElsewhere(page, { city: 'Leipzig' })).toBe(200);
    await page.getByRole('button', { name: 'Save the entry' }).click();
    await page.getByRole('alert').getByText(/Someone else saved this entry while you were editing it/).waitFor();
    expect(await page.getByLabel('City', { exact: true }).inputValue()).toBe('Köln');
    expect((await published(OURS)).city).toBe('Leipzig');
    await page.getByRole('button', { name: 'Load the current version' }).click();
    await expect.poll(() => page.getByLabel('City', { exact: true }).inputValue()).toBe('Leipzig');
    await page.getByRole('status').getByText('This is the current version of the entry.').waitFor();
  });

  it('saves by keyboard alone and ties an error the API names to its field', async () => {
    const { page } = await openEntry(EDITOR);
    await page.getByLabel('Public email address').focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('not an address');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').getByText(/The entry was not saved: 1 fields? need/).waitFor();
    const email = page.getByLabel('Public email address');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await email.getAttribute('aria-describedby')).toContain('error-email');
    await expect.poll(() => page.evaluate(() => document.querySelector('thb-portal')?.shadowRoot?.querySelector('thb-portal-entry')?.shadowRoot?.activeElement?.id)).toBe('f-email');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('info@kok.example.org');
    await page.getByRole('button', { name: 'Save the entry' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText('Saved: the entry is live on the map.').waitFor();
    expect(await email.getAttribute('aria-invalid')).toBeNull();
    const contact = (await (await fetch(`${portal.api.url}/v1/members/${OURS}`)).json()) as { contact: { email?: string } };
    expect(contact.contact.email).toBe('info@kok.example.org');
  });

  it('refuses another organisation’s entry with no form', async () => {
    const { page } = await portal.signIn(SECOND_EDITOR, { path: `/portal/entry/${THEIRS}` });
    await page.getByRole('heading', { name: 'This is not your organisation’s entry' }).waitFor();
    expect(await page.locator('thb-portal-entry form').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Save the entry' }).count()).toBe(0);
    expect(await portal.axe(page)).toEqual([]);
  });

  it('speaks German and French', async () => {
    const { page } = await openEntry(SECOND_EDITOR, { locale: 'de-DE' });
    await page.getByRole('heading', { name: 'Unser Eintrag', level: 1 }).waitFor();
    for (const label of ['Stadt', 'Land', 'Beschreibung auf Französisch', 'Öffentliche E-Mail-Adresse']) await page.getByLabel(label, { exact: true }).waitFor();
    expect(await page.getByText('Änderungen warten auf die Freigabe durch das Sekretariat.').count()).toBe(2);
    await page.getByRole('button', { name: 'Eintrag speichern' }).waitFor();
    await page.getByRole('combobox', { name: /^Sprache\b/ }).selectOption('fr');
    await page.getByRole('heading', { name: 'Notre fiche', level: 1 }).waitFor();
    for (const label of ['Ville', 'Pays', 'Description en allemand', 'Adresse e-mail publique']) await page.getByLabel(label, { exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Historique des modifications' }).waitFor();
    await page.getByRole('button', { name: 'Enregistrer la fiche' }).waitFor();
  });

  it('passes axe at 320 and 1280 px, light and dark, without sideways scrolling', async () => {
    const { page } = await openEntry(SECOND_EDITOR, { width: 320 });
    await page.locator('thb-member-map .marker').first().waitFor();
    for (const width of [320, 1280]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme });
        expect([width, colorScheme, await portal.axe(page)]).toEqual([width, colorScheme, []]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      }
    }
  });
});
