/**
 * Data that tries to take over the page's layout and reading order: in every text field the
 * longest word with no break opportunity that the schema allows (a name of 200 characters,
 * about 2,400 px; a title of 5,000), and names that carry a right-to-left override ("…fdp.exe"
 * that reads "…exe.pdf") and stray isolates and marks. Phone numbers carrying them, which the
 * schema refuses, are put into the API's answers (`LONG_VALUES`). No widget may widen its host
 * page, and no override may reach the screen.
 */
import type { Page } from 'playwright';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startEnvironment, type TestEnvironment } from './support/environment.ts';
import { DIRECTION_CONTROLS, LONG_VALUES, longAndOverriddenMembers, longEvent, longResource } from './support/hostile.ts';

let env: TestEnvironment;
beforeAll(async () => {
  env = await startEnvironment({ members: longAndOverriddenMembers, resources: [longResource], events: [longEvent(new Date())] });
});
afterEach(() => env?.closePages());
afterAll(() => env?.close());

const WIDGETS = 'thb-member-map, thb-resource-finder, thb-event-list';

/** Where "fdp.exe" is drawn, per shadow root: with an override in effect its "f" would sit right of its last "e". */
function overriddenText(page: Page) {
  return page.evaluate((selector) => [...document.querySelectorAll(selector)].flatMap((element) => {
    const root = element.shadowRoot!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const found: { widget: string; text: string; firstLeft: number; lastLeft: number; isolated: boolean }[] = [];
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf('fdp.exe');
      if (at < 0) continue;
      const left = (offset: number) => {
        const range = document.createRange();
        range.setStart(node, offset);
        range.setEnd(node, offset + 1);
        return range.getBoundingClientRect();
      };
      const [first, last] = [left(at), left(at + 6)];
      // Clipped screen-reader text has no width to compare.
      if (first.width === 0 || last.width === 0) continue;
      const isolated = getComputedStyle(node.parentElement!).unicodeBidi === 'isolate';
      found.push({ widget: element.localName, text: node.data, firstLeft: first.left, lastLeft: last.left, isolated });
    }
    return found;
  }), WIDGETS);
}

describe('hostile text', () => {
  it.each([
    ['a desktop', { width: 1200, height: 900 }],
    ['a 360 px phone', { width: 360, height: 740 }],
  ])('never widens the host page on %s, and shows overrides in reading order', async (_, viewport) => {
    const { page, errors } = await env.open({
      viewport,
      tamper: LONG_VALUES,
      hash: '#member=long-name-member',
      body: `<thb-member-map></thb-member-map><thb-resource-finder q="unbreakable"></thb-resource-finder><thb-event-list kind="webinar"></thb-event-list>`,
    });
    await page.locator('thb-member-map .detail').waitFor();
    await page.locator('thb-member-map .row', { hasText: 'Aab Invoice' }).waitFor();
    await page.locator('thb-resource-finder .result', { hasText: 'Unbreakable' }).waitFor();
    await page.locator('thb-event-list .event', { hasText: 'Unbreakable' }).waitFor();

    // The long word is on screen, in the list, the details, a result and an event, and wraps.
    const long = await page.evaluate((selector) => [...document.querySelectorAll(selector)].flatMap((element) =>
      [...element.shadowRoot!.querySelectorAll('.row .name, .detail-title, .result .title, .event .title')]
        .filter((node) => node.textContent.includes('wwwwwwwwww'))
        .map((node) => ({ widget: element.localName, width: node.getBoundingClientRect().width, height: node.getBoundingClientRect().height }))), WIDGETS);
    expect(new Set(long.map((box) => box.widget))).toEqual(new Set(['thb-member-map', 'thb-resource-finder', 'thb-event-list']));
    for (const box of long) {
      expect(box.width, box.widget).toBeLessThanOrEqual(viewport.width);
      expect(box.height, box.widget).toBeGreaterThan(100);
    }
    // No sideways scrolling: the page is exactly as wide as its viewport.
    const layout = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
    expect(layout.scrollWidth).toBe(layout.clientWidth);
    expect(layout.clientWidth).toBeLessThanOrEqual(viewport.width);

    // "Aab Invoice fdp.exe" reads in its own order wherever it is drawn, without a control left in it,
    // and where it stands alone (not filled into a sentence such as "Published by …") it is isolated.
    const overridden = await overriddenText(page);
    expect(new Set(overridden.map((text) => text.widget))).toEqual(new Set(['thb-member-map', 'thb-resource-finder', 'thb-event-list']));
    for (const text of overridden) {
      expect(text.firstLeft, `${text.widget}: ${JSON.stringify(text.text)}`).toBeLessThan(text.lastLeft);
      expect(text.text).not.toMatch(DIRECTION_CONTROLS);
      if (text.text.startsWith('Aab Invoice')) expect(text.isolated, `${text.widget}: ${JSON.stringify(text.text)}`).toBe(true);
    }
    const everything = await page.evaluate((selector) => [...document.querySelectorAll(selector)].map((element) => {
      const root = element.shadowRoot!;
      const labels = [...root.querySelectorAll('[aria-label]')].map((node) => node.getAttribute('aria-label'));
      return `${root.textContent}\n${labels.join('\n')}`;
    }).join('\n'), WIDGETS);
    expect(everything).toContain('Aab Invoice fdp.exe');
    expect(everything).not.toMatch(DIRECTION_CONTROLS);
    expect(errors).toEqual([]);
  });
});
