/**
 * The applicant's path and the secretariat's decision, on a real SQLite file with a real SMTP
 * server (and on PostgreSQL): apply, get the confirmation mail, continue a draft, the secretariat approves, the
 * contact is invited as owner, and the new member is on `/v1/members` and on the map's GeoJSON.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationBody, callInput, openCall, openPortalHarness, ORGANISATION, send, type PortalHarness } from '../../../test/support/portal-harness.ts';

const tokenOf = (text: string) => /\/portal\/application\?token=([0-9A-Za-z]+)/.exec(text)?.[1];

describe.each(['SQLite', 'PostgreSQL'] as const)('applications on %s', (backend) => {
  let h: PortalHarness;
  let callId: string;
  beforeAll(async () => {
    h = await openPortalHarness(backend);
    callId = await openCall(h);
  }, 60_000);
  afterAll(() => h.close());

  describe('applying to a call', () => {
    it('stores a submitted application, mails the contact a link to it in their language, and the link reads it', async () => {
      const response = await send(h, '/v1/applications', { method: 'POST', body: applicationBody(callId) });
      expect(response.status, await response.clone().text()).toBe(201);
      const created = (await response.json()) as { id: string; token: string; status: string };
      expect(created.status).toBe('submitted');
      const mail = await h.inbox.next('lucia@nueva-ruta.example.org');
      expect(mail.subject).toContain('Votre candidature pour Fundación Nueva Ruta');
      expect(tokenOf(mail.text ?? '')).toBe(created.token);
      for (const headers of [{}, { 'application-token': 'a'.repeat(43) }, { 'application-token': '../../etc' }] as Record<string, string>[]) {
        const refused = await send(h, '/v1/applications/mine', { headers });
        expect(refused.status).toBe(401);
        expect(refused.headers.get('content-type')).toBe('application/problem+json');
      }
      const mine = await send(h, '/v1/applications/mine', { headers: { 'application-token': created.token } });
      expect(mine.status).toBe(200);
      expect(await mine.json()).toMatchObject({ id: created.id, status: 'submitted', organisation: { name: ORGANISATION.name } });
    });

    it('continues a draft with its token, and submitting checks the organisation whole', async () => {
      const draft = await send(h, '/v1/applications', { method: 'POST', body: applicationBody(callId, { status: 'draft', organisation: { name: 'Draft org', country: 'PT' }, contact: { name: 'Rui', email: 'rui@draft.example.org', locale: 'en' } }) });
      expect(draft.status).toBe(201);
      const { token } = (await draft.json()) as { token: string };
      expect((await h.inbox.next('rui@draft.example.org')).text).toContain('draft');
      const headers = { 'application-token': token };
      const incomplete = await send(h, '/v1/applications/mine', { method: 'PATCH', headers, body: { status: 'submitted' } });
      expect(incomplete.status).toBe(400);
      expect(incomplete.headers.get('content-type')).toBe('application/problem+json');
      const saved = await send(h, '/v1/applications/mine', { method: 'PATCH', headers, body: { organisation: { ...ORGANISATION, name: 'Draft org', country: 'PT' } } });
      expect(saved.status).toBe(200);
      const submitted = await send(h, '/v1/applications/mine', { method: 'PATCH', headers, body: { status: 'submitted' } });
      expect(submitted.status).toBe(200);
      expect(await submitted.json()).toMatchObject({ status: 'submitted', organisation: { name: 'Draft org', country: 'PT' } });
      const again = await send(h, '/v1/applications/mine', { method: 'PATCH', headers, body: { organisation: { city: 'Porto' } } });
      expect(again.status).toBe(409);
    });

    it('refuses hostile bodies with problems and keeps nothing of a bot that filled the honeypot', async () => {
      const before = await h.portal.applications.list({ callId, status: 'submitted' }, { page: 1, pageSize: 100 });
      for (const body of [
        applicationBody(callId, { consent: false }),
        applicationBody(callId, { extra: 1 }),
        applicationBody(callId, { organisation: { ...ORGANISATION, website: 'javascript:alert(1)' } }),
        applicationBody(callId, { contact: { name: 'x', email: 'not-an-email' } }),
        '[1,2,3]', '{"callId": ',
      ]) {
        const response = await send(h, '/v1/applications', { method: 'POST', body });
        expect(response.status, JSON.stringify(body)).toBe(400);
        expect(response.headers.get('content-type')).toBe('application/problem+json');
      }
      const bot = await send(h, '/v1/applications', { method: 'POST', body: applicationBody(callId, { website2: 'http://spam.example' }) });
      expect(bot.status).toBe(201);
      const after = await h.portal.applications.list({ callId, status: 'submitted' }, { page: 1, pageSize: 100 });
      expect(after.total).toBe(before.total);
    });

    it('refuses applications and draft changes once the call has closed', async () => {
      const closing = await openCall(h, callInput(2));
      const draft = await send(h, '/v1/applications', { method: 'POST', body: applicationBody(closing, { status: 'draft', contact: { name: 'Late', email: 'late@example.org', locale: 'en' } }) });
      const { token } = (await draft.json()) as { token: string };
      await h.inbox.next('late@example.org');
      const read = await send(h, `/v1/calls/${closing}`);
      const closed = await send(h, `/v1/calls/${closing}`, { method: 'PATCH', cookie: h.secretariat, headers: { 'if-match': read.headers.get('etag')! }, body: { closesAt: '2026-01-01T00:00:00Z', opensAt: '2025-12-01T00:00:00Z' } });
      expect(closed.status, await closed.clone().text()).toBe(200);
      const late = await send(h, '/v1/applications/mine', { method: 'PATCH', headers: { 'application-token': token }, body: { status: 'submitted' } });
      expect(late.status).toBe(409);
      expect(((await late.json()) as { type: string }).type).toMatch(/call-closed$/);
      const fresh = await send(h, '/v1/applications', { method: 'POST', body: applicationBody(closing) });
      expect(fresh.status).toBe(409);
    });
  });

  describe('the secretariat deciding', () => {
    it('approves: the member is published on /v1/members and the GeoJSON, and the contact is invited as owner', async () => {
      const response = await send(h, '/v1/applications', { method: 'POST', body: applicationBody(callId, { organisation: { ...ORGANISATION, name: 'Approved Org', acronym: undefined }, contact: { name: 'Ana', email: 'ana@approved.example.org', locale: 'de' } }) });
      const { id } = (await response.json()) as { id: string };
      await h.inbox.next('ana@approved.example.org');
      const list = await send(h, `/v1/calls/${callId}/applications?country=ES&focus=victim-protection`, { cookie: h.secretariat });
      expect(list.status).toBe(200);
      expect(((await list.json()) as { items: { id: string }[] }).items.map((a) => a.id)).toContain(id);
      const decided = await send(h, `/v1/applications/${id}/decision`, { method: 'POST', cookie: h.secretariat, body: { decision: 'approve' } });
      expect(decided.status, await decided.clone().text()).toBe(200);
      expect(await decided.json()).toEqual({ id, status: 'approved', memberId: 'approved-org' });
      const invitation = await h.inbox.next('ana@approved.example.org');
      expect(invitation.subject).toContain('Approved Org');
      const member = await send(h, '/v1/members/approved-org');
      expect(member.status).toBe(200);
      expect(await member.json()).toMatchObject({ name: 'Approved Org', country: 'ES', lastConfirmedAt: expect.any(String) });
      const geojson = (await (await send(h, '/v1/members.geojson')).json()) as { features: { properties: { id: string } }[] };
      expect(geojson.features.map((f) => f.properties.id)).toContain('approved-org');
      const twice = await send(h, `/v1/applications/${id}/decision`, { method: 'POST', cookie: h.secretariat, body: { decision: 'approve' } });
      expect(twice.status).toBe(409);
    });

    it('rejects with a reason mailed to the contact, and exports the list as formula-safe CSV', async () => {
      const response = await send(h, '/v1/applications', { method: 'POST', body: applicationBody(callId, { organisation: { ...ORGANISATION, name: '=HYPERLINK("http://evil")' }, contact: { name: 'Eve', email: 'eve@example.org', locale: 'en' } }) });
      const { id } = (await response.json()) as { id: string };
      await h.inbox.next('eve@example.org');
      const noReason = await send(h, `/v1/applications/${id}/decision`, { method: 'POST', cookie: h.secretariat, body: { decision: 'reject' } });
      expect(noReason.status).toBe(400);
      const rejected = await send(h, `/v1/applications/${id}/decision`, { method: 'POST', cookie: h.secretariat, body: { decision: 'reject', reason: 'Not active in the field of trafficking.' } });
      expect(rejected.status).toBe(200);
      expect((await h.inbox.next('eve@example.org')).text).toContain('Not active in the field of trafficking.');
      const csv = await send(h, `/v1/calls/${callId}/applications.csv`, { cookie: h.secretariat });
      expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      const text = await csv.text();
      expect(text).toContain(`"'=HYPERLINK(""http://evil"")"`);
      expect(text).not.toMatch(/(^|,)"=/m);
    });

    it('is for the secretariat only', async () => {
      const anonymous = await send(h, `/v1/calls/${callId}/applications`);
      expect(anonymous.status).toBe(401);
    });
  });
});

describe('the portal on another origin', () => {
  it('may send the Application-Token header (preflight)', async () => {
    const h = await openPortalHarness();
    try {
      const response = await h.app.request('/v1/applications/mine', {
        method: 'OPTIONS', headers: { origin: h.publicUrl, 'access-control-request-method': 'PATCH', 'access-control-request-headers': 'application-token, content-type' },
      });
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-headers')).toContain('Application-Token');
    } finally {
      await h.close();
    }
  }, 30_000);
});
