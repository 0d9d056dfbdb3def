/**
 * The write routes on one backend, run by test/contract.test.ts after the read contracts, since
 * it adds records: API keys, `If-Match`, who may change what, retried creates, soft deletion and
 * the audit log. On D1 this is the Worker checking keys in D1 and writing in one batch.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createApiKeys } from '@thb/store/access';
import { AuditPage, MemberView, MemberWriteResult } from '@thb/schema';
import { PORTAL_ORIGIN, type ApiUnderTest } from '../../../test/support/api-under-test.ts';
import { expectProblem } from '../../../test/support/expect-problem.ts';
import { fixtureMembers } from '../../../test/support/fixtures.ts';
import { createTestKey, currentETag, sendWrite } from '../../../test/support/send-write.ts';

/** A member of the contract's own, so that its writes touch nothing another contract reads. */
const OWN = 'contract-writes-shelter';
const OTHER = 'fixture-lisbon-network';
const { updatedAt: _unused, ...memberTemplate } = fixtureMembers[0]!;

/** `POST`, `PATCH`, `DELETE /v1/{kind}…`, `/restore` and `GET /v1/audit` on one backend. */
export function writesContract(api: ApiUnderTest): void {
  const keys = { secretariat: '', editor: '' };
  const audit = async (record: string) => {
    const response = await sendWrite(api, 'GET', `/v1/audit?record=${record}`, { key: keys.secretariat });
    expect(response.status).toBe(200);
    return AuditPage.parse(await response.json());
  };
  const member = async (id: string) => {
    const response = await api.fetch(`/v1/members/${id}`);
    return { status: response.status, body: response.status === 200 ? MemberView.parse(await response.json()) : undefined };
  };

  describe('writes with API keys', () => {
    beforeAll(async () => {
      await api.store.putMany({ members: [{ ...fixtureMembers[0]!, id: OWN, name: 'Contract Shelter' }] });
      keys.secretariat = await createTestKey(api, null);
      keys.editor = await createTestKey(api, OWN);
    });

    it('changes a record with If-Match, refuses a stale ETag with 412 and none with 428', async () => {
      const path = `/v1/members/${OWN}`;
      const read = await currentETag(api, path);
      await expectProblem(await sendWrite(api, 'PATCH', path, { key: keys.editor, body: { city: 'Potsdam' } }), 428);

      const changed = await sendWrite(api, 'PATCH', path, { key: keys.editor, body: { city: 'Potsdam' }, headers: { 'if-match': read } });
      expect(changed.status).toBe(200);
      expect(changed.headers.get('cache-control')).toBe('no-store');
      expect(MemberWriteResult.parse(await changed.json())).toMatchObject({ status: 'published', pendingReview: [], item: { city: 'Potsdam' } });
      // The public read sees the write at once, through every cache in front of it.
      expect((await member(OWN)).body?.city).toBe('Potsdam');
      expect(await currentETag(api, path)).not.toBe(read);

      await expectProblem(await sendWrite(api, 'PATCH', path, { key: keys.editor, body: { city: 'Cottbus' }, headers: { 'if-match': read } }), 412);
      expect((await member(OWN)).body?.city).toBe('Potsdam');
      const again = await sendWrite(api, 'PATCH', path, { key: keys.editor, body: { city: 'Cottbus' }, headers: { 'if-match': changed.headers.get('etag')! } });
      expect(again.status).toBe(200);
      expect((await member(OWN)).body?.city).toBe('Cottbus');
      expect((await audit(OWN)).items.map((entry) => [entry.action, entry.route])).toEqual([
        ['update', 'PATCH /v1/members/{id}'], ['update', 'PATCH /v1/members/{id}'],
      ]);
    });

    it('refuses an organisation\'s key on another organisation\'s record with 403 and changes nothing', async () => {
      const path = `/v1/members/${OTHER}`;
      const before = await member(OTHER);
      const refused = await sendWrite(api, 'PATCH', path, { key: keys.editor, body: { city: 'Porto' }, headers: { 'if-match': await currentETag(api, path) } });
      await expectProblem(refused, 403);
      await expectProblem(await sendWrite(api, 'DELETE', path, { key: keys.editor, headers: { 'if-match': '*' } }), 403);
      expect(await member(OTHER)).toEqual(before);
      expect((await api.store.members.get(OTHER))?.city).toBe('Lisboa');
      expect((await audit(OTHER)).items).toEqual([]);
    });

    it('answers a missing, unknown or malformed key with 401, and keeps the audit log to the secretariat', async () => {
      const path = `/v1/members/${OWN}`;
      await expectProblem(await sendWrite(api, 'PATCH', path, { body: { city: 'Halle' }, headers: { 'if-match': '*' } }), 401);
      const unknown = await sendWrite(api, 'PATCH', path, { key: `thb_abcdefgh_${'A'.repeat(43)}`, body: { city: 'Halle' }, headers: { 'if-match': '*' } });
      await expectProblem(unknown, 401);
      expect(unknown.headers.get('www-authenticate')).toBe('Bearer realm="thb"');
      await expectProblem(await sendWrite(api, 'GET', '/v1/audit', { key: 'not-a-key' }), 401);
      await expectProblem(await sendWrite(api, 'GET', '/v1/audit', { key: keys.editor }), 403);
      expect((await member(OWN)).body?.city).not.toBe('Halle');
    });

    it('records when each key was last used, in the database the API checks keys in', async () => {
      const key = await createTestKey(api, OWN);
      const used = async () => (await createApiKeys(api.store.db).list({ organisationId: OWN })).find((info) => key.startsWith(`${info.prefix}_`))!.lastUsedAt;
      expect(await used()).toBeNull();
      expect((await sendWrite(api, 'GET', `/v1/members/${OWN}/history`, { key })).status).toBe(200);
      expect(await used()).not.toBeNull();
    });

    it('gives the portal\'s origin credentialed CORS for writes, and other origins none', async () => {
      const preflight = (origin: string) => api.fetch(`/v1/members/${OWN}`, {
        method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'PATCH', 'access-control-request-headers': 'authorization, if-match' },
      });
      const portal = await preflight(PORTAL_ORIGIN);
      expect(portal.status).toBe(204);
      expect(portal.headers.get('access-control-allow-origin')).toBe(PORTAL_ORIGIN);
      expect(portal.headers.get('access-control-allow-credentials')).toBe('true');
      expect(portal.headers.get('access-control-allow-headers')).toContain('If-Match');
      const other = await preflight('https://elsewhere.example.org');
      expect(other.headers.get('access-control-allow-credentials')).toBeNull();
    });

    it('creates one record for a POST retried with the same Idempotency-Key', async () => {
      const id = 'contract-idempotent-member';
      const body = { ...memberTemplate, id, name: 'Contract Idempotent Member' };
      const headers = { 'idempotency-key': `contract-${id}` };
      const first = await sendWrite(api, 'POST', '/v1/members', { key: keys.secretariat, body, headers });
      const retried = await sendWrite(api, 'POST', '/v1/members', { key: keys.secretariat, body, headers });
      expect([first.status, retried.status]).toEqual([201, 201]);
      expect(retried.headers.get('idempotent-replayed')).toBe('true');
      expect(retried.headers.get('etag')).toBe(first.headers.get('etag'));
      expect(retried.headers.get('location')).toBe(`/v1/members/${id}`);
      expect(await retried.text()).toBe(await first.text());
      const other = await sendWrite(api, 'POST', '/v1/members', { key: keys.secretariat, body: { ...body, id: 'contract-other-member' }, headers });
      await expectProblem(other, 422);
      expect((await audit(id)).items.map((entry) => entry.action)).toEqual(['create']);
      expect((await member(id)).status).toBe(200);
      expect((await member('contract-other-member')).status).toBe(404);
      const listed = (await (await api.fetch('/v1/members?q=Contract%20Idempotent')).json()) as { items: { id: string }[] };
      expect(listed.items.map((item) => item.id)).toEqual([id]);
    });

    it('deletes softly and restores: gone from the reads, then back, each step in the audit log', async () => {
      const id = 'contract-deleted-member';
      const created = await sendWrite(api, 'POST', '/v1/members', { key: keys.secretariat, body: { ...memberTemplate, id, name: 'Contract Deleted Member' } });
      expect(created.status).toBe(201);
      const path = `/v1/members/${id}`;
      await expectProblem(await sendWrite(api, 'DELETE', path, { key: keys.secretariat }), 428);
      const deleted = await sendWrite(api, 'DELETE', path, { key: keys.secretariat, headers: { 'if-match': created.headers.get('etag')! } });
      expect(deleted.status).toBe(200);
      expect(MemberWriteResult.parse(await deleted.json())).toMatchObject({ status: 'deleted', item: { id } });
      expect((await member(id)).status).toBe(404);
      const restored = await sendWrite(api, 'POST', `${path}/restore`, { key: keys.secretariat });
      expect(restored.status).toBe(200);
      expect(MemberWriteResult.parse(await restored.json())).toMatchObject({ status: 'published', item: { id } });
      expect((await member(id)).body?.name).toBe('Contract Deleted Member');
      const entries = (await audit(id)).items;
      expect(entries.map((entry) => entry.action)).toEqual(['restore', 'delete', 'create']);
      expect(entries[0]!.actorLabel).toMatch(/^thb_[a-z2-9]{8} \(contract suite\)$/);
      expect(entries[1]).toMatchObject({ kind: 'members', recordId: id, route: 'DELETE /v1/members/{id}', after: null });
    });
  });
}
