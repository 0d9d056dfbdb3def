import { CHAT_MAX_LENGTH, type ChatResponse } from '@thb/schema';
import type { Page } from 'playwright';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../../test/support/axe.ts';
import { startEnvironment, type PageOptions, type TestEnvironment } from '../../test/support/environment.ts';

let env: TestEnvironment;
beforeAll(async () => {
  // Each page asks as its own client through X-Forwarded-For, which the API trusts only behind a proxy.
  env = await startEnvironment({}, { apiEnv: { TRUST_PROXY: '1' } });
});
afterEach(() => env?.closePages());
afterAll(() => env?.close());

/** Each page and each direct API call asks as its own client, so the chat's rate limit never mixes tests up. */
let clients = 0;
const clientAddress = () => `198.51.100.${++clients}`;

function openChat(options: Partial<PageOptions> = {}) {
  return env.open({ body: '<thb-chat></thb-chat>', clientAddress: clientAddress(), ...options });
}

async function askApi(text: string, locale: string): Promise<ChatResponse> {
  const response = await fetch(`${env.api.url}/v1/chat`, {
    method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': clientAddress() }, body: JSON.stringify({ text, locale }),
  });
  return response.json() as Promise<ChatResponse>;
}

/** The id or class of what has focus inside the chat's shadow root. */
function focused(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    const inner = document.querySelector('thb-chat')?.shadowRoot?.activeElement;
    return document.activeElement?.localName === 'thb-chat' ? inner?.id || inner?.className : undefined;
  });
}

/** Opens the panel with the launcher and sends a message; resolves with the bot's answer element. */
async function ask(page: Page, text: string, answers = 1) {
  const panel = page.locator('thb-chat .panel');
  if (!(await panel.isVisible())) await page.locator('thb-chat .launcher').click();
  await page.locator('thb-chat input').fill(text);
  await page.keyboard.press('Enter');
  // The welcome message is the first bot message.
  const answer = page.locator('thb-chat .msg[data-from=bot]').nth(answers);
  await answer.waitFor();
  // An emergency is answered by the chat itself at once: wait for the API's answer too.
  await page.locator('thb-chat .typing').waitFor({ state: 'detached' });
  return answer;
}

describe('<thb-chat>', () => {
  it('opens and closes by keyboard, moving focus into the panel and back to the launcher', async () => {
    const { page, errors } = await openChat();
    await page.locator('thb-chat .launcher').waitFor();
    expect(await page.locator('thb-chat .panel').isVisible()).toBe(false);
    // The quick exit the chat put on the page comes first, the launcher next.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('thb-quick-exit');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('launcher');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('message');
    expect(await page.locator('thb-chat .panel').isVisible()).toBe(true);
    expect(await page.locator('thb-chat .launcher').getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByRole('dialog', { name: 'Questions about trafficking' }).isVisible()).toBe(true);
    // On a desktop the panel floats beside the page: a dialog, but not a modal one.
    expect(await page.locator('thb-chat .panel').getAttribute('aria-modal')).toBeNull();
    expect(await page.locator('thb-chat input').getAttribute('maxlength')).toBe(String(CHAT_MAX_LENGTH));
    // The welcome says what the bot can help with; its chips are ready.
    expect(await page.locator('thb-chat #welcome').textContent()).toContain('where victims get help');
    expect(await page.locator('thb-chat .chips button').allTextContents()).toEqual([
      'Where can I get help?', 'What is human trafficking?', 'When is the next event?', 'Is this chat anonymous?',
    ]);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('thb-chat .panel').isVisible()).toBe(false);
    expect(await focused(page)).toBe('launcher');
    expect(await page.locator('thb-chat .launcher').getAttribute('aria-expanded')).toBe('false');
    expect(errors).toEqual([]);
  });

  it('answers "when is the next meeting?" with the API’s answer and the events as cards', async () => {
    const { page, errors } = await openChat();
    const expected = await askApi('when is the next meeting?', 'en');
    const answer = await ask(page, 'when is the next meeting?');
    expect(await answer.getAttribute('data-topic')).toBe('next-event');
    expect(await answer.locator('.text').textContent()).toBe(expected.text);
    const cards = answer.locator('.card[data-kind=event] .card-title');
    expect(await cards.allTextContents()).toEqual(expected.items!.map((item) => item.kind === 'event' && item.event.title));
    expect(await answer.locator('.card time').first().textContent()).toBe(`Autumn ${new Date().getUTCFullYear() + 1}`);
    expect(await answer.getByRole('link', { name: /Add to calendar/ }).first().getAttribute('href')).toMatch(/\/v1\/events\/[\w-]+\.ics$/);
    expect(await page.locator('thb-chat .msg[data-from=visitor]').textContent()).toContain('when is the next meeting?');
    // The reply's suggestions replace the welcome chips.
    expect(await page.locator('thb-chat .chips button').allTextContents()).toEqual(expected.suggestions.map((s) => s.label));
    expect(errors).toEqual([]);
  });

  it('speaks the page’s language and sends it with each message; a `lang` attribute wins', async () => {
    const { page } = await openChat({ lang: 'de' });
    expect(await page.locator('thb-chat .launcher').textContent()).toContain('Chat: fragen Sie uns');
    const request = page.waitForRequest((r) => r.url().endsWith('/v1/chat') && r.method() === 'POST');
    const answer = await ask(page, 'Wann ist das nächste Treffen?');
    expect((await request).postDataJSON()).toEqual({ text: 'Wann ist das nächste Treffen?', locale: 'de' });
    expect(await answer.getAttribute('data-topic')).toBe('next-event');
    expect(await answer.getAttribute('lang')).toBe('de');
    expect(await answer.locator('.text').textContent()).toBe((await askApi('Wann ist das nächste Treffen?', 'de')).text);
    expect(await answer.locator('.card time').first().textContent()).toBe(`Herbst ${new Date().getUTCFullYear() + 1}`);

    const french = await openChat({ body: '<thb-chat lang="fr-BE"></thb-chat>' });
    const sent = french.page.waitForRequest((r) => r.url().endsWith('/v1/chat') && r.method() === 'POST');
    await ask(french.page, 'comment adhérer à la plateforme');
    expect((await sent).postDataJSON()).toEqual({ text: 'comment adhérer à la plateforme', locale: 'fr-BE' });
    expect(await french.page.getByRole('button', { name: 'Quitter vite cette page' }).count()).toBe(1);
  });

  it('puts the emergency answer first and big, with 112 as a tel: link', async () => {
    const { page } = await openChat();
    const answer = await ask(page, 'help he is locked me in the room');
    expect(await answer.getAttribute('data-topic')).toBe('emergency');
    const call = answer.locator('.sos');
    expect(await call.getAttribute('href')).toBe('tel:112');
    expect(await call.textContent()).toBe('Call 112');
    // The server's answer took the place of the chat's own: one 112 button, not two.
    expect(await page.locator('thb-chat .sos').count()).toBe(1);
    expect(await answer.getAttribute('data-local')).toBeNull();
    const [big, body] = await Promise.all([call, answer.locator('.text')].map((l) => l.evaluate((e) => parseFloat(getComputedStyle(e).fontSize))));
    expect(big).toBeGreaterThan(1.4 * body!);
    // In the text and the hotline cards, numbers are tel: links too.
    expect(await answer.locator('.text a[href="tel:112"]').first().textContent()).toBe('112');
    expect(await answer.locator('.card a.tel').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toContain('tel:116000');
  });

  it('sends a suggestion chip’s label, by mouse or keyboard, and keeps focus in the panel', async () => {
    const { page } = await openChat();
    await page.locator('thb-chat .launcher').click();
    await page.locator('thb-chat .chips button', { hasText: 'Where can I get help?' }).click();
    const first = page.locator('thb-chat .msg[data-from=bot]').nth(1);
    await first.waitFor();
    expect(await page.locator('thb-chat .msg[data-from=visitor] .text').textContent()).toBe('Where can I get help?');
    expect(await first.getAttribute('data-topic')).toBe('get-help');
    expect(await focused(page)).toBe('message');
    const chip = page.locator('thb-chat .chips button').first();
    const [topic, label] = [await chip.getAttribute('data-topic'), await chip.textContent()];
    await chip.focus();
    await page.keyboard.press('Enter');
    const second = page.locator('thb-chat .msg[data-from=bot]').nth(2);
    await second.waitFor();
    expect(await page.locator('thb-chat .msg[data-from=visitor] .text').nth(1).textContent()).toBe(label);
    expect(await second.getAttribute('data-topic')).toBe(topic);
  });

  it('shows a typing indicator while waiting, still under reduced motion', async () => {
    env.switchable.mode = 'hang';
    const dots = async (reducedMotion: 'reduce' | 'no-preference') => {
      const { page } = await openChat({ body: `<thb-chat api="${env.switchable.url}"></thb-chat>`, reducedMotion });
      await page.locator('thb-chat .launcher').click();
      await page.locator('thb-chat input').fill('hello');
      await page.keyboard.press('Enter');
      const typing = page.getByRole('status').filter({ hasText: 'The assistant is writing…' });
      await typing.waitFor();
      return typing.locator('.dot').first().evaluate((dot) => getComputedStyle(dot).animationName);
    };
    expect(await dots('no-preference')).toBe('blink');
    expect(await dots('reduce')).toBe('none');
    env.switchable.mode = 'pass';
  });

  it('keeps the conversation for this tab only: across reloads, never in localStorage or cookies', async () => {
    const { page } = await openChat();
    await ask(page, 'is this chat anonymous?');
    await page.reload();
    await page.locator('thb-chat .launcher').click();
    await page.locator('thb-chat #welcome').waitFor();
    expect(await page.locator('thb-chat .msg[data-from=bot][data-topic=privacy]').count()).toBe(1);
    expect(await page.evaluate(() => [localStorage.length, document.cookie])).toEqual([0, '']);
    // A new tab of the same browser starts afresh.
    const other = await page.context().newPage();
    await other.goto(page.url());
    await other.locator('thb-chat .launcher').click();
    await other.locator('thb-chat #welcome').waitFor();
    expect(await other.locator('thb-chat .msg').count()).toBe(1);
  });

  it('goes full-screen on a 320 px phone without sideways scrolling, and floats on a desktop', async () => {
    const { page } = await openChat({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
    await page.locator('thb-chat .launcher').click();
    await ask(page, 'what is trafficking');
    expect(await page.locator('thb-chat .panel').boundingBox()).toEqual({ x: 0, y: 0, width: 320, height: 640 });
    expect(await page.locator('thb-chat .launcher').isVisible()).toBe(false);
    expect(await page.locator('thb-chat .log').evaluate((log) => log.scrollWidth <= log.clientWidth)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.locator('thb-chat .close').click();
    expect(await page.locator('thb-chat .launcher').isVisible()).toBe(true);

    const desktop = await openChat();
    await desktop.page.locator('thb-chat .launcher').click();
    const box = (await desktop.page.locator('thb-chat .panel').boundingBox())!;
    expect(box.width).toBeLessThan(500);
    expect(box.x + box.width).toBeGreaterThan(1100);
  });

  it('passes axe closed, open, with answers, and in dark mode', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, errors } = await openChat({ colorScheme });
      await page.locator('thb-chat .launcher').waitFor();
      expect(await axeViolations(page, env.pagesUrl)).toEqual([]);
      await page.locator('thb-chat .launcher').click();
      expect(await axeViolations(page, env.pagesUrl)).toEqual([]);
      await ask(page, 'help he is locked me in the room');
      await ask(page, 'when is the next meeting?', 2);
      await ask(page, 'Welche Mitglieder gibt es in Deutschland?', 3);
      expect(await axeViolations(page, env.pagesUrl)).toEqual([]);
      expect(errors).toEqual([]);
    }
    const themed = await openChat({ body: '<thb-chat theme="dark" open></thb-chat>' });
    await themed.page.locator('thb-chat .panel').waitFor();
    expect(await themed.page.locator('thb-chat .panel').evaluate((panel) => getComputedStyle(panel).backgroundColor)).toBe('rgb(13, 17, 23)');
    expect(await axeViolations(themed.page, env.pagesUrl)).toEqual([]);
  });

  it('works under the strict CSP and looks the same on a page whose CSS is hostile', async () => {
    const probe = async (hostileCss: boolean) => {
      const { page, errors, requests } = await openChat({ hostileCss });
      await ask(page, 'help he is locked me in the room');
      const styles = await page.evaluate(() => {
        const root = document.querySelector('thb-chat')!.shadowRoot!;
        const probes: [string, string[]][] = [
          ['.launcher', ['position', 'fontSize', 'fontFamily', 'textTransform', 'letterSpacing', 'backgroundColor']],
          ['.panel', ['position', 'display', 'width', 'height', 'boxSizing']],
          ['.msg[data-from=bot]', ['display', 'paddingLeft', 'lineHeight', 'textTransform', 'float', 'color']],
          ['.sos', ['display', 'fontSize', 'backgroundColor']],
          ['.chips button', ['display', 'borderTopLeftRadius', 'paddingLeft']],
          ['input', ['display', 'fontSize', 'borderTopWidth']],
        ];
        return probes.map(([selector, properties]) => {
          const style = getComputedStyle(root.querySelector(selector)!) as unknown as Record<string, string>;
          return [selector, Object.fromEntries(properties.map((p) => [p, style[p]]))];
        });
      });
      return { styles, errors, origins: new Set(requests.map((url) => new URL(url).origin)) };
    };
    const clean = await probe(false);
    const hostile = await probe(true);
    expect(hostile.styles).toEqual(clean.styles);
    expect(clean.errors).toEqual([]);
    expect(hostile.errors).toEqual([]);
    expect(clean.origins).toEqual(new Set([env.pagesUrl, env.api.url]));
  });
});
