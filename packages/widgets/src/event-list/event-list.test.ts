/** <thb-event-list> in Chromium against the real API and demo data. */
import type { EventPage } from '@thb/schema';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../../test/support/axe.ts';
import { startEnvironment, type TestEnvironment } from '../../test/support/environment.ts';
import { fixtureEvents } from '../../test/support/fixtures.ts';

let env: TestEnvironment;
beforeAll(async () => {
  env = await startEnvironment({ events: fixtureEvents(new Date()) });
});
afterEach(() => env?.closePages());
afterAll(() => env?.close());

async function apiEvents(query: string): Promise<EventPage> {
  return (await fetch(`${env.api.url}/v1/events?${query}`)).json() as Promise<EventPage>;
}

describe('<thb-event-list>', () => {
  it('lists the upcoming events the API returns, in order, grouped by month or season', async () => {
    const { page, errors } = await env.open({ body: '<thb-event-list></thb-event-list>', timezoneId: 'Europe/Lisbon' });
    const titles = page.locator('thb-event-list .event .title');
    await titles.first().waitFor();
    const expected = await apiEvents('when=upcoming&lang=en&pageSize=20');
    expect(await titles.evaluateAll((nodes) => nodes.map((n) => n.firstChild?.textContent?.trim() ?? n.textContent.trim()))).toHaveLength(expected.items.length);
    expect((await titles.allTextContents()).map((t) => t.trim())).toEqual(
      expected.items.map((e) => expect.stringContaining(e.title)),
    );
    const groups = await page.locator('thb-event-list .month').allTextContents();
    expect(groups).toContain(`Autumn ${new Date().getUTCFullYear() + 1}`);
    expect(new Set(groups).size).toBe(groups.length);
    expect(errors).toEqual([]);
  });

  it('shows the visitor’s time with the event’s own zone beside it, and marks tentative and cancelled events', async () => {
    const { page } = await env.open({ body: '<thb-event-list></thb-event-list>', timezoneId: 'Europe/Lisbon' });
    const athens = page.locator('thb-event-list .event', { hasText: 'Test Athens webinar' });
    await athens.waitFor();
    // 10:00 in Athens (UTC+2) is 08:00 in Lisbon (UTC+0) in winter.
    expect(await athens.locator('time').textContent()).toMatch(/8:00\s*(AM)?\s*–\s*10:00\s*(AM)?/);
    expect(await athens.locator('.local').textContent()).toMatch(/Event time: .*10:00\s*(AM)?\s*–\s*12:00\s*(PM)?/);
    const season = page.locator('thb-event-list .event', { hasText: 'Test season conference' });
    expect(await season.locator('time').textContent()).toBe(`Autumn ${new Date().getUTCFullYear() + 1}`);
    expect(await season.locator('.status').textContent()).toBe('Tentative');
    const cancelled = page.locator('thb-event-list .event', { hasText: 'Test cancelled training' });
    expect(await cancelled.locator('s').textContent()).toBe('Test cancelled training');
    expect(await cancelled.locator('.status').textContent()).toBe('Cancelled');
    expect(await cancelled.getByRole('link', { name: /Register/ }).count()).toBe(0);
  });

  it('links each event’s calendar file and the feed, both served by the API', async () => {
    const { page } = await env.open({ body: '<thb-event-list kind="webinar"></thb-event-list>' });
    const link = page.locator('thb-event-list .event', { hasText: 'Test Athens webinar' }).getByRole('link', { name: /Add to calendar/ });
    const href = await link.getAttribute('href');
    expect(href).toBe(`${env.api.url}/v1/events/test-athens-webinar.ics`);
    const ics = await fetch(href!);
    expect(ics.headers.get('content-type')).toContain('text/calendar');
    expect(await ics.text()).toContain('Test Athens webinar');
    expect(await page.locator('thb-event-list [part=subscribe]').getAttribute('href')).toBe(`${env.api.url}/v1/events.ics?kind=webinar&lang=en`);
  });

  it('filters by kind and format and switches to past events, by keyboard', async () => {
    const { page } = await env.open({ body: '<thb-event-list></thb-event-list>' });
    await page.locator('thb-event-list .event').first().waitFor();
    const events: unknown[] = [];
    await page.exposeFunction('recordEvent', (detail: unknown) => events.push(detail));
    await page.evaluate(() => document.addEventListener('thb-filter-change', (e) => (window as unknown as { recordEvent(d: unknown): void }).recordEvent((e as CustomEvent).detail)));
    await page.locator('thb-event-list select').first().focus();
    await page.keyboard.press('ArrowDown'); // "Platform meeting"
    await page.keyboard.press('ArrowDown'); // "Webinar"
    await expect.poll(() => page.locator('thb-event-list .event').evaluateAll((nodes) => nodes.map((n) => n.querySelector('.meta .badge')!.textContent))).toSatisfy((kinds: string[]) => kinds.length > 0 && kinds.every((k) => k === 'Webinar'));
    await page.locator('thb-event-list button', { hasText: 'Past' }).focus();
    await page.keyboard.press('Enter');
    const past = await apiEvents('when=past&kind=webinar&lang=en');
    await expect.poll(() => page.locator('thb-event-list .event .title').allTextContents()).toEqual(past.items.map((e) => expect.stringContaining(e.title)));
    expect(await page.locator('thb-event-list button[aria-pressed=true]').textContent()).toBe('Past');
    expect(events).toContainEqual({ when: 'past', kind: 'webinar', format: undefined });
  });

  it('shows a compact box of the next events with `limit`', async () => {
    const { page } = await env.open({ body: '<thb-event-list limit="3"></thb-event-list>' });
    await page.locator('thb-event-list .event').first().waitFor();
    const expected = await apiEvents('when=upcoming&lang=en&pageSize=3');
    expect(await page.locator('thb-event-list .event .title').allTextContents()).toEqual(expected.items.map((e) => expect.stringContaining(e.title)));
    expect(await page.locator('thb-event-list .toolbar').count()).toBe(0);
    expect(await page.locator('thb-event-list .description').count()).toBe(0);
  });

  it('speaks German and French from the page language', async () => {
    const { page } = await env.open({ body: '<thb-event-list></thb-event-list>', lang: 'de-AT' });
    await page.locator('thb-event-list .event').first().waitFor();
    expect(await page.locator('thb-event-list button[aria-pressed]').allTextContents()).toEqual(['Demnächst', 'Vergangen']);
    expect(await page.locator('thb-event-list .event', { hasText: 'Test-Konferenz im Herbst' }).locator('time').textContent()).toBe(`Herbst ${new Date().getUTCFullYear() + 1}`);
    await page.evaluate(() => document.querySelector('thb-event-list')!.setAttribute('lang', 'fr'));
    await expect.poll(() => page.locator('thb-event-list [part=subscribe]').textContent()).toBe('S’abonner au calendrier');
  });

  it('has an empty state that offers to drop the filters, and an error state that retries', async () => {
    env.switchable.mode = 'fail';
    const { page } = await env.open({ body: `<thb-event-list when="past" kind="conference" format="online"></thb-event-list><thb-event-list api="${env.switchable.url}"></thb-event-list>` });
    const empty = page.locator('thb-event-list').first();
    await empty.locator('[part~=empty]').waitFor();
    expect(await empty.locator('[part~=empty]').textContent()).toContain('No events match these filters.');
    const broken = page.locator('thb-event-list').nth(1);
    await broken.locator('[part~=error]').waitFor();
    expect(await broken.getByRole('button', { name: 'Try again' }).isVisible()).toBe(true);
    expect(await axeViolations(page, env.pagesUrl)).toEqual([]);
    await empty.getByRole('button', { name: 'Show all types and formats' }).click();
    await empty.locator('.event').first().waitFor();
    env.switchable.mode = 'pass';
    await broken.getByRole('button', { name: 'Try again' }).click();
    await broken.locator('.event').first().waitFor();
  });

  it('passes axe in light and dark, loaded and compact', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, errors } = await env.open({ body: '<thb-event-list></thb-event-list><thb-event-list limit="2"></thb-event-list>', colorScheme });
      await page.locator('thb-event-list .event').first().waitFor();
      await page.locator('thb-event-list').nth(1).locator('.event').first().waitFor();
      expect(await axeViolations(page, env.pagesUrl)).toEqual([]);
      expect(errors).toEqual([]);
    }
  });
});
