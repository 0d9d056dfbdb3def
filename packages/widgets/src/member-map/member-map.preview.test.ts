/**
 * <thb-member-map>'s `preview` property: the portal shows an entry as it is being edited, so the
 * map draws the members it is given, fetches nothing, and follows each new value.
 */
import type { MemberView } from '@thb/schema';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../../test/support/axe.ts';
import { startEnvironment, type TestEnvironment } from '../../test/support/environment.ts';

let env: TestEnvironment;
beforeAll(async () => {
  env = await startEnvironment();
});
afterEach(() => env?.closePages());
afterAll(() => env?.close());

const draft: MemberView = {
  id: 'draft-shelter', name: 'Draft Shelter Lisboa', country: 'PT', city: 'Lisboa', coordinates: { lat: 38.72, lon: -9.14 },
  scope: 'local', focus: ['victim-protection'], contact: { email: 'info@draft.example.org' }, languages: ['pt'],
  joined: '2024-01-01', updatedAt: '2026-11-01T10:00:00Z', description: 'Not saved yet.',
};

describe('<thb-member-map> preview', () => {
  it('shows the members it is given instead of fetching, and follows every new value', async () => {
    const { page, requests, errors } = await env.open({ body: '' });
    await page.evaluate(async (member) => {
      await customElements.whenDefined('thb-member-map');
      const map = document.createElement('thb-member-map');
      map.preview = member;
      document.querySelector('main')!.append(map);
    }, draft);
    const map = page.locator('thb-member-map');
    await map.locator('.marker').first().waitFor();
    await map.locator('.row').first().waitFor();
    expect(await map.locator('.marker').count()).toBe(1);
    expect(await map.locator('.marker').getAttribute('aria-label')).toContain('Draft Shelter Lisboa');
    expect(await map.locator('.row .name').textContent()).toContain('Draft Shelter Lisboa');
    await page.evaluate(() => {
      const map = document.querySelector('thb-member-map')!;
      const member = map.preview as MemberView;
      map.preview = [{ ...member, name: 'Draft Shelter Porto', city: 'Porto', coordinates: { lat: 41.15, lon: -8.61 } }];
    });
    await expect.poll(() => map.locator('.row .name').textContent()).toContain('Draft Shelter Porto');
    expect(await map.locator('.marker').getAttribute('aria-label')).toContain('Draft Shelter Porto');
    expect(requests.filter((url) => url.includes('/v1/members'))).toEqual([]);
    expect(await axeViolations(page, env.pagesUrl)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
