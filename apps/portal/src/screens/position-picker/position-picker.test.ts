/**
 * The position picker in the application form, in Chromium against the built API: a click on
 * the map fills latitude and longitude (within the map's resolution), the arrow keys nudge the
 * pin, typing in the fields moves it, "use the city" still fills the fields and the pin, and axe
 * finds nothing at 320 and 1280 px, light and dark.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { europeMap } from '@thb/widgets/europe-map';
import { openPortalHarness, SECRETARIAT_EMAIL, type PortalHarness } from '../../../test/support/portal-harness.ts';

let portal: PortalHarness;
beforeAll(async () => {
  portal = await openPortalHarness();
  const { page } = await portal.signIn(SECRETARIAT_EMAIL);
  const status = await page.evaluate(async () => (await fetch('/v1/calls', {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      title: { en: 'Call with a map' }, text: { en: 'Apply.' }, criteria: [],
      opensAt: new Date(Date.now() - 3_600_000).toISOString(), closesAt: new Date(Date.now() + 86_400_000 * 30).toISOString(), timeZone: 'Europe/Brussels',
    }),
  })).status);
  expect(status).toBe(201);
  await portal.closePages();
});
afterEach(() => portal.closePages());
afterAll(() => portal?.close());

const position = async (page: Page) => ({ lat: Number(await page.locator('#f-lat').inputValue()), lon: Number(await page.locator('#f-lon').inputValue()) });

/** Clicks the picker where the map draws [lon, lat]. */
async function clickAt(page: Page, lon: number, lat: number): Promise<void> {
  const surface = page.locator('thb-portal-position-picker svg');
  const box = (await surface.boundingBox())!;
  const [x, y] = europeMap.projection.project(lon, lat);
  await surface.click({ position: { x: (x / europeMap.width) * box.width, y: (y / europeMap.height) * box.height } });
}

async function openForm(width: number, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const { page } = await portal.open('/portal/apply', { width, colorScheme });
  await page.getByRole('heading', { name: 'Call with a map', level: 1 }).waitFor();
  await page.locator('thb-portal-position-picker svg').waitFor();
  return page;
}

describe('the position picker', () => {
  it('sets the position from a click or tap on the map', async () => {
    for (const width of [320, 1280]) {
      const page = await openForm(width);
      await page.getByText('No position picked yet.').waitFor();
      await clickAt(page, 13.4, 52.52); // Berlin
      // One CSS pixel of a 320 px map is about 0.2° here.
      await expect.poll(async () => (await position(page)).lat).toBeCloseTo(52.52, 0);
      const { lat, lon } = await position(page);
      expect(Math.abs(lat - 52.52), `lat at ${width} px`).toBeLessThan(0.5);
      expect(Math.abs(lon - 13.4), `lon at ${width} px`).toBeLessThan(0.5);
      await page.getByRole('status').filter({ hasText: `Pin at latitude ${lat}, longitude ${lon}.` }).waitFor();
    }
  });

  it('moves the pin with the arrow keys, and follows typed and city-filled fields', async () => {
    const page = await openForm(1280);
    await page.locator('#f-lat').fill('50');
    await page.locator('#f-lon').fill('4,35');
    await page.getByRole('status').filter({ hasText: 'Pin at latitude 50, longitude 4.35.' }).waitFor();
    await page.getByRole('application', { name: /click or tap the office’s position/ }).focus();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => position(page)).toEqual({ lat: 50.2, lon: 5.25 });
    await page.getByRole('status').filter({ hasText: 'Pin at latitude 50.2, longitude 5.25.' }).waitFor();

    // A known city still fills the position, and the pin goes there.
    await page.locator('#f-country').selectOption('FI');
    await page.locator('#f-city').fill('Helsinki');
    await page.locator('#f-city').press('Tab');
    await page.getByRole('status').filter({ hasText: /Pin at latitude 60\.1\d*, longitude 24\.9/ }).waitFor();
  });

  it('passes axe at 320 and 1280 px, light and dark', async () => {
    for (const width of [320, 1280]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const page = await openForm(width, colorScheme);
        await clickAt(page, 24.94, 60.17);
        await page.getByRole('status').filter({ hasText: 'Pin at latitude' }).waitFor();
        expect([width, colorScheme, await portal.axe(page)]).toEqual([width, colorScheme, []]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      }
    }
  });
});
