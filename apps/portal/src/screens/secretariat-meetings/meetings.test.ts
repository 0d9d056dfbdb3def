/**
 * The meeting screens as the secretariat and an organisation use them, against the built API
 * (SQLite), a real SMTP inbox and Chromium: the secretariat plans a tentative meeting with one
 * place per organisation; an editor registers a participant at 360 px (no sideways scroll),
 * the next goes on the waiting list; the secretariat sees both with their needs, fixes the
 * date (the invitation carries invite.ics) and cancels; axe finds nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { openPortalHarness, SECRETARIAT_EMAIL, type PortalHarness } from '../../../test/support/portal-harness.ts';
import { acceptInvitation, inviteThrough } from '../../../test/support/organisation-owner.ts';

const MEMBER = 'kok-ev';
let portal: PortalHarness;
let secretariat: Page;

beforeAll(async () => {
  portal = await openPortalHarness();
  ({ page: secretariat } = await portal.signIn(SECRETARIAT_EMAIL));
  expect(await inviteThrough(secretariat, MEMBER, 'editor@kok.test', 'editor')).toBe(202);
});
afterAll(() => portal?.close());

async function expectNotice(page: Page, expected: string): Promise<void> {
  const status = page.locator('.notice');
  await status.filter({ hasText: expected }).waitFor({ timeout: 5000 }).catch(() => undefined);
  expect((await status.textContent()) ?? '').toContain(expected);
}

const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

describe('the meeting screens', () => {
  it('plans a meeting; an organisation registers at 360 px; the secretariat sees them, fixes the date and cancels', async () => {
    await secretariat.goto(`${portal.api.url}/portal/secretariat`);
    await secretariat.getByRole('navigation', { name: 'Secretariat' }).getByRole('link', { name: 'Meetings' }).click();
    await secretariat.getByRole('link', { name: 'Plan a new meeting' }).click();
    await secretariat.getByLabel('Title (English)').fill('General assembly 2030');
    await secretariat.getByLabel('Text (English)').fill('The platform meets once a year.');
    await secretariat.getByLabel('Title (German)').fill('Mitgliederversammlung 2030');
    await secretariat.getByLabel('Year', { exact: true }).fill('2030');
    await secretariat.getByRole('combobox', { name: /^Season or month/ }).selectOption('autumn');
    await secretariat.getByLabel('Place', { exact: true }).fill('Brussels');
    await secretariat.getByLabel('Online participation offered').check();
    await secretariat.getByLabel('Places in total').fill('10');
    await secretariat.getByLabel('Places per organisation').fill('1');
    await secretariat.getByRole('button', { name: 'Save the meeting' }).click();
    await expectNotice(secretariat, 'The meeting was saved.');
    await secretariat.waitForURL(/\/portal\/secretariat\/meetings\/[0-9a-f-]{36}$/);
    const meetingId = secretariat.url().split('/').pop()!;
    const listed = (await (await fetch(`${portal.api.url}/v1/meetings`)).json()) as { items: { id: string; tentative: string; capacity: unknown; online: boolean }[] };
    expect(listed.items.find((m) => m.id === meetingId)).toMatchObject({ tentative: '2030-autumn', capacity: { total: 10, perMember: 1 }, online: true });

    // The editor of the organisation, on a phone.
    const { page: editor } = await acceptInvitation(portal, 'editor@kok.test', { width: 360 });
    await editor.getByRole('link', { name: 'Our meetings' }).click();
    await editor.getByRole('heading', { name: 'General assembly 2030' }).waitFor();
    expect(await noSidewaysScroll(editor)).toBeLessThanOrEqual(360);
    await editor.getByText('Register a participant').click();
    await editor.getByLabel('Name', { exact: true }).fill('Amira Haddad');
    await editor.getByLabel('Email', { exact: true }).fill('amira@kok.test');
    await editor.getByLabel('online', { exact: true }).check();
    await editor.getByLabel(/Languages for interpretation/).fill('fr, de');
    await editor.getByLabel(/Accessibility needs/).fill('Step-free access');
    await editor.getByRole('button', { name: 'Register', exact: true }).click();
    await expectNotice(editor, 'Amira Haddad is registered.');
    await editor.getByRole('cell', { name: 'amira@kok.test' }).waitFor();
    expect(await noSidewaysScroll(editor)).toBeLessThanOrEqual(360);
    // The save-the-date, in the participant's first interpretation language.
    expect((await portal.inbox.next('amira@kok.test')).subject).toBe('À noter : General assembly 2030');

    // One place per organisation: the next person waits (the form stays open for them).
    await editor.getByLabel('Name', { exact: true }).fill('Jonas Weber');
    await editor.getByLabel('Email', { exact: true }).fill('jonas@kok.test');
    await editor.getByRole('button', { name: 'Register', exact: true }).click();
    await expectNotice(editor, 'Jonas Weber is on the waiting list.');
    expect((await portal.inbox.next('jonas@kok.test')).subject).toBe('Waiting list: General assembly 2030');
    expect(await noSidewaysScroll(editor)).toBeLessThanOrEqual(360);
    expect(await portal.axe(editor)).toEqual([]);

    // The secretariat sees both, with their needs.
    await secretariat.reload();
    await secretariat.getByRole('cell', { name: 'Step-free access' }).waitFor();
    await secretariat.getByRole('cell', { name: 'jonas@kok.test' }).waitFor();
    expect(await portal.axe(secretariat)).toEqual([]);

    // Fixing the date sends Amira the invitation with invite.ics.
    await secretariat.getByLabel('Starts (date and time) (Europe/Brussels)').fill('2030-10-07T09:00');
    await secretariat.getByLabel('Ends (date and time) (Europe/Brussels)').fill('2030-10-07T17:00');
    await secretariat.getByRole('button', { name: 'Send the invitations with this date' }).click();
    await expectNotice(secretariat, 'The date is set and the invitations are on their way.');
    const invitation = await portal.inbox.next('amira@kok.test');
    expect(invitation.attachments.map((a) => a.contentType)).toContain('text/calendar');
    await secretariat.getByRole('heading', { name: 'Move the date' }).waitFor();

    // The editor cancels Amira: Jonas moves up, with a mail.
    await editor.reload();
    await editor.getByRole('button', { name: 'Cancel the registration of Amira Haddad' }).click();
    await expectNotice(editor, 'The registration of Amira Haddad is cancelled.');
    expect((await portal.inbox.next('jonas@kok.test')).subject).toBe('You have a place: General assembly 2030');

    await secretariat.getByRole('button', { name: 'Cancel the meeting' }).click();
    await secretariat.getByRole('button', { name: 'Yes, cancel the meeting' }).click();
    await expectNotice(secretariat, 'The meeting is cancelled; the participants are told.');
    await secretariat.getByText('This meeting is cancelled.').waitFor();
    // Two people in two browsers, about 30 s alone: more on a busy machine.
  }, 120_000);

  it('passes axe on the secretariat\'s meeting screens at 320 px, light and dark, without sideways scroll', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await secretariat.setViewportSize({ width: 320, height: 900 });
      await secretariat.emulateMedia({ colorScheme });
      for (const path of ['/portal/secretariat/meetings', '/portal/secretariat/meetings/new']) {
        await secretariat.goto(`${portal.api.url}${path}`);
        await secretariat.getByRole('heading', { level: 1 }).waitFor();
        await expect.poll(() => secretariat.getByText('Loading…').count()).toBe(0);
        expect(await portal.axe(secretariat), `${path}, ${colorScheme}`).toEqual([]);
        expect(await noSidewaysScroll(secretariat), `${path}, ${colorScheme}`).toBeLessThanOrEqual(320);
      }
    }
  });
});
