/**
 * `GET /v1/organisations/{memberId}/resources|events` on one backend, run by test/contract.test.ts
 * after the write contract: an organisation sees its own records in every status (pending,
 * published, rejected with the reason), changes one with the ETag the list gives, and nobody
 * else sees them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { OrganisationEvents, OrganisationResources, ReviewQueue } from '@thb/schema';
import type { ApiUnderTest } from '../../../test/support/api-under-test.ts';
import { expectProblem } from '../../../test/support/expect-problem.ts';
import { fixtureEvents, fixtureMembers, fixtureResources } from '../../../test/support/fixtures.ts';
import { createTestKey, sendWrite } from '../../../test/support/send-write.ts';

const OWN = 'contract-content-shelter';
const OTHER = 'contract-content-other';
const publisher = { type: 'member', memberId: OWN } as const;
const { updatedAt: _r, ...resourceTemplate } = fixtureResources[1]!;
const { updatedAt: _e, ...seasonTemplate } = fixtureEvents.find((event) => event.datePrecision === 'season')!;

/** The organisation's own lists on one backend. */
export function organisationContentContract(api: ApiUnderTest): void {
  const keys = { secretariat: '', own: '', other: '' };
  const list = async (kind: 'resources' | 'events', key = keys.own) => {
    const response = await sendWrite(api, 'GET', `/v1/organisations/${OWN}/${kind}`, { key });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body: unknown = await response.json();
    return kind === 'resources' ? OrganisationResources.parse(body) : OrganisationEvents.parse(body);
  };
  const decide = async (recordId: string, decision: 'approve' | 'reject', reason?: string) => {
    const queue = ReviewQueue.parse(await (await sendWrite(api, 'GET', '/v1/review', { key: keys.secretariat })).json());
    const change = queue.items.find((item) => item.recordId === recordId)!;
    const response = await sendWrite(api, 'POST', `/v1/review/${change.id}`, { key: keys.secretariat, body: { decision, reason } });
    expect(response.status).toBe(200);
  };

  describe('an organisation\'s own resources and events', () => {
    beforeAll(async () => {
      await api.store.putMany({
        members: [{ ...fixtureMembers[0]!, id: OWN, name: 'Content Shelter' }, { ...fixtureMembers[1]!, id: OTHER }],
        resources: [{ ...fixtureResources[1]!, id: 'contract-content-seeded', publisher }],
      });
      keys.secretariat = await createTestKey(api, null);
      keys.own = await createTestKey(api, OWN);
      keys.other = await createTestKey(api, OTHER);
    });

    it('lists what waits, what is published and what was rejected with the reason', async () => {
      const event = { ...seasonTemplate, id: 'contract-content-autumn', organiser: publisher };
      expect((await sendWrite(api, 'POST', '/v1/events', { key: keys.own, body: event })).status).toBe(201);
      const refused = { ...seasonTemplate, id: 'contract-content-refused', organiser: publisher };
      expect((await sendWrite(api, 'POST', '/v1/events', { key: keys.own, body: refused })).status).toBe(201);
      expect((await list('events')).items.map((item) => [item.record.id, item.status])).toEqual(
        expect.arrayContaining([['contract-content-autumn', 'pending'], ['contract-content-refused', 'pending']]),
      );
      // Not in the public list while it waits.
      expect((await api.fetch('/v1/events/contract-content-autumn')).status).toBe(404);

      await decide('contract-content-autumn', 'approve');
      await decide('contract-content-refused', 'reject', 'Please name the venue.');
      const events = await list('events');
      expect(events.total).toBe(2);
      expect(events.items.find((item) => item.record.id === 'contract-content-autumn'))
        .toMatchObject({ status: 'published', reason: null, record: { datePrecision: 'season', approximateDate: '2027-23' } });
      expect(events.items.find((item) => item.record.id === 'contract-content-refused'))
        .toMatchObject({ status: 'rejected', reason: 'Please name the venue.' });
      // The secretariat sees the same list.
      expect((await list('events', keys.secretariat)).total).toBe(2);
    });

    it('gives each record the ETag to change it with, and shows what waits for review', async () => {
      const created = await sendWrite(api, 'POST', '/v1/resources', { key: keys.own, body: { ...resourceTemplate, id: 'contract-content-new', publisher } });
      expect(created.status).toBe(201);
      const before = await list('resources');
      expect(before.items.map((item) => [item.record.id, item.status])).toEqual([
        ['contract-content-new', 'pending'], ['contract-content-seeded', 'published'],
      ]);
      const seeded = before.items[1]!;
      const changed = await sendWrite(api, 'PATCH', '/v1/resources/contract-content-seeded', {
        key: keys.own, body: { title: { en: 'Our new title' } }, headers: { 'if-match': seeded.etag },
      });
      expect(changed.status).toBe(200);
      const after = (await list('resources')).items.find((item) => item.record.id === 'contract-content-seeded')!;
      // An untrusted organisation's edit waits; the published version stays until then.
      expect(after).toMatchObject({ status: 'published', pendingReview: ['title'], record: { title: { en: 'Fixture guide to identification' } } });
      const stale = await sendWrite(api, 'PATCH', '/v1/resources/contract-content-new', {
        key: keys.own, body: { url: 'https://elsewhere.example.org/' }, headers: { 'if-match': '"v0-resources-contract-content-new"' },
      });
      await expectProblem(stale, 412);
    });

    it('shows them to nobody else', async () => {
      for (const kind of ['resources', 'events']) {
        await expectProblem(await sendWrite(api, 'GET', `/v1/organisations/${OWN}/${kind}`, { key: keys.other }), 403);
        await expectProblem(await sendWrite(api, 'GET', `/v1/organisations/${OWN}/${kind}`), 401);
      }
      await expectProblem(await sendWrite(api, 'GET', '/v1/organisations/contract-nobody/resources', { key: keys.secretariat }), 404);
      expect((await sendWrite(api, 'GET', `/v1/organisations/${OTHER}/events`, { key: keys.other }).then((r) => r.json()))).toEqual({ items: [], total: 0 });
    });
  });
}
