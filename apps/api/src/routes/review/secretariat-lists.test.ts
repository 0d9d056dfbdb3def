/**
 * The secretariat's lists on a real SQLite file and a real PostgreSQL database: what it suspends
 * is listed (by kind too) until it is restored, what it trusts is listed until it stops, and
 * nobody else reads either list.
 */
import { HiddenRecordList, TrustedOrganisationList } from '@thb/schema';
import type { PlatformStore } from '@thb/store';
import { demoData } from '@thb/store/demo';
import { TEST_NOW } from '@thb/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MEMBER_A, MEMBER_B, PUBLIC_URL, SECRETARIAT_EMAIL, openAccountsHarness, signIn, type AccountsHarness,
} from '../../../test/support/accounts-harness.ts';

const RESOURCE = demoData(TEST_NOW).resources[0]!;

describe.each(['SQLite', 'PostgreSQL'] as const)('the secretariat\'s lists on %s', (backend) => {
  let h: AccountsHarness & { store: PlatformStore };
  let secretariat: string;
  let owner: string;

  const call = (method: string, path: string, cookie?: string, body?: unknown) => h.app.request(path, {
    method,
    headers: { origin: PUBLIC_URL, ...(cookie ? { cookie } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const suspended = async (query = '') => {
    const response = await call('GET', `/v1/review/records?status=suspended${query}`, secretariat);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    return HiddenRecordList.parse(await response.json()).items;
  };
  const trusted = async () => TrustedOrganisationList.parse(await (await call('GET', '/v1/review/trusted-organisations', secretariat)).json()).items;

  beforeAll(async () => {
    h = await openAccountsHarness(backend);
    secretariat = await signIn(h, SECRETARIAT_EMAIL);
    const by = (await h.accounts.personOf(new Headers({ cookie: secretariat })))!;
    await h.accounts.invite({ memberId: MEMBER_A, email: 'owner@a.test', role: 'owner', inviter: by });
    await h.inbox.next('owner@a.test');
    owner = await signIn(h, 'owner@a.test');
  }, 60_000);
  afterAll(() => h?.close());

  it('lists suspended records with the reason, by kind, until they are restored', async () => {
    expect(await suspended()).toEqual([]);
    expect((await call('POST', `/v1/members/${MEMBER_B}/suspend`, secretariat, { reason: 'Complaint under investigation' })).status).toBe(200);
    expect((await call('POST', `/v1/resources/${RESOURCE.id}/suspend`, secretariat, { reason: 'Broken link' })).status).toBe(200);
    const name = (await h.store.writes.snapshot('members', MEMBER_B))!.document.name;

    const all = await suspended();
    expect(all.map((r) => `${r.kind}/${r.id}`).sort()).toEqual([`members/${MEMBER_B}`, `resources/${RESOURCE.id}`]);
    expect(all.find((r) => r.kind === 'members')).toMatchObject({ name, organisationId: MEMBER_B, status: 'suspended', reason: 'Complaint under investigation' });
    expect(await suspended('&kind=resources')).toMatchObject([{ id: RESOURCE.id, name: RESOURCE.title.en, reason: 'Broken link' }]);

    expect((await call('POST', `/v1/members/${MEMBER_B}/reinstate`, secretariat)).status).toBe(200);
    expect((await suspended()).map((r) => r.id)).toEqual([RESOURCE.id]);
  });

  it('lists trusted organisations until the secretariat stops trusting one', async () => {
    expect(await trusted()).toEqual([]);
    expect((await call('PATCH', `/v1/organisations/${MEMBER_A}`, secretariat, { trusted: true })).status).toBe(200);
    const name = (await h.store.writes.snapshot('members', MEMBER_A))!.document.name;
    expect(await trusted()).toMatchObject([{ id: MEMBER_A, name }]);
    expect((await call('PATCH', `/v1/organisations/${MEMBER_A}`, secretariat, { trusted: false })).status).toBe(200);
    expect(await trusted()).toEqual([]);
  });

  it('answers only the secretariat: 401 without a session, 403 for an owner, 400 for an unknown status', async () => {
    for (const path of ['/v1/review/records?status=suspended', '/v1/review/trusted-organisations']) {
      expect((await call('GET', path)).status).toBe(401);
      const refused = await call('GET', path, owner);
      expect(refused.status).toBe(403);
      expect(refused.headers.get('content-type')).toContain('application/problem+json');
    }
    expect((await call('GET', '/v1/review/records?status=published', secretariat)).status).toBe(400);
    expect((await call('GET', '/v1/review/records?kind=people', secretariat)).status).toBe(400);
  });

  it('is in the OpenAPI document, with security', async () => {
    const spec = (await (await call('GET', '/openapi.json')).json()) as { paths: Record<string, { get?: { security?: unknown[] } }> };
    expect(spec.paths['/v1/review/records']?.get?.security).toEqual([{ apiKey: [] }, { session: [] }]);
    expect(spec.paths['/v1/review/trusted-organisations']?.get?.security).toEqual([{ apiKey: [] }, { session: [] }]);
  });
});
