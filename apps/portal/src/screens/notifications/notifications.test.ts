/**
 * "Notifications" as a member uses it, against the built API (SQLite), a real SMTP inbox and
 * Chromium on a 360 px phone: the mails' link (`/portal/#/notifications`) opens it; by keyboard,
 * announcements are turned off and events narrowed to Germany weekly, saved with PUT and said in
 * the live region; the choices are what a reload and the API show; a kind turned off by the
 * unsubscribe link's own store call is named as off. axe light and dark.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { openPostgresStore } from '@thb/store/postgres';
import { openSqliteStore } from '@thb/store/sqlite';
import { createNotifications } from '@thb/store/notifications';
import { openPortalHarness, type PortalHarness } from '../../../test/support/portal-harness.ts';

const PERSON = 'reader@ngo.test';

let portal: PortalHarness;
let page: Page;
beforeAll(async () => {
  portal = await openPortalHarness();
  page = (await portal.signIn(PERSON, { width: 360 })).page;
});
afterAll(() => portal?.close());

/** The focused element inside shadow roots: its role-ish description. */
const focused = (p: Page) => p.evaluate(() => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (!active) return '';
  const input = active as HTMLInputElement;
  return active.localName === 'input' ? `${input.type}:${input.name}:${input.value}` : `${active.localName}:${active.textContent?.trim() ?? ''}`;
});

/** Presses Tab until `wanted` has the focus (at most `limit` times). */
async function tabTo(p: Page, wanted: string, limit = 30): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await p.keyboard.press('Tab');
    if ((await focused(p)) === wanted) return;
  }
  throw new Error(`Tab never reached ${wanted}; last ${await focused(p)}`);
}

const settings = () => page.evaluate(async () => (await fetch('/v1/me/notifications')).json()) as Promise<{
  language: string; kinds: Record<string, { cadence: string; countries: string[]; focusAreas: string[] }>;
}>;

describe('the notifications screen', () => {
  it('opens from the mails’ link, saves by keyboard, and keeps the choices across a reload', async () => {
    // A new page load, as from a mail (another path first), then the same link within the open portal.
    await page.goto(`${portal.api.url}/portal/news`);
    await page.getByRole('heading', { name: 'News', level: 1 }).waitFor();
    await page.goto(`${portal.api.url}/portal/#/notifications`);
    await page.getByRole('heading', { name: 'Notifications', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/portal/notifications');
    await page.goto(`${portal.api.url}/portal/`);
    await page.getByRole('heading', { name: 'Welcome', level: 1 }).waitFor();
    await page.goto(`${portal.api.url}/portal/#/notifications`);
    await page.getByRole('heading', { name: 'Notifications', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/portal/notifications');
    const announcements = page.getByRole('group', { name: 'Announcements of the secretariat' });
    const events = page.getByRole('group', { name: 'New events' });
    // Nothing stored: a daily digest of everything.
    await announcements.getByRole('radio', { name: 'Daily digest' }).waitFor();
    for (const kind of ['Announcements of the secretariat', 'New events', 'New resources']) {
      expect(await page.getByRole('group', { name: kind }).getByRole('radio', { name: 'Daily digest' }).isChecked()).toBe(true);
    }
    expect(await page.getByText('You get no mail about').count()).toBe(0);
    expect(await portal.axe(page)).toEqual([]);

    // Keyboard only: into the first radio group, arrows to "Off"; events: weekly, filters opened, Germany.
    await page.getByRole('link', { name: 'Read the announcements for your organisation' }).focus();
    await tabTo(page, 'radio:cadence-announcements:daily');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toBe('radio:cadence-announcements:off');
    await tabTo(page, 'radio:cadence-events:daily');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toBe('radio:cadence-events:weekly');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('summary:Only about some countries or focus areas (0 chosen)');
    await page.keyboard.press('Enter');
    await events.getByRole('checkbox', { name: 'Germany' }).focus();
    await page.keyboard.press('Space');
    await page.getByLabel('Language of the mails').selectOption('de');
    await page.getByRole('button', { name: 'Save my choices' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Saved. Your choices apply from the next mail.' }).waitFor();
    await page.getByText('You get no mail about: Announcements of the secretariat.').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    const stored = await settings();
    expect(stored.language).toBe('de');
    expect(stored.kinds.announcements?.cadence).toBe('off');
    expect(stored.kinds.events).toEqual({ cadence: 'weekly', countries: ['DE'], focusAreas: [] });
    expect(stored.kinds.resources?.cadence).toBe('daily');

    // Another visit shows what is stored.
    await page.reload();
    await announcements.getByRole('radio', { name: 'Off' }).waitFor();
    expect(await announcements.getByRole('radio', { name: 'Off' }).isChecked()).toBe(true);
    expect(await events.getByRole('radio', { name: 'Weekly digest' }).isChecked()).toBe(true);
    expect(await events.getByText('Only about some countries or focus areas (1 chosen)').isVisible()).toBe(true);
    expect(await events.getByRole('checkbox', { name: 'Germany' }).isChecked()).toBe(true);
    expect(await page.getByLabel('Language of the mails').inputValue()).toBe('de');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await portal.axe(page)).toEqual([]);
    // On a desktop, in French, as well (and News, without announcements).
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('banner').getByLabel('Language').selectOption('fr');
    await page.getByRole('heading', { name: 'Notifications', level: 1 }).waitFor();
    await page.getByRole('group', { name: 'Annonces du secrétariat' }).getByRole('radio', { name: 'Désactivé' }).waitFor();
    expect(await portal.axe(page)).toEqual([]);
    await page.getByRole('link', { name: 'Lire les annonces pour votre organisation' }).click();
    await page.getByText('Aucune annonce pour votre organisation pour l’instant.').waitFor();
    expect(await portal.axe(page)).toEqual([]);
    await page.getByRole('banner').getByLabel('Langue').selectOption('en');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 360, height: 900 });
  });

  it('names the kinds a mail’s unsubscribe link turned off', async () => {
    const me = (await page.evaluate(async () => (await fetch('/v1/me')).json())) as { id: string };
    // The store call the one-click unsubscribe route makes, on the API's own database.
    const store = portal.backend === 'PostgreSQL'
      ? await openPostgresStore({ connectionString: portal.databaseFile, poolSize: 1 })
      : await openSqliteStore({ file: portal.databaseFile });
    try {
      const notifications = createNotifications(store.db);
      for (const kind of ['announcements', 'members', 'resources', 'events', 'reviews'] as const) {
        expect(await notifications.turnOff(me.id, kind)).toBe(true);
      }
    } finally {
      await store.close();
    }
    await page.goto(`${portal.api.url}/portal/`);
    await page.getByRole('link', { name: 'Notifications: which mails you get' }).click();
    await page.getByText('You get no mail from the platform: every kind is off.').waitFor();
    expect(await page.getByRole('group', { name: 'New resources' }).getByRole('radio', { name: 'Off' }).isChecked()).toBe(true);
    // Choosing a frequency again is saved like any other choice.
    await page.getByRole('group', { name: 'New resources' }).getByRole('radio', { name: 'Immediately' }).check();
    await page.getByRole('button', { name: 'Save my choices' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await page.getByText('You get no mail about: Announcements of the secretariat, New events, New and changed member organisations, and Decisions on what your organisation proposed.').waitFor();
    expect((await settings()).kinds.resources?.cadence).toBe('immediate');
  });
});
