/**
 * Calls and "tell me when the next call opens", on a real SQLite file and a real SMTP server:
 * the public current call, If-Match on changes, the double opt-in, the opening mail sent once
 * with RFC 8058 one-click unsubscribe, and the same answer whether an address is known or not.
 */
import { TEST_NOW } from '@thb/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callInput, openCall, openPortalHarness, send, type PortalHarness } from '../../../test/support/portal-harness.ts';
import { notifyOpenedCalls } from './call-opening-job.ts';

let h: PortalHarness;
beforeAll(async () => {
  h = await openPortalHarness();
}, 60_000);
afterAll(() => h.close());

const form = () => ({ 'content-type': 'application/x-www-form-urlencoded' });
const linkIn = (text: string, path: string) => new RegExp(`https?://\\S+${path.replace(/\//g, '\\/')}\\?\\S+`).exec(text)?.[0];

describe('calls', () => {
  it('shows the last closed call and the next one while none is open, and the open one once it opens', async () => {
    const empty = await (await send(h, '/v1/calls/current')).json();
    expect(empty).toEqual({ open: null, lastClosed: null, next: null });
    await openCall(h, callInput(-24, -48));
    const next = await openCall(h, callInput(24 * 10, 24));
    const between = (await (await send(h, '/v1/calls/current')).json()) as Record<string, { id: string; phase: string } | null>;
    expect(between.open).toBeNull();
    expect(between.lastClosed?.phase).toBe('closed');
    expect(between.next).toMatchObject({ id: next, phase: 'scheduled' });
    const open = await openCall(h);
    const now = (await (await send(h, '/v1/calls/current')).json()) as Record<string, { id: string } | null>;
    expect(now.open?.id).toBe(open);
    expect(now.lastClosed).toBeNull();
  });

  it('changes a call only with a current If-Match, and only as the secretariat', async () => {
    const id = await openCall(h);
    const read = await send(h, `/v1/calls/${id}`);
    const etag = read.headers.get('etag')!;
    const patch = (headers: Record<string, string>, cookie?: string) => send(h, `/v1/calls/${id}`, { method: 'PATCH', headers, body: { title: { en: 'Renamed' } }, ...(cookie ? { cookie } : {}) });
    expect((await patch({ 'if-match': etag })).status).toBe(401);
    expect((await patch({}, h.secretariat)).status).toBe(428);
    expect((await patch({ 'if-match': etag }, h.secretariat)).status).toBe(200);
    expect((await patch({ 'if-match': etag }, h.secretariat)).status).toBe(412);
    const bad = await send(h, '/v1/calls', { method: 'POST', cookie: h.secretariat, body: { ...callInput(), closesAt: '2020-01-01T00:00:00Z' } });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toBe('application/problem+json');
  });
});

describe('telling subscribers when a call opens', () => {
  it('confirms by a POST from the mailed page, mails each opening once, and unsubscribes in one click', async () => {
    const email = 'watcher@example.org';
    const first = await send(h, '/v1/call-subscriptions', { method: 'POST', body: { email, locale: 'de' } });
    expect(first.status).toBe(202);
    const confirmMail = await h.inbox.next(email);
    expect(confirmMail.subject).toContain('Bitte bestätigen');
    const link = new URL(linkIn(confirmMail.text ?? '', '/v1/call-subscriptions/confirm')!);
    const token = link.searchParams.get('token')!;
    // Opening the link (as a mail scanner does) changes nothing.
    const pageResponse = await send(h, `${link.pathname}${link.search}`);
    expect(pageResponse.status).toBe(200);
    expect(await pageResponse.text()).toContain('method="post"');
    expect(await h.portal.subscribers.isConfirmed(email)).toBe(false);
    const confirmed = await send(h, '/v1/call-subscriptions/confirm?lang=de', { method: 'POST', headers: form(), body: undefined });
    expect(confirmed.status).toBe(410);
    const pressed = await h.app.request('/v1/call-subscriptions/confirm', { method: 'POST', headers: { ...form(), origin: h.publicUrl }, body: new URLSearchParams({ token }).toString() });
    expect(pressed.status).toBe(200);
    expect(await h.portal.subscribers.isConfirmed(email)).toBe(true);
    const again = await h.app.request('/v1/call-subscriptions/confirm', { method: 'POST', headers: form(), body: new URLSearchParams({ token }).toString() });
    expect(again.status).toBe(410);

    // Known or not, the answer is the same.
    const known = await send(h, '/v1/call-subscriptions', { method: 'POST', body: { email, locale: 'de' } });
    const unknown = await send(h, '/v1/call-subscriptions', { method: 'POST', body: { email: 'other@example.org', locale: 'en' } });
    expect([known.status, await known.text()]).toEqual([unknown.status, await unknown.text()]);
    await h.inbox.next('other@example.org');

    await openCall(h);
    // Every open call not announced yet (the tests above opened some) is announced, once.
    expect(await notifyOpenedCalls(h.options, TEST_NOW)).toBeGreaterThanOrEqual(1);
    expect(await notifyOpenedCalls(h.options, TEST_NOW)).toBe(0);
    const opening = await h.inbox.next(email);
    expect(opening.subject).toContain('Ein Aufruf ist offen');
    const raw = (key: string) => opening.headerLines.find((line) => line.key === key)?.line ?? '';
    const unsubscribeUrl = new URL(/<([^>]+)>/.exec(raw('list-unsubscribe'))![1]!);
    expect(raw('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    // RFC 8058: the mail client POSTs "List-Unsubscribe=One-Click" to the URL, with no cookie.
    const oneClick = await h.app.request(`${unsubscribeUrl.pathname}${unsubscribeUrl.search}`, {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.status).toBe(200);
    expect(await h.portal.subscribers.isConfirmed(email)).toBe(false);
  });

  it('refuses a hostile body with a problem', async () => {
    for (const body of [{ email: 'x' }, { email: 'a@b.example', locale: 'de', admin: true }, '"just text"']) {
      const response = await send(h, '/v1/call-subscriptions', { method: 'POST', body });
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
    }
  });
});

describe('the limit per client', () => {
  it('answers 429 with Retry-After once a client has sent its burst', async () => {
    const limited = await openPortalHarness('SQLite', { capacity: 2, refillPerSecond: 0.001 });
    try {
      const ask = (i: number) => send(limited, '/v1/call-subscriptions', { method: 'POST', body: { email: `burst-${i}@example.org`, locale: 'en' }, headers: { 'x-test-client': 'burst' } });
      expect((await ask(1)).status).toBe(202);
      expect((await ask(2)).status).toBe(202);
      const third = await ask(3);
      expect(third.status).toBe(429);
      expect(third.headers.get('content-type')).toBe('application/problem+json');
      expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
      const apply = await send(limited, '/v1/applications', { method: 'POST', body: {}, headers: { 'x-test-client': 'burst' } });
      expect(apply.status).toBe(429);
    } finally {
      await limited.close();
    }
  }, 30_000);
});
