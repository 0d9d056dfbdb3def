/** <thb-resource-finder> in Chromium against the real API and demo data. */
import type { ResourcePage } from '@thb/schema';
import type { Page } from 'playwright';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../../test/support/axe.ts';
import { startEnvironment, type TestEnvironment } from '../../test/support/environment.ts';

let env: TestEnvironment;
beforeAll(async () => {
  env = await startEnvironment();
});
afterEach(() => env?.closePages());
afterAll(() => env?.close());

async function apiResources(query: string): Promise<ResourcePage> {
  return (await fetch(`${env.api.url}/v1/resources?lang=en&pageSize=10&${query}`)).json() as Promise<ResourcePage>;
}

const titles = (page: Page) => page.locator('thb-resource-finder .result .title').allTextContents();

describe('<thb-resource-finder>', () => {
  it('shows the first page of results with facet counts from the API', async () => {
    const { page, errors } = await env.open({ body: '<thb-resource-finder></thb-resource-finder>' });
    await page.locator('thb-resource-finder .result').first().waitFor();
    const expected = await apiResources('');
    expect((await titles(page)).map((t) => t.trim())).toEqual(expected.items.map((r) => r.title));
    expect(await page.locator('thb-resource-finder .count').textContent()).toBe(`${expected.total} resources found`);
    const typeOptions = await page.locator('thb-resource-finder select').first().locator('option').allTextContents();
    for (const [type, count] of Object.entries(expected.facets.type).filter(([, n]) => n > 0)) {
      expect(typeOptions).toContainEqual(expect.stringMatching(new RegExp(`\\(${count}\\)$`)));
      expect(typeOptions.some((option) => option.toLowerCase().includes(type.slice(0, 4)))).toBe(true);
    }
    expect(await page.locator('thb-resource-finder .result').first().locator('.muted').textContent()).toMatch(/Updated /);
    expect(errors).toEqual([]);
  });

  it('searches as you type (debounced), highlights the words and announces the count', async () => {
    // The page runs on Playwright's clock: a quick typist is simulated exactly, however slow the machine.
    const { page, requests } = await env.open({ body: '<thb-resource-finder></thb-resource-finder>', clock: true });
    await page.locator('thb-resource-finder .result').first().waitFor();
    const searches = () => requests.filter((url) => url.includes('/v1/resources') && url.includes('q='));
    await page.getByRole('searchbox', { name: 'Search resources' }).focus();
    await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
    for (const key of 'children') {
      await page.keyboard.type(key);
      await page.clock.runFor(40);
    }
    await page.clock.resume();
    const expected = await apiResources('q=children');
    await expect.poll(() => page.locator('thb-resource-finder [role=status].count').textContent()).toBe(`${expected.total} resources found`);
    expect((await titles(page)).map((t) => t.trim())).toEqual(expected.items.map((r) => r.title));
    const marks = await page.locator('thb-resource-finder mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => /^child/i.test(m))).toBe(true);
    // One search for the whole word, not one per keystroke.
    expect(searches().map((url) => new URL(url).searchParams.get('q'))).toEqual(['children']);
  });

  it('links hotline numbers with tel: and filters by facet', async () => {
    const { page } = await env.open({ body: '<thb-resource-finder type="hotline"></thb-resource-finder>' });
    await page.locator('thb-resource-finder .result').first().waitFor();
    const expected = await apiResources('type=hotline');
    expect(await page.locator('thb-resource-finder .result').count()).toBe(Math.min(10, expected.total));
    const tel = page.locator('thb-resource-finder .hotline a').first();
    expect(await tel.getAttribute('href')).toBe(`tel:${expected.items[0]!.hotline!.phone.replace(/\s/g, '')}`);
    expect(await tel.textContent()).toBe(`Call ${expected.items[0]!.hotline!.phone}`);
  });

  it('pages with the keyboard and keeps the search in the URL with sync-url', async () => {
    const { page } = await env.open({ body: '<thb-resource-finder sync-url></thb-resource-finder>' });
    await page.locator('thb-resource-finder .result').first().waitFor();
    await page.getByRole('searchbox', { name: 'Search resources' }).fill('exploitation');
    await page.keyboard.press('Enter');
    const first = await apiResources('q=exploitation');
    await expect.poll(() => titles(page)).toEqual(first.items.map((r) => expect.stringContaining(r.title)));
    await page.getByRole('button', { name: 'Next' }).focus();
    await page.keyboard.press('Enter');
    const second = await apiResources('q=exploitation&page=2');
    await expect.poll(() => titles(page)).toEqual(second.items.map((r) => expect.stringContaining(r.title)));
    expect(await page.evaluate(() => document.querySelector('thb-resource-finder')!.shadowRoot!.activeElement?.className)).toBe('count');
    expect(new URL(page.url()).searchParams.get('thb-q')).toBe('exploitation');
    expect(new URL(page.url()).searchParams.get('thb-page')).toBe('2');
    await page.reload();
    await expect.poll(() => titles(page)).toEqual(second.items.map((r) => expect.stringContaining(r.title)));
    expect(await page.getByRole('searchbox', { name: 'Search resources' }).inputValue()).toBe('exploitation');
  });

  it('suggests dropping a filter when nothing matches', async () => {
    const { page } = await env.open({ body: '<thb-resource-finder type="video" audience="children" q="compensation"></thb-resource-finder>' });
    const empty = page.locator('thb-resource-finder [part~=empty]');
    await empty.waitFor();
    expect(await empty.textContent()).toContain('No resources match your search.');
    const ways = await empty.getByRole('button').allTextContents();
    expect(ways.map((w) => w.trim())).toEqual(['Without the words “compensation”', 'Without “Type: Video”', 'Without “For: Children”']);
    expect(await axeViolations(page, env.pagesUrl)).toEqual([]);
    await empty.getByRole('button', { name: 'Without the words “compensation”' }).click();
    await expect.poll(() => page.locator('thb-resource-finder .result, thb-resource-finder [part~=empty]').count()).toBeGreaterThan(0);
  });

  it('shows an error it can retry, and passes axe loaded, in error and in dark mode', async () => {
    env.switchable.mode = 'fail';
    const { page } = await env.open({ body: `<thb-resource-finder api="${env.switchable.url}"></thb-resource-finder>`, colorScheme: 'dark' });
    await page.locator('thb-resource-finder [part~=error]').waitFor();
    expect(await axeViolations(page, env.pagesUrl)).toEqual([]);
    env.switchable.mode = 'pass';
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.locator('thb-resource-finder .result').first().waitFor();
    expect(await axeViolations(page, env.pagesUrl)).toEqual([]);
  });

  it('speaks German with `lang`', async () => {
    const { page } = await env.open({ body: '<thb-resource-finder lang="de"></thb-resource-finder>' });
    await page.locator('thb-resource-finder .result').first().waitFor();
    expect(await page.getByRole('searchbox', { name: 'Materialien durchsuchen' }).count()).toBe(1);
    const expected = await (await fetch(`${env.api.url}/v1/resources?lang=de&pageSize=10`)).json() as ResourcePage;
    expect(await page.locator('thb-resource-finder .count').textContent()).toBe(`${expected.total} Materialien gefunden`);
    expect((await titles(page)).map((t) => t.trim())).toEqual(expected.items.map((r) => r.title));
  });
});
