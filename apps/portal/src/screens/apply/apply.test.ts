/**
 * Applying to the platform as an organisation would, against the real API (SQLite), a real SMTP
 * inbox and Chromium: no call open (when the last closed, the next opens, "tell me" with its
 * confirm mail); an open call applied to on a 320 px phone by keyboard alone, the mailed status
 * link; a draft saved, continued from its link and submitted; a wrong field shown and focused;
 * axe at 320 and 1280 px, light and dark. Fewer than ten public POSTs, the API's per-client limit.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ParsedMail } from 'mailparser';
import type { Page } from 'playwright';
import { openPortalHarness, SECRETARIAT_EMAIL, type PortalHarness } from '../../../test/support/portal-harness.ts';

let portal: PortalHarness;
beforeAll(async () => {
  portal = await openPortalHarness();
});
afterEach(() => portal.closePages());
afterAll(() => portal?.close());

const DAY = 86_400_000;

/** Creates a call as the secretariat (signed in through the portal, the request sent from its page). */
async function createCall(title: string, opensAt: number, closesAt: number): Promise<string> {
  const { page } = await portal.signIn(SECRETARIAT_EMAIL);
  const body = {
    title: { en: title, de: `${title} (de)` }, text: { en: 'Organisations working against trafficking may apply.' },
    criteria: [{ en: 'Works in an EU country' }], opensAt: new Date(opensAt).toISOString(), closesAt: new Date(closesAt).toISOString(), timeZone: 'Europe/Brussels',
  };
  const answer = await page.evaluate(async (call) => {
    const response = await fetch('/v1/calls', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(call) });
    return { status: response.status, id: ((await response.json()) as { id?: string }).id };
  }, body);
  expect(answer.status).toBe(201);
  await portal.closePages();
  return answer.id!;
}

let openCall: Promise<string> | undefined;
/** The open call the application tests share, made by the first that needs it. */
const callIsOpen = () => (openCall ??= createCall('Call for members 2027', Date.now() - 3_600_000, Date.now() + 30 * DAY));

/** The focused element inside the shadow roots: its id, else `name=value`. */
const focused = (page: Page) => page.evaluate(() => {
  let element = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  if (!element) return '';
  return element.id || `${element.getAttribute('name') ?? element.tagName}=${(element as HTMLInputElement).value ?? ''}`;
});

/** Presses Tab until `target` has the focus. */
async function tabTo(page: Page, target: string): Promise<void> {
  for (let presses = 0; presses < 120; presses += 1) {
    if ((await focused(page)) === target) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target} (at ${await focused(page)})`);
}

const statusLink = (mail: ParsedMail) => {
  const link = /https?:\/\/\S+\/portal\/application\?token=[\w-]+/.exec(mail.text ?? '')?.[0];
  if (!link) throw new Error(`No status link in "${mail.subject}":\n${mail.text}`);
  return link;
};

async function expectAxeClean(path: string, heading: RegExp): Promise<void> {
  for (const width of [320, 1280]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await portal.open(path, { width, colorScheme });
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
      expect(await portal.axe(page), `${path} at ${width} px, ${colorScheme}`).toEqual([]);
    }
  }
  await portal.closePages();
}

describe('applying to the platform', () => {
  it('without an open call says when the last closed and the next opens, and takes a "tell me" address', async () => {
    await createCall('Call 2025', Date.now() - 60 * DAY, Date.now() - 30 * DAY);
    await createCall('Call 2028', Date.now() + 300 * DAY, Date.now() + 330 * DAY);
    await expectAxeClean('/portal/apply', /No call is open/);

    const { page, errors } = await portal.open('/portal/apply', { width: 320 });
    await page.getByText(/The last call closed on .*\(Europe\/Brussels\)/).waitFor();
    await page.getByText(/The next call opens on .*\(Europe\/Brussels\)/).waitFor();
    await page.getByLabel('Your email address').fill('maria@wait.test');
    await page.getByRole('button', { name: 'Tell me' }).click();
    await page.getByText(/Check your mail to confirm/).waitFor();
    const mail = await portal.inbox.next('maria@wait.test');
    const confirm = /https?:\/\/\S+\/v1\/call-subscriptions\/confirm\?\S+/.exec(mail.text ?? '')?.[0];
    expect(confirm, mail.text).toBeTruthy();
    await page.goto(confirm!);
    await page.getByRole('button').click();
    await page.waitForLoadState();
    expect(await page.locator('body').textContent()).not.toMatch(/used|replaced/i);
    expect(errors).toEqual([]);
  });

  it('applies on a phone by keyboard alone; the mailed link shows "submitted"', async () => {
    await callIsOpen();
    await expectAxeClean('/portal/apply', /Call for members 2027/);

    const { page, errors } = await portal.open('/portal/apply', { width: 320 });
    await page.getByRole('heading', { name: 'Call for members 2027', level: 1 }).waitFor();
    await page.getByText(/Applications close on .*\(Europe\/Brussels\)/).waitFor();
    await page.getByText('Works in an EU country').waitFor();

    await tabTo(page, 'f-name');
    await page.keyboard.type('Pro Tukikeskus');
    await tabTo(page, 'f-country');
    await page.keyboard.type('Finland');
    await tabTo(page, 'f-city');
    await page.keyboard.type('Helsinki');
    await page.keyboard.press('Tab');
    expect(Number(await page.locator('#f-lat').inputValue())).toBeCloseTo(60.17, 1);
    await tabTo(page, 'f-scope');
    await page.keyboard.type('national');
    await tabTo(page, 'focus=victim-protection');
    await page.keyboard.press('Space');
    await tabTo(page, 'languages=fi');
    await page.keyboard.press('Space');
    await tabTo(page, 'f-website');
    await page.keyboard.type('https://pro.example.fi/');
    await tabTo(page, 'f-description-en');
    await page.keyboard.type('Pro Tukikeskus supports people who sell sex and victims of trafficking.');
    await tabTo(page, 'f-contact-name');
    await page.keyboard.type('Aino Virtanen');
    await page.keyboard.press('Tab');
    await page.keyboard.type('aino@pro.test');
    await tabTo(page, 'f-consent');
    await page.keyboard.press('Space');
    await tabTo(page, 'status=submitted');
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { name: /your application was submitted/, level: 1 }).waitFor();
    await page.getByText(/We sent a mail to aino@pro.test/).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const link = statusLink(await portal.inbox.next('aino@pro.test'));
    await page.goto(link);
    await page.getByText('Status: submitted, waiting for the secretariat’s decision').waitFor();
    expect(await portal.axe(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('saves a draft, continues it from the mailed link and submits it', async () => {
    await callIsOpen();
    const { page } = await portal.open('/portal/apply', { width: 1280 });
    await page.getByLabel('Name of the organisation *').fill('Draft Verein');
    await page.getByLabel('Name *', { exact: true }).fill('Dora Entwurf');
    await page.getByLabel('Email *', { exact: true }).fill('dora@draft.test');
    await page.getByLabel(/I agree that/).check();
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByRole('heading', { name: 'Your draft was saved', level: 1 }).waitFor();

    await page.goto(statusLink(await portal.inbox.next('dora@draft.test')));
    await page.getByText('Status: draft (not submitted yet)').waitFor();
    expect(await page.getByLabel('Name of the organisation *').inputValue()).toBe('Draft Verein');
    await page.getByLabel('Country *').selectOption('AT');
    await page.getByLabel('City *').fill('Graz');
    await page.getByLabel('Latitude').fill('47.07');
    await page.getByLabel('Longitude').fill('15.44');
    await page.getByLabel('Reach of your work *').selectOption('local');
    await page.getByLabel('Labour exploitation').check();
    await page.getByLabel('German', { exact: true }).check();
    await page.getByLabel('Description (English)').fill('Draft Verein counsels workers exploited in Styria.');
    await page.getByRole('button', { name: 'Submit the application' }).click();
    await page.getByText('Your application was submitted.').waitFor();
    await page.getByText('Status: submitted, waiting for the secretariat’s decision').waitFor();
    await page.reload();
    await page.getByText('Status: submitted, waiting for the secretariat’s decision').waitFor();
    expect(await page.getByRole('button', { name: 'Submit the application' }).count()).toBe(0);
  });

  it('shows a wrong field beside it and moves the focus there', async () => {
    await callIsOpen();
    const { page } = await portal.open('/portal/apply', { width: 320, colorScheme: 'dark' });
    await page.getByLabel('Name of the organisation *').fill('Fehler e.V.');
    await page.getByLabel('Country *').selectOption('DE');
    await page.getByLabel('Latitude').fill('52.52');
    await page.getByLabel('Longitude').fill('13.40');
    await page.getByLabel('Reach of your work *').selectOption('local');
    await page.getByLabel('Victim protection').check();
    await page.getByLabel('German', { exact: true }).check();
    await page.getByLabel('Website').fill('not a web address');
    await page.getByLabel('Description (English)').fill('Counsels victims.');
    await page.getByLabel('Name *', { exact: true }).fill('Frida Fehler');
    await page.getByLabel('Email *', { exact: true }).fill('frida@fehler.test');
    await page.getByLabel(/I agree that/).check();
    await page.getByRole('button', { name: 'Submit the application' }).click();

    await page.getByText(/Some fields need attention: 2/).waitFor();
    await expect.poll(() => focused(page)).toBe('f-city');
    const city = page.getByLabel('City *');
    expect(await city.getAttribute('aria-invalid')).toBe('true');
    expect(await city.getAttribute('aria-describedby')).toContain('e-city');
    await page.locator('#e-city').waitFor();
    expect(await page.getByLabel('Website').getAttribute('aria-invalid')).toBe('true');
    expect(await portal.axe(page)).toEqual([]);
  });

  it('says the status link is missing or unknown', async () => {
    const { page } = await portal.open('/portal/application', { width: 320 });
    await page.getByText(/needs the link from the mail/).waitFor();
    await page.goto(`${portal.api.url}/portal/application?token=${'a'.repeat(43)}`);
    await page.getByText(/does not open an application/).waitFor();
  });
});
