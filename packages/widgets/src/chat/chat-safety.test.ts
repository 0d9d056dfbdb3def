/**
 * The chat where safety is at stake: the quick exit, answers whose live data tries to run
 * script, and the failures a visitor must be able to get past (rate limit, no connection).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startEnvironment, type PageOptions, type TestEnvironment } from '../../test/support/environment.ts';
import { HOSTILE_TEXT, HOSTILE_VALUES, hostileEvent, hostileMember, hostileResource } from '../../test/support/hostile.ts';

let env: TestEnvironment;
/** A page of the test server that stands in for the neutral exit site. */
let neutralUrl: string;
beforeAll(async () => {
  // Each page asks as its own client through X-Forwarded-For, which the API trusts only behind a proxy.
  env = await startEnvironment(
    { members: [hostileMember], resources: [hostileResource], events: [hostileEvent(new Date())] },
    { apiEnv: { TRUST_PROXY: '1' } },
  );
  const neutral = await env.open({ body: '<p>Weather in Brussels: sunny.</p>' });
  neutralUrl = neutral.page.url();
  await neutral.page.context().close();
});
afterEach(() => env?.closePages());
afterAll(() => env?.close());

let clients = 0;
const clientAddress = () => `198.51.101.${++clients}`;

function openChat(options: Partial<PageOptions> = {}, address = clientAddress()) {
  return env.open({ body: `<thb-chat exit-url="${neutralUrl}"></thb-chat>`, clientAddress: address, ...options });
}

async function send(page: Page, text: string, answers = 1): Promise<void> {
  if (!(await page.locator('thb-chat .panel').isVisible())) await page.locator('thb-chat .launcher').click();
  await page.locator('thb-chat input').fill(text);
  await page.keyboard.press('Enter');
  await page.locator('thb-chat .msg[data-from=bot]').nth(answers).waitFor();
  await page.locator('thb-chat .typing').waitFor({ state: 'detached' });
}

describe('the quick exit', () => {
  it('replaces the page with the exit page from the button, forgetting the conversation', async () => {
    const { page } = await openChat();
    await send(page, 'is this chat anonymous?');
    const chatUrl = page.url();
    expect(await page.evaluate(() => sessionStorage.length)).toBe(1);
    const left: unknown[] = [];
    await page.exposeFunction('recordExit', (detail: unknown) => left.push(detail));
    await page.evaluate(() => document.addEventListener('thb-exit', (e) => (window as unknown as { recordExit(d: unknown): void }).recordExit((e as CustomEvent).detail)));
    await page.getByRole('button', { name: 'Leave this page quickly' }).click();
    await page.waitForURL(neutralUrl);
    expect(left).toEqual([{ url: neutralUrl }]);
    // Same tab, same origin: the chat's sessionStorage is empty.
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    // Replaced, not added: Back does not lead to the chat page.
    await page.goBack().catch(() => null);
    expect(page.url()).not.toBe(chatUrl);
  });

  it('never leaves on Escape: Escape closes the chat, and only the chat', async () => {
    const { page } = await openChat({ body: `<p><a href="#x">A link of the page</a></p><thb-chat exit-url="${neutralUrl}"></thb-chat>` });
    await page.evaluate(() => document.addEventListener('thb-exit', () => document.body.setAttribute('data-exits', String(Number(document.body.dataset.exits ?? 0) + 1))));
    await page.getByRole('link', { name: 'A link of the page' }).focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('Escape');
    await page.locator('thb-chat .launcher').click();
    await page.locator('thb-chat input').fill('he is hitting');
    for (let i = 0; i < 4; i++) await page.keyboard.press('Escape');
    expect(await page.locator('thb-chat .panel').isVisible()).toBe(false);
    // The widget decides while handling the key, so a count read after the presses is final.
    expect(await page.evaluate(() => document.body.dataset.exits)).toBeUndefined();
    expect(page.url()).not.toBe(neutralUrl);
  });

  it('puts its own quick exit first in the full-screen panel, and Shift three times leaves from the message field', async () => {
    const { page } = await openChat({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });
    await page.locator('thb-chat .launcher').click();
    const exit = page.locator('thb-chat .head thb-quick-exit button');
    expect(await exit.isVisible()).toBe(true);
    expect(await page.locator('body > thb-quick-exit').count()).toBe(1);
    // Focus starts in the message field; past the send button, Tab goes round to the exit, the dialog's first stop.
    const inside = () => page.evaluate(() => document.querySelector('thb-chat')!.shadowRoot!.activeElement?.localName);
    await page.locator('thb-chat input').fill('she took my passport');
    await page.keyboard.press('Tab');
    expect(await inside()).toBe('button');
    await page.keyboard.press('Tab');
    expect(await inside()).toBe('thb-quick-exit');
    await page.locator('thb-chat input').focus();
    const marks = page.locator('thb-chat .head thb-quick-exit .pip[data-on]');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    expect(await marks.count()).toBe(2);
    await page.keyboard.press('Shift');
    await page.waitForURL(neutralUrl);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  });
});

describe('answers from hostile live data', () => {
  it('renders markup and script URLs in answers and cards as inert text', async () => {
    const { page } = await openChat({ csp: false, tamper: HOSTILE_VALUES });
    await send(page, 'I need help in Belgium');
    await send(page, 'hostile trafficking resources', 2);
    await send(page, 'when is the next webinar?', 3);
    // A grace period for an injected handler (an image's onerror) to fire. It can only make this
    // check miss, never fail a correct widget; the count of injected elements below cannot miss.
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string[] }).__pwned)).toBeUndefined();
    const inside = await page.evaluate(() => {
      const root = document.querySelector('thb-chat')!.shadowRoot!;
      return {
        injected: root.querySelectorAll('img, script, iframe, b, [onerror]').length,
        hrefs: [...root.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? ''),
        text: root.textContent,
      };
    });
    expect(inside.injected).toBe(0);
    expect(inside.hrefs.length).toBeGreaterThan(5);
    for (const href of inside.hrefs) expect(href).toMatch(/^(https?:|mailto:|tel:)/);
    expect(inside.text).toContain(HOSTILE_TEXT);
    expect(inside.text).toContain("javascript:window.__pwned=(window.__pwned||[]).concat('href')");
    const card = page.locator('thb-chat .card[data-kind=resource]', { hasText: 'Trafficking hostile' }).first();
    expect(await card.getByRole('link').count()).toBe(0);
  });
});

describe('failures', () => {
  it('asks the visitor to wait when rate limited, and the retry then gets the answer', async () => {
    const address = '203.0.113.77';
    const { page } = await openChat({}, address);
    await page.locator('thb-chat .launcher').click();
    await page.locator('thb-chat input').fill('how can I volunteer');
    // Use up this client's burst right before the widget's message reaches the API. The bucket
    // refills continuously, so a message sent a moment after the last 429 may get through: then
    // drain and send again, until the API's own answer to the widget's message is a 429.
    let retryAfter = 0;
    await page.route('**/v1/chat', async (route) => {
      for (;;) {
        let status = 200;
        while (status === 200) {
          status = (await fetch(`${env.api.url}/v1/chat`, {
            method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': address }, body: '{"text":"hello"}',
          })).status;
        }
        // Page routes run before the environment's, which adds the address: name it here.
        const response = await route.fetch({ headers: { ...route.request().headers(), 'x-forwarded-for': address } });
        if (response.status() !== 429) continue;
        retryAfter = Number(response.headers()['retry-after']);
        return route.fulfill({ response });
      }
    });
    await page.keyboard.press('Enter');
    const failure = page.locator('thb-chat [part~=error]');
    await failure.waitFor();
    await page.unroute('**/v1/chat');
    expect(await failure.getAttribute('role')).toBe('alert');
    expect(await failure.textContent()).toMatch(/Too many messages at once\. Please wait (a moment|\d+ seconds?), then try again\./);
    // Waiting as long as the API said is enough for one more message (a slow machine only waits longer).
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    await page.waitForTimeout(retryAfter * 1000);
    await failure.getByRole('button', { name: 'Try again' }).click();
    const answer = page.locator('thb-chat .msg[data-from=bot]').nth(1);
    await answer.waitFor();
    expect(await answer.getAttribute('data-topic')).toBe('support-the-cause');
    expect(await page.locator('thb-chat .msg[data-from=visitor]').count()).toBe(1);
    expect(await failure.count()).toBe(0);
  });

  it('offers a retry when the chat cannot be reached or fails, which works once it can', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const deadUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const { page } = await openChat({ csp: false, body: `<thb-chat api="${deadUrl}"></thb-chat>` });
    await page.locator('thb-chat .launcher').click();
    await page.locator('thb-chat input').fill('what is trafficking');
    await page.keyboard.press('Enter');
    const failure = page.locator('thb-chat [part~=error]');
    await expect.poll(() => failure.textContent()).toContain('The chat could not be reached. Check your connection and try again.');

    env.switchable.mode = 'fail';
    await page.evaluate((url) => document.querySelector('thb-chat')!.setAttribute('api', url), env.switchable.url);
    await failure.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => failure.textContent()).toContain('Something went wrong on our side. Please try again.');

    await page.evaluate((url) => document.querySelector('thb-chat')!.setAttribute('api', url), env.api.url);
    await failure.getByRole('button', { name: 'Try again' }).click();
    const answer = page.locator('thb-chat .msg[data-from=bot]').nth(1);
    await answer.waitFor();
    expect(await answer.getAttribute('data-topic')).toBe('what-is-trafficking');
    expect(await page.locator('thb-chat .msg[data-from=visitor]').count()).toBe(1);
    env.switchable.mode = 'pass';
  });
});
