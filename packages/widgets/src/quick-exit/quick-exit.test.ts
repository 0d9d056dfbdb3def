/**
 * `<thb-quick-exit>` in Chromium, on a page the way an NGO builds one: a skip link, a menu,
 * the exit placed at the end. What a visitor in danger relies on: it is on screen and first in
 * the tab order, one tap or Shift three times leaves, Escape never does, and what is left
 * behind is a blank page, no widget storage and no history entry.
 */
import type { Page } from 'playwright';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../../test/support/axe.ts';
import { startEnvironment, type PageOptions, type TestEnvironment } from '../../test/support/environment.ts';

let env: TestEnvironment;
/** A page of the test server that stands in for the neutral exit site. */
let neutralUrl: string;
beforeAll(async () => {
  env = await startEnvironment();
  const neutral = await env.open({ body: '<p>Weather in Brussels: sunny.</p>' });
  neutralUrl = neutral.page.url();
  await neutral.page.context().close();
});
afterEach(() => env?.closePages());
afterAll(() => env?.close());

const NGO_PAGE = (exit: string) => `<a class="skip" href="#content">Skip to content</a>
  <nav><a href="#a">Home</a> <a href="#b">Get help</a> <input aria-label="Search"></nav>
  <div id="content"><p>Support for survivors.</p></div>
  <footer>${exit}</footer>`;

function openExit(options: Partial<PageOptions> = {}) {
  return env.open({ body: NGO_PAGE(`<thb-quick-exit exit-url="${neutralUrl}"></thb-quick-exit>`), ...options });
}

/** What the page looked like at the moment `thb-exit` fired, just before it was replaced. */
interface AtExit {
  url: string;
  display: string;
  title: string;
  session: string[];
  local: string[];
}

/** Keeps widget and site keys in both storages, and records the page's state when it leaves. */
async function recordExit(page: Page): Promise<AtExit[]> {
  const seen: AtExit[] = [];
  await page.exposeFunction('recordExit', (state: AtExit) => seen.push(state));
  await page.evaluate(() => {
    sessionStorage.setItem('thb-chat/1', '{"messages":[],"suggestions":[]}');
    localStorage.setItem('thb-later/1', 'x');
    localStorage.setItem('site-theme', 'dark');
    document.addEventListener('thb-exit', (event) => (window as unknown as { recordExit(state: AtExit): void }).recordExit({
      url: (event as CustomEvent<{ url: string }>).detail.url,
      display: getComputedStyle(document.documentElement).display,
      title: document.title,
      session: Object.keys(sessionStorage),
      local: Object.keys(localStorage),
    }));
  });
  return seen;
}

describe('<thb-quick-exit>', () => {
  it('is the first Tab stop of the page, before the skip link, wherever it was placed', async () => {
    const { page, errors } = await openExit();
    await page.locator('thb-quick-exit button').waitFor();
    expect(await page.evaluate(() => document.body.firstElementChild?.localName)).toBe('thb-quick-exit');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => [document.activeElement?.localName, document.activeElement?.shadowRoot?.activeElement?.className])).toEqual(['thb-quick-exit', 'exit']);
    // Focus shows how else to leave.
    expect(await page.getByText('or press Shift 3 times').isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    expect(errors).toEqual([]);
  });

  it('stays on screen in the corner, one big tap on a phone, also when the page scrolls', async () => {
    const { page } = await openExit({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true, body: `${NGO_PAGE(`<thb-quick-exit exit-url="${neutralUrl}"></thb-quick-exit>`)}<div class="tall"></div>` });
    const button = page.getByRole('button', { name: 'Leave this page quickly' });
    const before = (await button.boundingBox())!;
    expect(before.width).toBeGreaterThanOrEqual(44);
    expect(before.height).toBeGreaterThanOrEqual(44);
    expect(before.y).toBeGreaterThanOrEqual(0);
    expect(before.x + before.width).toBeLessThanOrEqual(375);
    await page.evaluate(() => {
      const tall = document.querySelector<HTMLElement>('.tall')!;
      tall.style.height = '3000px';
      window.scrollTo(0, 2000);
    });
    expect(await button.boundingBox()).toEqual(before);
    const left = await recordExit(page);
    await button.tap();
    await page.waitForURL(neutralUrl);
    expect(left.map((state) => state.url)).toEqual([neutralUrl]);
  });

  it('leaves on Shift pressed three times, showing the count, and never on Escape', async () => {
    const { page } = await openExit();
    const left = await recordExit(page);
    await page.getByRole('textbox', { name: 'Search' }).focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press('Escape');
    // Typing capitals is not pressing Shift.
    for (const letter of 'HFM') await page.keyboard.press(`Shift+${letter}`);
    const marks = page.locator('thb-quick-exit .pip[data-on]');
    expect(await marks.count()).toBe(0);
    await page.keyboard.press('Shift');
    expect(await marks.count()).toBe(1);
    await page.keyboard.press('Shift');
    expect(await marks.count()).toBe(2);
    expect(await page.getByRole('status').textContent()).toBe('Shift: press 1 more time to leave this page');
    expect(left).toEqual([]);
    await page.keyboard.press('Shift');
    await page.waitForURL(neutralUrl);
    expect(left).toHaveLength(1);
  });

  it('blanks the page and forgets the widgets’ storage before it goes, and leaves no way Back', async () => {
    const { page } = await openExit();
    const pageUrl = page.url();
    const left = await recordExit(page);
    await page.getByRole('button', { name: 'Leave this page quickly' }).click();
    await page.waitForURL(neutralUrl);
    expect(left).toEqual([{ url: neutralUrl, display: 'none', title: '', session: [], local: ['site-theme'] }]);
    expect(await page.evaluate(() => [Object.keys(sessionStorage), Object.keys(localStorage)])).toEqual([[], ['site-theme']]);
    await page.goBack().catch(() => null);
    expect(page.url()).not.toBe(pageUrl);
  });

  it('goes to the default page when exit-url is not http(s)', async () => {
    const { page } = await openExit({ body: NGO_PAGE('<thb-quick-exit exit-url="javascript:alert(1)"></thb-quick-exit>') });
    // The default (Google) is not reachable from here: keep the navigation from leaving the machine.
    await page.route('https://www.google.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: 'neutral' }));
    await page.getByRole('button', { name: 'Leave this page quickly' }).click();
    await page.waitForURL('https://www.google.com/');
  });

  it('speaks German and French, and passes axe in light and dark', async () => {
    const german = await openExit({ lang: 'de-AT' });
    expect(await german.page.getByRole('button', { name: 'Seite schnell verlassen' }).getAttribute('aria-describedby')).toBe('hint');
    expect(await german.page.locator('thb-quick-exit #hint').textContent()).toBe('oder dreimal die Umschalttaste drücken');
    const french = await openExit({ lang: 'fr' });
    await french.page.keyboard.press('Shift');
    await french.page.keyboard.press('Shift');
    expect(await french.page.getByRole('region', { name: 'Sortie rapide' }).getByRole('status').textContent()).toBe('Maj : encore 1 appui pour quitter la page');
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await openExit({ colorScheme });
      await page.locator('thb-quick-exit button').waitFor();
      expect(await axeViolations(page, env.pagesUrl)).toEqual([]);
      await page.keyboard.press('Tab');
      expect(await axeViolations(page, env.pagesUrl)).toEqual([]);
    }
  });
});
