/**
 * Data that tries to run script: markup in names, titles and descriptions, `javascript:` and
 * `data:` URLs in links. The page has no CSP, so only the widgets themselves stand between
 * the data and script execution.
 */
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { startEnvironment, type TestEnvironment } from './support/environment.ts';
import { HOSTILE_TEXT, HOSTILE_VALUES, hostileEvent, hostileMember, hostileResource } from './support/hostile.ts';

let env: TestEnvironment;
beforeAll(async () => {
  env = await startEnvironment({ members: [hostileMember], resources: [hostileResource], events: [hostileEvent(new Date())] });
});
afterEach(() => env?.closePages());
afterAll(() => env?.close());

it('renders hostile records as text and never links to a script URL', async () => {
  const { page } = await env.open({
    csp: false,
    tamper: HOSTILE_VALUES,
    hash: '#member=hostile-member',
    body: '<thb-member-map q="hostile"></thb-member-map><thb-resource-finder q="hostile"></thb-resource-finder><thb-event-list kind="webinar"></thb-event-list>',
  });
  await page.locator('thb-member-map .detail').waitFor();
  await page.locator('thb-resource-finder .result').first().waitFor();
  await page.locator('thb-event-list .event', { hasText: 'Hostile webinar' }).waitFor();
  // A grace period for an injected handler (an image's onerror) to fire. It can only make the
  // __pwned check miss, never fail correct widgets; the count of injected elements cannot miss.
  await page.waitForTimeout(500);

  expect(await page.evaluate(() => (window as unknown as { __pwned?: string[] }).__pwned)).toBeUndefined();
  const inside = await page.evaluate(() => {
    const roots = [...document.querySelectorAll('thb-member-map, thb-resource-finder, thb-event-list')].map((e) => e.shadowRoot!);
    return {
      injected: roots.reduce((n, root) => n + root.querySelectorAll('img, script, iframe, svg [onload], b').length, 0),
      hrefs: roots.flatMap((root) => [...root.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '')),
      text: roots.map((root) => root.textContent).join('\n'),
    };
  });
  expect(inside.injected).toBe(0);
  expect(inside.hrefs.length).toBeGreaterThan(5);
  for (const href of inside.hrefs) expect(href).toMatch(/^(https?:|mailto:|tel:)/);
  expect(inside.text).toContain(`Zz Hostile ${HOSTILE_TEXT}`);
  expect(inside.text).toContain(HOSTILE_TEXT.slice(0, 40));
  // The hostile member's "website", "contact page" and "phone" were script or data URLs: no links.
  const detail = page.locator('thb-member-map .detail');
  expect(await detail.getByRole('link').allTextContents()).toEqual([]);
  const resource = page.locator('thb-resource-finder .result', { hasText: 'Trafficking hostile' });
  expect(await resource.getByRole('link').count()).toBe(0);
  expect(await resource.locator('.hotline').textContent()).toContain('javascript:');
  const event = page.locator('thb-event-list .event', { hasText: 'Hostile webinar' });
  expect(await event.getByRole('link').allTextContents()).toEqual([expect.stringContaining('Add to calendar')]);
});
