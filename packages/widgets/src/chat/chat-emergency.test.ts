/**
 * The 112 answer, which must never fail: given by the chat itself, at once, in the language the
 * visitor wrote in, when the API is slow, unreachable or rate-limited; and on screen, button and
 * first line, with a phone's keyboard open and at 400 % zoom.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { emergencyStrings, type EmergencyLanguage } from '@thb/text/emergency';
import type { Locator, Page } from 'playwright';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../../test/support/axe.ts';
import { startEnvironment, type PageOptions, type TestEnvironment } from '../../test/support/environment.ts';

let env: TestEnvironment;
/** An address where nothing listens: the API host is down. */
let deadUrl: string;
beforeAll(async () => {
  // Each page asks as its own client through X-Forwarded-For, which the API trusts only behind a proxy.
  env = await startEnvironment({}, { apiEnv: { TRUST_PROXY: '1' } });
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  deadUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
});
afterEach(async () => {
  env.switchable.mode = 'pass';
  await env?.closePages();
});
afterAll(() => env?.close());

let clients = 0;
function openChat(options: Partial<PageOptions> = {}) {
  return env.open({ body: '<thb-chat></thb-chat>', clientAddress: `198.51.102.${++clients}`, ...options });
}

/** The messages the issue reported as answered without 112. */
const EMERGENCIES = [['es', 'socorro me están amenazando'], ['pl', 'pomocy jestem w niebezpieczeństwie']] as const;

/** Sends a message and resolves with the first answer to it, once the chat is no longer waiting. */
async function send(page: Page, text: string, wait = true): Promise<Locator> {
  if (!(await page.locator('thb-chat .panel').isVisible())) await page.locator('thb-chat .launcher').click();
  await page.locator('thb-chat input').fill(text);
  await page.keyboard.press('Enter');
  const answer = page.locator('thb-chat .msg[data-from=bot]').nth(1);
  await answer.waitFor();
  if (wait) await page.locator('thb-chat .typing').waitFor({ state: 'detached' });
  return answer;
}

/** One 112 button, labelled in `lang`, on an answer marked as being in `lang`. */
async function expectEmergencyIn(page: Page, answer: Locator, lang: EmergencyLanguage): Promise<void> {
  expect(await answer.getAttribute('data-topic')).toBe('emergency');
  expect(await answer.getAttribute('lang')).toBe(lang);
  const call = page.locator('thb-chat .sos');
  expect(await call.count()).toBe(1);
  expect(await call.getAttribute('href')).toBe('tel:112');
  expect(await call.textContent()).toBe(emergencyStrings(lang).call);
  expect(emergencyStrings(lang).call).not.toBe(emergencyStrings('en').call);
  expect(await answer.locator('.text').textContent()).toContain('112');
}

describe('the 112 answer never waits for the API', () => {
  it.each(EMERGENCIES)('in %s, while the API has not answered yet', async (lang, text) => {
    env.switchable.mode = 'hang';
    const { page } = await openChat({ body: `<thb-chat api="${env.switchable.url}"></thb-chat>` });
    const answer = await send(page, text, false);
    await expectEmergencyIn(page, answer, lang);
    expect(await page.locator('thb-chat .typing').isVisible()).toBe(true);
  });

  it.each(EMERGENCIES)('in %s, with the API unreachable, and no "offline" before or after it', async (lang, text) => {
    const { page } = await openChat({ csp: false, body: `<thb-chat api="${deadUrl}"></thb-chat>` });
    const answer = await send(page, text);
    await expectEmergencyIn(page, answer, lang);
    expect(await page.locator('thb-chat [part~=error]').count()).toBe(0);
    expect(await page.locator('thb-chat .log').textContent()).not.toContain('could not be reached');
  });

  it.each(EMERGENCIES)('in %s, with the rate limit used up, and no "too many messages"', async (lang, text) => {
    env.switchable.mode = 'limit';
    const { page } = await openChat({ body: `<thb-chat api="${env.switchable.url}"></thb-chat>` });
    const answer = await send(page, text);
    await expectEmergencyIn(page, answer, lang);
    expect(await page.locator('thb-chat [part~=error]').count()).toBe(0);
    expect(await page.locator('thb-chat .log').textContent()).not.toContain('Too many messages');
    // An ordinary message still learns that it must wait.
    await page.locator('thb-chat input').fill('how can I volunteer');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('thb-chat [part~=error]').textContent()).toContain('Too many messages at once. Please wait 30 seconds');
  });

  it.each(EMERGENCIES)('in %s, with the API up: still one 112 button, first, whatever the API answers', async (lang, text) => {
    const { page, errors } = await openChat();
    const answer = await send(page, text);
    await expectEmergencyIn(page, answer, lang);
    expect(await page.locator('thb-chat .msg[data-from=bot]').nth(1).getAttribute('data-topic')).toBe('emergency');
    expect(errors).toEqual([]);
  });

  it('takes the server’s emergency answer in its place, with the server’s label and language', async () => {
    const { page } = await openChat();
    // Stands in for the safety work's server, which labels 112 in the visitor's language: the
    // real API's answer, as that server will send it.
    await page.route('**/v1/chat', async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as Record<string, unknown>;
      await route.fulfill({ response, json: { ...body, topic: 'emergency', locale: 'pl-PL', actions: [{ kind: 'call', number: '112', label: 'Zadzwoń pod 112 teraz' }] } });
    });
    const answer = await send(page, 'pomocy jestem w niebezpieczeństwie');
    expect(await page.locator('thb-chat .sos').allTextContents()).toEqual(['Zadzwoń pod 112 teraz']);
    expect(await answer.getAttribute('lang')).toBe('pl-PL');
    expect(await answer.getAttribute('data-local')).toBeNull();
    expect(await page.locator('thb-chat .msg[data-from=bot]').count()).toBe(2);
  });
});

/** Where the 112 button, the answer's first line and the panel's exit are, against what is on screen. */
function layout(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('thb-chat')!.shadowRoot!;
    const box = (selector: string) => root.querySelector(selector)!.getBoundingClientRect();
    const log = box('.log');
    const text = root.querySelector('.msg[data-topic=emergency] .text')!;
    const line = parseFloat(getComputedStyle(text).lineHeight);
    const call = box('.sos');
    const exit = box('.head thb-quick-exit');
    const top = Math.max(0, log.top);
    const bottom = Math.min(innerHeight, log.bottom);
    return {
      callVisible: call.top >= top && call.bottom <= bottom,
      firstLineVisible: text.getBoundingClientRect().top >= top && text.getBoundingClientRect().top + line <= bottom,
      exitVisible: exit.top >= 0 && exit.bottom <= innerHeight && exit.left >= 0 && exit.right <= innerWidth && exit.height >= 44,
      sideways: document.documentElement.scrollWidth > innerWidth,
    };
  });
}

/** The element focus is on, one level into the chat's shadow root. */
const focusedInChat = (page: Page) => page.evaluate(() => document.activeElement?.localName === 'thb-chat');

describe('the answer fits the screen', () => {
  const screens: [string, Partial<PageOptions>][] = [
    ['a phone with its keyboard open (375×400)', { viewport: { width: 375, height: 400 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }],
    ['400 % zoom (320×256 CSS px)', { viewport: { width: 320, height: 256 }, deviceScaleFactor: 4 }],
  ];

  it.each(screens)('on %s: 112 button and first line in view, a real modal, axe clean', async (_, screen) => {
    const { page } = await openChat(screen);
    await page.locator('thb-chat .launcher').click();
    expect(await axeViolations(page, env.pagesUrl)).toEqual([]);
    const dialog = page.getByRole('dialog', { name: 'Questions about trafficking' });
    expect(await dialog.getAttribute('aria-modal')).toBe('true');
    // A conversation already under way: the emergency answer must still come into view.
    for (const question of ['what is trafficking', 'is this chat anonymous?']) {
      await page.locator('thb-chat input').fill(question);
      await page.keyboard.press('Enter');
      await page.locator('thb-chat .typing').waitFor({ state: 'detached' });
    }
    await page.locator('thb-chat input').fill('socorro me están amenazando');
    await page.keyboard.press('Enter');
    await page.locator('thb-chat .typing').waitFor({ state: 'detached' });
    expect(await layout(page)).toEqual({ callVisible: true, firstLineVisible: true, exitVisible: true, sideways: false });
    expect(await axeViolations(page, env.pagesUrl)).toEqual([]);
    // Focus stays inside the dialog, however far one tabs, both ways.
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press('Tab');
      expect(await focusedInChat(page), `Tab ${i + 1}`).toBe(true);
    }
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press('Shift+Tab');
      expect(await focusedInChat(page), `Shift+Tab ${i + 1}`).toBe(true);
    }
    // Escape closes the chat and nothing else.
    const url = page.url();
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(page.url()).toBe(url);
    expect(await page.locator('body > thb-quick-exit button').isVisible()).toBe(true);
  });

  it('lets the panel scroll instead of clipping when even the frame does not fit', async () => {
    const { page } = await openChat({ viewport: { width: 320, height: 150 }, deviceScaleFactor: 4 });
    await page.locator('thb-chat .launcher').click();
    const scrolls = await page.locator('thb-chat .panel').evaluate((panel) => panel.scrollHeight > panel.clientHeight && getComputedStyle(panel).overflowY === 'auto');
    expect(scrolls).toBe(true);
    // The header, with the exit, stays on screen while the panel scrolls to the message field.
    const exit = (await page.locator('thb-chat .head thb-quick-exit').boundingBox())!;
    expect(exit.y).toBeGreaterThanOrEqual(0);
    expect((await page.locator('thb-chat input').boundingBox())!.y).toBeLessThan(150);
  });
});
