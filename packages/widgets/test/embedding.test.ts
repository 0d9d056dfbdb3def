/**
 * How the bundles behave on someone else's page: the README's one script tag, a strict CSP,
 * hostile page CSS, narrow phones, reduced motion, theming, lazy loading and double loading.
 */
import type { Page } from 'playwright';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startEnvironment, type TestEnvironment } from './support/environment.ts';

const ALL = '<thb-event-list limit="3"></thb-event-list><thb-resource-finder></thb-resource-finder><thb-member-map></thb-member-map>';

let env: TestEnvironment;
beforeAll(async () => {
  env = await startEnvironment();
});
afterEach(() => env?.closePages());
afterAll(() => env?.close());

async function rendered(page: Page): Promise<void> {
  await page.locator('thb-event-list .event').first().waitFor();
  await page.locator('thb-resource-finder .result').first().waitFor();
  await page.locator('thb-member-map .marker').first().waitFor();
  // The map's list follows its markers a frame later.
  await page.locator('thb-member-map .row').first().waitFor();
}

/** Computed styles of parts inside the shadow roots, to compare pages. */
function insideStyles(page: Page) {
  return page.evaluate(() => {
    const probes: [string, string, string[]][] = [
      ['thb-event-list', '.root', ['fontSize', 'fontFamily', 'color', 'textTransform', 'letterSpacing', 'lineHeight', 'textAlign', 'padding']],
      ['thb-event-list', '.event', ['display', 'padding', 'borderBottomWidth', 'float']],
      ['thb-resource-finder', 'button, input', ['display', 'backgroundColor', 'paddingLeft', 'borderTopWidth', 'boxSizing']],
      ['thb-resource-finder', '.result .title', ['fontWeight', 'fontSize', 'textTransform']],
      ['thb-member-map', 'svg.surface', ['display', 'width', 'height']],
      ['thb-member-map', '.dot', ['fill', 'display']],
      ['thb-member-map', '.row', ['display', 'padding', 'backgroundColor', 'float']],
    ];
    return probes.map(([tag, selector, properties]) => {
      const element = document.querySelector(tag)!.shadowRoot!.querySelector(selector)!;
      const style = getComputedStyle(element) as unknown as Record<string, string>;
      return [tag, selector, Object.fromEntries(properties.map((p) => [p, style[p]]))];
    });
  });
}

describe('embedding', () => {
  it('works from the README snippet alone under a strict CSP, with no console error or violation', async () => {
    const { page, errors, requests } = await env.open({ body: ALL });
    await rendered(page);
    expect(errors).toEqual([]);
    const origins = new Set(requests.map((url) => new URL(url).origin));
    expect(origins).toEqual(new Set([env.pagesUrl, env.api.url]));
  });

  it('looks the same on a page whose CSS is hostile', async () => {
    const clean = await env.open({ body: ALL });
    await rendered(clean.page);
    const hostile = await env.open({ body: ALL, hostileCss: true });
    await rendered(hostile.page);
    expect(await hostile.page.evaluate(() => getComputedStyle(document.body).textTransform)).toBe('uppercase');
    expect(await insideStyles(hostile.page)).toEqual(await insideStyles(clean.page));
    expect(hostile.errors).toEqual([]);
  });

  it('loads the map implementation only on pages that show a map', async () => {
    const withoutMap = await env.open({ body: '<thb-event-list></thb-event-list>' });
    await withoutMap.page.locator('thb-event-list .event').first().waitFor();
    expect(withoutMap.requests.some((url) => /map-view/.test(url))).toBe(false);
    expect(withoutMap.requests.some((url) => url.includes('/v1/members'))).toBe(false);
    const withMap = await env.open({ body: '<thb-member-map></thb-member-map>' });
    await withMap.page.locator('thb-member-map .marker').first().waitFor();
    expect(withMap.requests.some((url) => /map-view/.test(url))).toBe(true);
  });

  it('registers each element once, even when a page loads a single-element bundle and the full one', async () => {
    const { page, errors } = await env.open({
      body: `<script type="module" src="${env.api.url}/widgets/thb-widgets.js"></script><thb-event-list limit="1"></thb-event-list>`,
      bundle: 'thb-event-list.js',
    });
    await page.locator('thb-event-list .event').first().waitFor();
    expect(errors).toEqual([]);
  });

  it('shares one query client and one request between elements that need the same data', async () => {
    const { page, requests } = await env.open({ body: '<thb-event-list limit="3"></thb-event-list><thb-event-list limit="3"></thb-event-list>' });
    await page.locator('thb-event-list').nth(1).locator('.event').first().waitFor();
    expect(requests.filter((url) => url.includes('/v1/events?')).length).toBe(1);
  });

  it('fits a 320 px phone without sideways scrolling', async () => {
    const { page } = await env.open({ body: ALL, viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
    await rendered(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const mapBox = await page.locator('thb-member-map svg.surface').boundingBox();
    expect(mapBox!.width).toBeGreaterThan(250);
    expect(mapBox!.height).toBeGreaterThan(200);
  });

  it('stops animations for visitors who prefer reduced motion', async () => {
    env.switchable.mode = 'hang';
    const spin = async (reducedMotion: 'reduce' | 'no-preference') => {
      const { page } = await env.open({ body: `<thb-event-list api="${env.switchable.url}"></thb-event-list>`, reducedMotion });
      const spinner = page.locator('thb-event-list .spinner');
      await spinner.waitFor();
      return spinner.evaluate((element) => getComputedStyle(element).animationName);
    };
    expect(await spin('no-preference')).toBe('spin');
    expect(await spin('reduce')).toBe('none');
    env.switchable.mode = 'pass';
  });

  it('is themed through custom properties and ::part, and follows the `theme` attribute', async () => {
    const { page } = await env.open({ body: '<thb-event-list theme="dark"></thb-event-list>' });
    await page.locator('thb-event-list .event').first().waitFor();
    const background = () => page.locator('thb-event-list .root').evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(await background()).toBe('rgb(13, 17, 23)');
    await page.evaluate(() => {
      const element = document.querySelector('thb-event-list')!;
      element.style.setProperty('--thb-color-background', 'rgb(1, 2, 3)');
    });
    expect(await background()).toBe('rgb(1, 2, 3)');
  });
});
