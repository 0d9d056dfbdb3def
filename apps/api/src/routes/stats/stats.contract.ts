/** The behaviour of `/v1/stats`, run against every backend by test/contract.test.ts. */
import { describe, expect, it } from 'vitest';
import { Stats } from '@thb/schema';
import type { ApiUnderTest } from '../../../test/support/api-under-test.ts';
import { expectProblem } from '../../../test/support/expect-problem.ts';

/** `/v1/stats` on one backend. */
export function statsContract(api: ApiUnderTest): void {
  describe('GET /v1/stats', () => {
    it('counts members, resources and events, and members per country, focus and scope', async () => {
      const response = await api.fetch('/v1/stats');
      const stats = Stats.parse(await response.json());
      const { store } = api;
      const members = await store.members.list({});
      expect(stats).toMatchObject({ members: members.total, resources: await store.resources.count(), events: await store.events.count() });
      expect(stats.byCountry.DE).toBe((await store.members.list({ country: 'DE' })).total);
      expect(stats.byFocus['children-rights']).toBe((await store.members.list({ focus: 'children-rights' })).total);
      expect(Object.values(stats.byScope).reduce((a, b) => a + b, 0)).toBe(members.total);
      expect(response.headers.get('content-language')).toBeNull(); // nothing in it is localised
    });

    it('accepts lang like every read, and nothing else', async () => {
      expect((await api.fetch('/v1/stats?lang=de')).status).toBe(200);
      await expectProblem(await api.fetch('/v1/stats?country=DE'), 400);
    });
  });
}
