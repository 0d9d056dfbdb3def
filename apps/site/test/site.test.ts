/**
 * The demo site as a newcomer sees it: served by the built API (`node apps/api/dist/server.js`
 * with SITE_DIR and WIDGETS_DIR), in Chromium, under a strict CSP.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startApiProcess, type ApiProcess } from '@thb/api-process';
import { seedDemoData } from '@thb/store/demo';
import { openSqliteStore } from '@thb/store/sqlite';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const WIDGETS = fileURLToPath(new URL('../../../packages/widgets/dist/', import.meta.url));
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let server: ApiProcess;
let browser: Browser;
let dir: string;
/** This test's pages, closed after it: idle pages still cost CPU on a busy machine. */
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'thb-site-'));
  // The test owns its data: seeded before the server starts (which seeds only an empty database).
  const store = await openSqliteStore({ file: join(dir, 'thb.sqlite') });
  await seedDemoData(store, new Date());
  await store.close();
  server = await startApiProcess({ dataDir: dir, widgetsDir: WIDGETS, siteDir: DIST });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Opens a site page with `Content-Security-Policy: default-src 'self'` added to it, collecting errors. */
async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  await page.route(`${server.url}/*.html`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': "default-src 'self'" } });
  });
  await page.goto(`${server.url}${path}`);
  return { page, errors };
}

async function axe(page: Page): Promise<unknown[]> {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern.
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const { violations } = await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe.run();
    return violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target) }));
  });
}

describe('apps/site', () => {
  it('has no inline script, style or event handler in any page', () => {
    const pages = readdirSync(DIST).filter((name) => name.endsWith('.html'));
    expect(pages.sort()).toEqual(['commission.html', 'embed.html', 'index.html']);
    for (const name of pages) {
      const html = readFileSync(join(DIST, name), 'utf8');
      expect(html, name).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(html, name).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i);
    }
  });

  it('shows the three elements on the demo data at /, under a strict CSP, accessibly', async () => {
    const { page, errors } = await open('/');
    await page.locator('thb-member-map .marker').first().waitFor();
    // The map's list follows its markers a frame later; axe checks the complete page.
    await page.locator('thb-member-map .row').first().waitFor();
    await page.locator('thb-resource-finder .result').first().waitFor();
    await page.locator('thb-event-list').nth(0).locator('.event').first().waitFor();
    await page.locator('thb-event-list').nth(1).locator('.event').first().waitFor();
    expect(await page.locator('[data-origin]').textContent()).toContain(`${server.url}/widgets/thb-widgets.js`);
    expect(await axe(page)).toEqual([]);
    await page.locator('#language').selectOption('de');
    await expect.poll(() => page.locator('thb-event-list').nth(1).getByRole('button', { name: 'Vergangen' }).count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('shows the live member map on the Commission page in the institution’s colours', async () => {
    const { page, errors } = await open('/commission.html');
    const marker = page.locator('thb-member-map .dot').first();
    await marker.waitFor();
    await page.locator('thb-member-map .row').first().waitFor();
    expect(await marker.evaluate((circle) => getComputedStyle(circle).fill)).toBe('rgb(0, 68, 148)');
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('builds a snippet from the chosen element and options, with a live preview', async () => {
    const { page, errors } = await open('/embed.html?element=thb-event-list');
    await page.getByLabel('limit').fill('2');
    const snippet = page.locator('#snippet');
    await expect.poll(() => snippet.textContent()).toBe(
      `<script type="module" src="${server.url}/widgets/thb-event-list.js"></script>\n<thb-event-list limit="2"></thb-event-list>`,
    );
    await expect.poll(() => page.locator('#preview thb-event-list .event').count()).toBe(2);
    await page.getByLabel('kind').fill('"><script>alert(1)</script>');
    await expect.poll(() => snippet.textContent()).toContain('kind="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(await page.locator('#preview script').count()).toBe(0);
    await page.locator('#element').selectOption('thb-resource-finder');
    await page.getByLabel('sync-url').check();
    await expect.poll(() => snippet.textContent()).toContain('<thb-resource-finder sync-url></thb-resource-finder>');
    expect(await axe(page)).toEqual([]);
    // The invalid kind typed above makes the preview's request a 400, which the browser logs.
    expect(errors.filter((e) => !e.includes('status of 400'))).toEqual([]);
  });

  it('puts the quick exit first on every page, and the builder warns about an exit-url that would be ignored', async () => {
    for (const path of ['/', '/commission.html', '/embed.html']) {
      const { page } = await open(path);
      await page.locator('body > thb-quick-exit button').waitFor();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.localName), path).toBe('thb-quick-exit');
      expect(await page.locator('body > thb-quick-exit').count(), path).toBe(1);
    }
    const { page, errors } = await open('/embed.html?element=thb-chat');
    const snippet = page.locator('#snippet');
    const field = page.getByLabel('exit-url');
    const warning = page.locator('#attr-exit-url-warning');
    await field.fill('javascript:alert(1)');
    expect(await warning.isVisible()).toBe(true);
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await axe(page)).toEqual([]);
    await field.fill('https://www.example.org/weather');
    expect(await warning.isVisible()).toBe(false);
    expect(await snippet.textContent()).toContain('<thb-chat exit-url="https://www.example.org/weather"></thb-chat>');
    // The chat brings its own quick exit; any other element can add one.
    expect(await page.locator('#add-exit-row').isVisible()).toBe(false);
    await page.locator('#element').selectOption('thb-event-list');
    await page.getByLabel('Add a quick exit').check();
    const script = (tag: string) => `<script type="module" src="${server.url}/widgets/${tag}.js"></script>`;
    await expect.poll(() => snippet.textContent()).toBe(
      `${script('thb-quick-exit')}\n<thb-quick-exit></thb-quick-exit>\n${script('thb-event-list')}\n<thb-event-list></thb-event-list>`,
    );
    // Previewed, the quick exit stays in the preview instead of moving to the top of the page.
    await page.locator('#element').selectOption('thb-quick-exit');
    await expect.poll(() => page.locator('#preview thb-quick-exit button').count()).toBe(1);
    expect(await page.locator('body > thb-quick-exit').count()).toBe(1);
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
