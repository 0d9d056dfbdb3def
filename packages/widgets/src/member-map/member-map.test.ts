/** <thb-member-map> in Chromium against the real API and demo data. */
import type { Member, MemberPage } from '@thb/schema';
import type { Page } from 'playwright';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../../test/support/axe.ts';
import { startEnvironment, type TestEnvironment } from '../../test/support/environment.ts';
import { newMember } from '../../test/support/fixtures.ts';

const twins = ['a', 'b'].map((suffix): Member => ({
  ...newMember(`twin-office-${suffix}`, `Twin Office ${suffix.toUpperCase()}`),
  city: 'Luxembourg', country: 'LU', coordinates: { lat: 49.6116, lon: 6.1319 },
}));

let env: TestEnvironment;
beforeAll(async () => {
  env = await startEnvironment({ members: twins });
});
afterEach(() => env?.closePages());
afterAll(() => env?.close());

async function apiMembers(query = ''): Promise<MemberPage> {
  return (await fetch(`${env.api.url}/v1/members?lang=en&pageSize=100&${query}`)).json() as Promise<MemberPage>;
}

const map = (page: Page) => page.locator('thb-member-map');
const markerCounts = (page: Page) =>
  map(page).locator('.marker').evaluateAll((nodes) => nodes.map((n) => Number(n.querySelector('text')?.textContent ?? 1)));
const listNames = (page: Page) =>
  map(page).locator('.row .name').evaluateAll((nodes) => nodes.map((n) => n.textContent.replace(n.querySelector('.muted')?.textContent ?? '', '').trim()));

async function openMap(options: Parameters<TestEnvironment['open']>[0] = { body: '<thb-member-map></thb-member-map>' }) {
  const opened = await env.open(options);
  await map(opened.page).locator('.marker').first().waitFor();
  // The list follows the markers a frame later; tests start from the complete map.
  await map(opened.page).locator('.row').first().waitFor();
  return opened;
}

describe('<thb-member-map>', () => {
  it('draws Europe, clusters every member and lists them with their last update', async () => {
    const { page, errors } = await openMap();
    const { total } = await apiMembers();
    expect((await markerCounts(page)).reduce((a, b) => a + b, 0)).toBe(total);
    const cluster = map(page).locator('.marker.cluster').first();
    expect(await cluster.getAttribute('aria-label')).toMatch(/^\d+ organisations$/);
    expect((await map(page).locator('.land path').getAttribute('d'))!.length).toBeGreaterThan(30_000);
    expect(await map(page).locator('.list-head').textContent()).toContain(`${total} organisations`);
    expect(await map(page).locator('.row').count()).toBe(25);
    expect(await map(page).locator('.row').first().textContent()).toMatch(/Updated \d{1,2} \w{3} \d{4}/);
    expect(errors).toEqual([]);
  });

  it('zooms with + and -, pans with the arrow keys and opens clusters with Enter', async () => {
    const { page } = await openMap();
    const surface = map(page).locator('svg.surface');
    const viewport = map(page).locator('g.viewport');
    await surface.focus();
    const before = await markerCounts(page);
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await expect.poll(() => markerCounts(page)).not.toEqual(before);
    const zoomed = await viewport.getAttribute('transform');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => viewport.getAttribute('transform')).not.toBe(zoomed);
    await page.keyboard.press('0');
    await expect.poll(() => markerCounts(page)).toEqual(before);
    // Tab from the map reaches the markers; Enter on a cluster zooms into it.
    await page.keyboard.press('Tab');
    const focused = () => page.evaluate(() => document.querySelector('thb-member-map')!.shadowRoot!.activeElement?.getAttribute('aria-label'));
    while (!/organisations$/.test((await focused()) ?? '')) await page.keyboard.press('Tab');
    const transform = await viewport.getAttribute('transform');
    await page.keyboard.press('Enter');
    await expect.poll(() => viewport.getAttribute('transform')).not.toBe(transform);
  });

  it('keeps focus on a marker while the map pans under it', async () => {
    const { page } = await openMap();
    const viewport = map(page).locator('g.viewport');
    const before = await viewport.getAttribute('transform');
    // The marker nearest the centre stays in view when the map moves by one arrow-key step.
    await page.evaluate(() => {
      const root = document.querySelector('thb-member-map')!.shadowRoot!;
      const frame = root.querySelector('svg.surface')!.getBoundingClientRect();
      const [nearest] = [...root.querySelectorAll<SVGGElement>('.marker')]
        .map((marker) => [marker, marker.getBoundingClientRect()] as const)
        .map(([marker, box]) => [marker, Math.hypot(box.x + box.width / 2 - frame.x - frame.width / 2, box.y + box.height / 2 - frame.y - frame.height / 2)] as const)
        .sort((a, b) => a[1] - b[1])[0]!;
      nearest.focus();
      (window as unknown as { focusedMarker: Element }).focusedMarker = nearest;
    });
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => viewport.getAttribute('transform')).not.toBe(before);
    expect(await page.evaluate(() => {
      const focused = document.querySelector('thb-member-map')!.shadowRoot!.activeElement;
      return focused !== null && focused === (window as unknown as { focusedMarker: Element }).focusedMarker;
    })).toBe(true);
  });

  it('filters by country and by name, and presets filters from attributes', async () => {
    const { page } = await openMap({ body: '<thb-member-map country="DE"></thb-member-map>' });
    const germany = await apiMembers('country=DE');
    await expect.poll(() => listNames(page)).toEqual(germany.items.slice(0, 25).map((m) => m.name));
    expect((await markerCounts(page)).reduce((a, b) => a + b, 0)).toBe(germany.total);
    await map(page).getByRole('searchbox', { name: 'Search by name or city' }).fill(germany.items[0]!.name.split(' ')[0]!);
    await expect.poll(() => listNames(page)).toContain(germany.items[0]!.name);
    await map(page).getByRole('combobox', { name: 'Country' }).selectOption('');
    await map(page).getByRole('searchbox').fill('twin off');
    await expect.poll(() => listNames(page)).toEqual(['Twin Office A', 'Twin Office B']);
  });

  it('presets the focus area from focus-area or its former name focus, and reports filters in thb-filter-change', async () => {
    const victims = await apiMembers('focus=victim-protection');
    for (const attribute of ['focus-area', 'focus']) {
      const { page } = await openMap({ body: `<thb-member-map ${attribute}="victim-protection"></thb-member-map>` });
      await expect.poll(() => map(page).locator('.list-head').textContent()).toContain(`${victims.total} organisations`);
      expect(await map(page).getByRole('combobox', { name: 'Focus area' }).inputValue()).toBe('victim-protection');
      expect(await page.evaluate(() => document.querySelector('thb-member-map')!.focusArea)).toBe('victim-protection');
    }
    const { page } = await openMap();
    const changes: unknown[] = [];
    await page.exposeFunction('recordFilters', (detail: unknown) => changes.push(detail));
    await page.evaluate(() => document.addEventListener('thb-filter-change', (e) => (window as unknown as { recordFilters(d: unknown): void }).recordFilters(e.detail)));
    await map(page).getByRole('combobox', { name: 'Focus area' }).selectOption('victim-protection');
    await expect.poll(() => map(page).locator('.list-head').textContent()).toContain(`${victims.total} organisations`);
    await map(page).getByRole('combobox', { name: 'Country' }).selectOption('DE');
    await expect.poll(() => changes.length).toBe(2);
    expect(changes).toEqual([
      { country: undefined, focusArea: 'victim-protection', scope: undefined, q: undefined },
      { country: 'DE', focusArea: 'victim-protection', scope: undefined, q: undefined },
    ]);
  });

  it('lists members who share one address when their cluster cannot split', async () => {
    const { page } = await openMap({ body: '<thb-member-map q="twin office"></thb-member-map>' });
    const cluster = map(page).locator('.marker.cluster');
    await expect.poll(() => cluster.getAttribute('aria-label')).toBe('2 organisations');
    for (let i = 0; i < 8; i++) await map(page).getByRole('button', { name: 'Zoom in' }).click();
    await cluster.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => map(page).locator('.place').textContent()).toContain('2 organisations at this place');
  });

  it('opens details from the list, writes #member=<id>, closes with Escape and returns focus', async () => {
    const { page } = await openMap();
    const selections: unknown[] = [];
    await page.exposeFunction('recordSelect', (detail: unknown) => selections.push(detail));
    await page.evaluate(() => document.addEventListener('thb-select', (e) => (window as unknown as { recordSelect(d: unknown): void }).recordSelect((e as CustomEvent).detail)));
    const first = (await apiMembers()).items[0]!;
    const button = map(page).locator('.row .name').first();
    await button.focus();
    await page.keyboard.press('Enter');
    const detail = map(page).locator('.detail');
    await expect.poll(() => detail.locator('.detail-title').textContent()).toContain(first.name);
    expect(new URL(page.url()).hash).toBe(`#member=${first.id}`);
    if (first.website) expect(await detail.getByRole('link', { name: 'Website' }).getAttribute('href')).toBe(first.website);
    expect(await detail.textContent()).toContain(first.description);
    expect(await axeViolations(page, env.pagesUrl)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => detail.count()).toBe(0);
    expect(new URL(page.url()).hash).toBe('');
    expect(await page.evaluate(() => document.querySelector('thb-member-map')!.shadowRoot!.activeElement?.className)).toBe('name');
    expect(selections).toEqual([{ id: first.id }, { id: null }]);
  });

  it('opens the member a #member=<id> deep link names', async () => {
    const { page } = await env.open({ body: '<thb-member-map></thb-member-map>', hash: '#member=twin-office-b' });
    await expect.poll(() => map(page).locator('.detail-title').textContent()).toContain('Twin Office B');
    await page.evaluate(() => (location.hash = '#member=twin-office-a'));
    await expect.poll(() => map(page).locator('.detail-title').textContent()).toContain('Twin Office A');
  });

  it('shows members added to the store after a poll, without a reload, and polls with 304s meanwhile', async () => {
    const { page } = await openMap({ body: '<thb-member-map interval="1"></thb-member-map>' });
    const statuses: number[] = [];
    page.on('response', (response) => response.url().includes('/v1/members.geojson') && statuses.push(response.status()));
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
    const updates: unknown[] = [];
    await page.exposeFunction('recordUpdate', (detail: unknown) => updates.push(detail));
    await page.evaluate(() => document.addEventListener('thb-update', (e) => (window as unknown as { recordUpdate(d: unknown): void }).recordUpdate((e as CustomEvent).detail)));
    await expect.poll(() => statuses.filter((s) => s === 304).length, { timeout: 30_000 }).toBeGreaterThan(0);
    await env.store.members.put(newMember('aaa-live-arrival', 'Aaa Live Arrival'));
    await expect.poll(() => listNames(page), { timeout: 30_000 }).toContain('Aaa Live Arrival');
    const row = map(page).locator('.row', { hasText: 'Aaa Live Arrival' });
    expect(await row.locator('.flag').textContent()).toBe('New');
    expect(await map(page).locator('p[role=status]').textContent()).toBe('1 organisation is new or updated.');
    expect(updates).toContainEqual({ added: ['aaa-live-arrival'], changed: [], removed: [] });
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  });

  it('sorts by distance from the visitor only after they ask, and shows how far', async () => {
    const { page } = await openMap({
      body: '<thb-member-map></thb-member-map>',
      geolocation: { latitude: 35.9, longitude: 14.5 },
      permissions: ['geolocation'],
    });
    await map(page).getByRole('button', { name: 'Sort by distance from me' }).click();
    await expect.poll(() => map(page).locator('.row').first().textContent()).toMatch(/Malta · \d+ km away/);
    expect(await map(page).locator('.origin').getAttribute('aria-label')).toBe('Your location');
  });

  it('passes axe loaded, empty, in error and in dark mode', async () => {
    const loaded = await openMap({ body: '<thb-member-map></thb-member-map>', colorScheme: 'dark' });
    expect(await axeViolations(loaded.page, env.pagesUrl)).toEqual([]);
    const empty = await env.open({ body: '<thb-member-map q="no such organisation anywhere"></thb-member-map>' });
    await map(empty.page).locator('[part~=empty]').waitFor();
    expect(await axeViolations(empty.page, env.pagesUrl)).toEqual([]);
    env.switchable.mode = 'fail';
    const failed = await env.open({ body: `<thb-member-map api="${env.switchable.url}"></thb-member-map>` });
    await map(failed.page).locator('[part~=error]').waitFor();
    expect(await axeViolations(failed.page, env.pagesUrl)).toEqual([]);
    env.switchable.mode = 'pass';
    await map(failed.page).getByRole('button', { name: 'Try again' }).click();
    await map(failed.page).locator('.marker').first().waitFor();
  });
});
