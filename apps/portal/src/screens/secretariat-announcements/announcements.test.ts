/**
 * Announcements from the secretariat to the members, against the built API (SQLite), a real SMTP
 * inbox and Chromium: the secretariat writes one (text with markup that must stay text, an
 * address that becomes a link, a linked event and resource, an audience of German members,
 * public), previews it, saves it as a draft and publishes it after the confirmation, by
 * keyboard; a member of a German organisation reads it on News on a 360 px phone, in English and
 * in German with the untranslated text marked; the public news has it, but not a members-only
 * one that the member reads too. axe on every screen, light and dark.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { openPortalHarness, SECRETARIAT_EMAIL, type PortalHarness } from '../../../test/support/portal-harness.ts';
import { acceptInvitation, inviteThrough } from '../../../test/support/organisation-owner.ts';

const MEMBER = 'editor@kok.test';
const MARKUP = '<script>alert("x")</script><b>bold?</b>';

let portal: PortalHarness;
let secretariat: Page;
let member: Page;
beforeAll(async () => {
  portal = await openPortalHarness();
  secretariat = (await portal.signIn(SECRETARIAT_EMAIL)).page;
  expect(await inviteThrough(secretariat, 'kok-ev', MEMBER, 'editor')).toBe(202);
  member = (await acceptInvitation(portal, MEMBER, { width: 360 })).page;
});
afterAll(() => portal?.close());

async function notice(page: Page, text: string | RegExp): Promise<void> {
  await page.locator('.notice').filter({ hasText: text }).waitFor();
}

/** The text of the focused element, inside shadow roots. */
const focused = (page: Page) => page.evaluate(() => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active?.textContent?.trim() ?? '';
});

const noSidewaysScroll = async (page: Page, width: number) => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

describe('announcements', () => {
  it('are written, previewed and published by the secretariat, read by the members they are for, and public when marked so', async () => {
    const api = portal.api.url;
    const event = ((await (await fetch(`${api}/v1/events?when=upcoming&pageSize=1&lang=en`)).json()) as { items: { id: string; title: string }[] }).items[0]!;
    const resource = ((await (await fetch(`${api}/v1/resources?pageSize=1&lang=en`)).json()) as { items: { id: string; title: string; url: string }[] }).items[0]!;

    // From the overview to an empty form.
    const page = secretariat;
    await page.goto(`${api}/portal/secretariat`);
    await page.getByRole('listitem').filter({ hasText: 'write, preview and publish' }).getByRole('link', { name: 'Announcements' }).click();
    await page.getByRole('heading', { name: 'Announcements', level: 1 }).waitFor();
    await page.getByText('No announcement yet.').waitFor();
    await page.getByRole('link', { name: 'Write an announcement' }).click();
    await page.getByRole('heading', { name: 'Write an announcement', level: 1 }).waitFor();

    await page.getByLabel('Title (English)').fill('Platform meeting in Brussels');
    await page.getByLabel('Text (English)').fill(`The agenda is at https://example.org/agenda.\n\n${MARKUP}`);
    await page.getByLabel('Title (German)').fill('Plattformtreffen in Brüssel');
    await page.getByRole('group', { name: 'Members in these countries' }).getByRole('checkbox', { name: 'Germany' }).check();
    await page.getByLabel('Also public').check();
    // Words of the event's title, and Enter.
    await page.getByRole('searchbox', { name: 'Find an upcoming event' }).fill(event.title.split(' ').slice(0, 2).join(' '));
    await page.getByRole('searchbox', { name: 'Find an upcoming event' }).press('Enter');
    await page.getByRole('button', { name: `Link ${event.title}` }).click();
    await page.getByRole('searchbox', { name: 'Find a resource' }).fill(resource.title);
    await page.getByRole('search', { name: 'Find a resource' }).getByRole('button', { name: 'Find' }).click();
    await page.getByRole('button', { name: `Link ${resource.title}` }).click();
    await page.getByRole('button', { name: `Remove the link to ${resource.title}` }).waitFor();

    // The preview follows the typing: plain text, the address linked, the markup shown as typed.
    const preview = page.getByRole('region', { name: 'Preview' });
    await preview.getByRole('heading', { name: 'Platform meeting in Brussels' }).waitFor();
    expect(await preview.getByRole('link', { name: 'https://example.org/agenda' }).getAttribute('href')).toBe('https://example.org/agenda');
    await preview.getByText(MARKUP, { exact: true }).waitFor();
    expect(await preview.locator('script, b').count()).toBe(0);
    await preview.getByText(`Event: ${event.title}`).waitFor();
    expect(await preview.getByRole('link', { name: `Resource: ${resource.title}` }).getAttribute('href')).toBe(new URL(resource.url).href);
    expect(await portal.axe(page)).toEqual([]);

    await page.getByRole('button', { name: 'Save as draft' }).click();
    await notice(page, 'The draft was saved.');
    await page.waitForURL(/\/portal\/secretariat\/announcements\/ann-/);
    const id = page.url().split('/').pop()!;
    await page.getByText('Draft: only the secretariat sees it.').waitFor();
    expect(((await (await fetch(`${api}/v1/news`)).json()) as { total: number }).total).toBe(0);

    // Publishing asks first and names who receives it; Escape cancels, Enter on "Publish now" publishes.
    await page.getByRole('button', { name: 'Publish…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Publish this announcement?' });
    await dialog.getByText('“Platform meeting in Brussels” goes to members in Germany.').waitFor();
    await dialog.getByText('It is public too').waitFor();
    expect(await portal.axe(page)).toEqual([]);
    expect(await focused(page)).toBe('Cancel');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Publish…' }).press('Enter');
    await dialog.waitFor();
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('Publish now');
    await page.keyboard.press('Enter');
    await notice(page, 'Published: members in Germany can read it now.');
    await page.getByText(/^\s*Published .*public \(news page and feeds\) · members in Germany/).waitFor();
    expect(await page.getByRole('button', { name: 'Publish…' }).count()).toBe(0);

    // The list says so.
    await page.getByRole('navigation', { name: 'Secretariat' }).getByRole('link', { name: 'Announcements' }).click();
    const row = page.getByRole('row', { name: /Platform meeting in Brussels/ });
    await row.getByText(/^published /).waitFor();
    await row.getByText('public (news page and feeds); members in Germany').waitFor();

    // A members-only one for everyone, written through the API as the screen does.
    const membersOnly = await page.evaluate(async () => {
      const created = await fetch('/v1/announcements', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: { en: 'Members only: call notes' }, text: { en: 'Notes for members.' } }) });
      const { id } = (await created.json()) as { id: string };
      return (await fetch(`/v1/announcements/${id}/publish`, { method: 'POST', headers: { 'if-match': created.headers.get('etag') ?? '*' } })).status;
    });
    expect(membersOnly).toBe(200);

    // The member finds it from the overview on a phone, newest first, the markup as text.
    await member.goto(`${api}/portal/`);
    await member.getByRole('link', { name: 'News from the secretariat' }).click();
    await member.getByRole('heading', { name: 'News', level: 1 }).waitFor();
    const headings = member.getByRole('main').getByRole('heading', { level: 2 });
    await expect.poll(() => headings.allTextContents()).toEqual(['Members only: call notes', 'Platform meeting in Brussels']);
    const article = member.getByRole('article', { name: 'Platform meeting in Brussels' });
    await article.getByText(MARKUP, { exact: true }).waitFor();
    expect(await article.locator('script, b').count()).toBe(0);
    expect(await article.getByRole('link', { name: 'https://example.org/agenda' }).getAttribute('href')).toBe('https://example.org/agenda');
    await article.getByText(`Event: ${event.title}`).waitFor();
    await article.getByRole('link', { name: `Resource: ${resource.title}` }).waitFor();
    expect(await article.getByText(/Not translated/).count()).toBe(0);
    await noSidewaysScroll(member, 360);
    expect(await portal.axe(member)).toEqual([]);

    // In German: the translated title, the English text marked as the original.
    await member.getByLabel('Language').selectOption('de');
    const german = member.getByRole('article', { name: 'Plattformtreffen in Brüssel' });
    await german.getByText('Nicht übersetzt: das Original auf Englisch.').waitFor();
    expect(await german.locator('h2').getAttribute('lang')).toBe('de');
    expect(await german.locator('div[lang]').getAttribute('lang')).toBe('en');
    await member.emulateMedia({ colorScheme: 'dark' });
    expect(await portal.axe(member)).toEqual([]);
    await noSidewaysScroll(member, 360);
    await member.getByLabel('Sprache').selectOption('en');

    // The public news has the public one only.
    const news = (await (await fetch(`${api}/v1/news?lang=en`)).json()) as { items: { id: string; title: { value: string } }[] };
    expect(news.items.map((item) => [item.id, item.title.value])).toEqual([[id, 'Platform meeting in Brussels']]);
  });

  it('is refused to anyone but the secretariat, and the screens pass axe at 360 and 1280 px, light and dark', async () => {
    await member.goto(`${portal.api.url}/portal/secretariat/announcements/new`);
    await member.getByRole('heading', { name: 'Only the secretariat' }).waitFor();
    // A draft of its own, so the edit screen has one whatever the other test did.
    const draftId = await secretariat.evaluate(async () => {
      const created = await fetch('/v1/announcements', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: { en: 'A draft' }, text: { en: 'Draft text.' }, audience: { countries: ['FR'], focusAreas: ['forced-marriage'] } }) });
      return ((await created.json()) as { id: string }).id;
    });
    const paths = ['/portal/secretariat/announcements', '/portal/secretariat/announcements/new', `/portal/secretariat/announcements/${draftId}`];
    for (const width of [360, 1280]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        await secretariat.setViewportSize({ width, height: 900 });
        await secretariat.emulateMedia({ colorScheme });
        for (const path of paths) {
          const where = `${path} at ${width} px, ${colorScheme}`;
          await secretariat.goto(`${portal.api.url}${path}`);
          await secretariat.getByRole('heading', { level: 1 }).waitFor();
          await expect.poll(() => secretariat.getByText('Loading…').count()).toBe(0);
          expect(await portal.axe(secretariat), where).toEqual([]);
          await noSidewaysScroll(secretariat, width);
        }
      }
    }
    // Three screens four ways: twelve page loads with axe, slow on a busy machine.
  }, 180_000);
});
