/**
 * "Our webhooks" as an organisation's owner uses it, against the built API (SQLite) and Chromium,
 * with a local receiver the operator setting allows: an added endpoint's secret is shown once,
 * an edit of the entry arrives signed with it and shows in the endpoint's last deliveries; pausing,
 * enabling, a new secret and deleting after confirming; a private address is refused in the API's
 * words; an editor cannot manage webhooks. axe at 360 and 1280 px, light and dark, no sideways scroll.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { openPortalHarness, SECRETARIAT_EMAIL, type PortalHarness } from '../../../test/support/portal-harness.ts';
import { acceptInvitation, inviteThrough } from '../../../test/support/organisation-owner.ts';
import { startWebhookReceiver, verifySignature, type WebhookReceiver } from '../../../test/support/webhook-receiver.ts';

const MEMBER = 'kok-ev';
const HOOKS = `/portal/organisations/${MEMBER}/webhooks`;
let portal: PortalHarness;
let receiver: WebhookReceiver;
let owner: Page;
let hookUrl = '';

beforeAll(async () => {
  receiver = await startWebhookReceiver();
  hookUrl = `http://127.0.0.1:${receiver.port}/thb`;
  portal = await openPortalHarness({ env: { WEBHOOK_ALLOW_HOSTS: `127.0.0.1:${receiver.port}`, WEBHOOK_POLL_SECONDS: '1' } });
  const secretariat = await portal.signIn(SECRETARIAT_EMAIL);
  expect(await inviteThrough(secretariat.page, MEMBER, 'owner@kok.test', 'owner')).toBe(202);
  ({ page: owner } = await acceptInvitation(portal, 'owner@kok.test'));
});
afterAll(async () => {
  await portal?.close();
  await receiver?.close();
});

/** Waits for the notice line to say `expected` (it keeps the previous outcome until the next answer). */
async function expectNotice(page: Page, expected: string | RegExp): Promise<void> {
  const status = page.locator('.notice');
  await status.filter({ hasText: expected }).waitFor({ timeout: 5000 }).catch(() => undefined);
  const text = (await status.textContent()) ?? '';
  if (typeof expected === 'string') expect(text).toContain(expected);
  else expect(text).toMatch(expected);
}

/** Every axe run of the page at a phone's and a desktop's width, in both schemes; no sideways scroll on the phone. */
async function axeEverywhere(page: Page): Promise<void> {
  for (const width of [360, 1280]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme });
      expect(await portal.axe(page), `${width} px ${colorScheme}`).toEqual([]);
      if (width === 360) expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    }
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
}

/** The owner edits the entry in the portal's session, as the entry screen would. */
async function editEntry(page: Page, text: string): Promise<number> {
  return page.evaluate(async ({ member, text }) => (await fetch(`/v1/members/${member}`, {
    method: 'PATCH', headers: { 'content-type': 'application/merge-patch+json', 'if-match': '*' }, body: JSON.stringify({ description: { en: text } }),
  })).status, { member: MEMBER, text });
}

const focusedId = (page: Page) => page.evaluate(() => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active?.id;
});

describe('our webhooks', () => {
  it('adds an endpoint whose secret is shown once and signs the deliveries that then show in its log', async () => {
    await owner.goto(`${portal.api.url}/portal/`);
    await owner.getByRole('link', { name: 'Our webhooks' }).click();
    await owner.getByRole('heading', { name: /Our webhooks/, level: 1 }).waitFor();
    await owner.getByText('No webhook yet.').waitFor();
    await axeEverywhere(owner);

    // An address and at least one kind are needed; each error belongs to its field.
    await owner.getByRole('button', { name: 'Add the webhook' }).click();
    await owner.getByText('Give an address starting with https://.').waitFor();
    await owner.getByText('Choose at least one thing to send.').waitFor();
    expect(await owner.getByLabel('Address (https)').getAttribute('aria-describedby')).toBe('hook-url-hint hook-url-error');
    expect(await focusedId(owner)).toBe('hook-url');

    // A private address is refused by the API, in its words.
    await owner.getByLabel('Address (https)').fill('https://10.0.0.7/hooks');
    await owner.getByLabel('A member’s entry changes').check();
    await owner.getByRole('button', { name: 'Add the webhook' }).click();
    await expectNotice(owner, /10\.0\.0\.7 is not a public address/);
    await owner.getByText('No webhook yet.').waitFor();

    await owner.getByLabel('Address (https)').fill(hookUrl);
    await owner.getByRole('button', { name: 'Add the webhook' }).click();
    await expectNotice(owner, `The webhook to ${hookUrl} was added. Copy its secret now.`);
    await owner.getByText('Copy and store this secret in your system now: it will not be shown again.', { exact: false }).waitFor();
    const secret = await owner.getByLabel(`Secret of the webhook to ${hookUrl}`).inputValue();
    expect(secret).toMatch(/^whsec_/);
    expect(await focusedId(owner)).toBe('new-secret');
    await owner.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await owner.getByRole('button', { name: 'Copy the secret' }).click();
    await expectNotice(owner, 'The secret was copied.');
    expect(await owner.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    const item = owner.getByRole('listitem', { name: hookUrl });
    expect(await item.textContent()).toContain('Active');
    expect(await item.textContent()).toContain('Nothing sent yet.');
    await axeEverywhere(owner);

    expect(await editEntry(owner, 'Berlin-Wedding')).toBeLessThan(300);
    const [message] = await receiver.waitFor(1);
    expect(message!.path).toBe('/thb');
    expect(verifySignature(message!, secret)).toBe(true);
    expect(verifySignature({ ...message!, body: message!.body.replace('Wedding', 'Moabit') }, secret)).toBe(false);
    expect(JSON.parse(message!.body)).toMatchObject({ type: 'member.changed', data: { id: MEMBER, record: { description: { en: 'Berlin-Wedding' } } } });

    await owner.reload();
    await owner.getByRole('listitem', { name: hookUrl }).getByText('Delivered (HTTP 204)').waitFor();
    // Shown once: after reloading, the secret is nowhere on the page.
    expect(await owner.getByLabel(/Secret of the webhook/).count()).toBe(0);
    expect(await owner.content()).not.toContain(secret);
    expect(await owner.getByRole('listitem', { name: hookUrl }).getByText('A member’s entry changes').count()).toBe(2);
    await axeEverywhere(owner);
  });

  it('pauses and enables the endpoint, makes a new secret and deletes it after confirming', async () => {
    const item = owner.getByRole('listitem', { name: hookUrl });
    await owner.getByRole('button', { name: `Pause the webhook to ${hookUrl}` }).click();
    await expectNotice(owner, `The webhook to ${hookUrl} is paused.`);
    await item.getByText('Paused').waitFor();
    expect(await editEntry(owner, 'Berlin-Moabit')).toBeLessThan(300);
    await owner.getByRole('button', { name: `Enable the webhook to ${hookUrl}` }).click();
    await expectNotice(owner, `The webhook to ${hookUrl} is enabled again.`);
    await item.getByText('Active').waitFor();
    // Nothing was queued while it was paused.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(receiver.received).toHaveLength(1);

    await owner.getByRole('button', { name: `Make a new secret for the webhook to ${hookUrl}` }).click();
    await expectNotice(owner, `The webhook to ${hookUrl} has a new secret.`);
    const secret = await owner.getByLabel(`Secret of the webhook to ${hookUrl}`).inputValue();
    expect(await editEntry(owner, 'Berlin-Pankow')).toBeLessThan(300);
    const [, second] = await receiver.waitFor(2);
    expect(verifySignature(second!, secret)).toBe(true);
    await owner.getByRole('button', { name: 'I have stored the secret' }).click();

    await owner.getByRole('button', { name: `Delete the webhook to ${hookUrl}` }).click();
    await owner.getByText(`Delete the webhook to ${hookUrl}? Its log goes with it and nothing more is sent there.`).waitFor();
    await axeEverywhere(owner);
    await owner.getByRole('button', { name: 'Yes, delete it' }).click();
    await expectNotice(owner, `The webhook to ${hookUrl} was deleted.`);
    await owner.getByText('No webhook yet.').waitFor();
  });

  it('speaks German and French too', async () => {
    await owner.getByLabel('Language').selectOption('de');
    await owner.getByRole('heading', { name: /Unsere Webhooks/, level: 1 }).waitFor();
    await owner.getByLabel('Eine Veranstaltung wird abgesagt').waitFor();
    await owner.getByLabel('Sprache').selectOption('fr');
    await owner.getByRole('button', { name: 'Ajouter le webhook' }).waitFor();
    await owner.getByLabel('Langue').selectOption('en');
    await owner.getByText('No webhook yet.').waitFor();
  });

  it('shows an editor that only the owners manage webhooks, and the API refuses them', async () => {
    expect(await inviteThrough(owner, MEMBER, 'eddie@kok.test', 'editor')).toBe(202);
    const { page: eddie } = await acceptInvitation(portal, 'eddie@kok.test');
    await eddie.goto(`${portal.api.url}${HOOKS}`);
    await eddie.getByText('Only the organisation’s owners can manage its webhooks.').waitFor();
    expect(await eddie.getByRole('button', { name: 'Add the webhook' }).count()).toBe(0);
    const status = await eddie.evaluate(async (path) => (await fetch(path, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ url: 'https://hooks.example.org/x', eventKinds: ['member.changed'] }),
    })).status, `/v1/organisations/${MEMBER}/webhooks`);
    expect(status).toBe(403);
    expect(await portal.axe(eddie)).toEqual([]);
    // The overview links an editor to the organisation's content, not to its webhooks.
    await eddie.goto(`${portal.api.url}/portal/`);
    await eddie.getByRole('link', { name: 'Our resources' }).waitFor();
    expect(await eddie.getByRole('link', { name: 'Our webhooks' }).count()).toBe(0);
  });
});
