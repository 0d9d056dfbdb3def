/**
 * The portal's data behaves alike on SQLite, PostgreSQL and D1: calls by the clock, a call's
 * opening claimed once, double opt-in, applications by token and filter, and one-use,
 * expiring entry-check links.
 */
import { describe, expect, it } from 'vitest';
import { BACKENDS } from '../testing/backends.ts';
import { createPortalStore } from './portal-store.ts';

const T0 = new Date('2026-12-01T12:00:00Z');
const HOUR = 3_600_000;
const at = (hours: number) => new Date(T0.getTime() + hours * HOUR).toISOString();
const call = (opens: number, closes: number) => ({
  title: { en: 'Call' }, text: { en: 'Text' }, criteria: [], opensAt: at(opens), closesAt: at(closes), timeZone: 'Europe/Brussels',
});

describe.each(BACKENDS)('the portal store on $name', (backend) => {
  it('finds the open, last closed and next call, and claims an opening once', async () => {
    const store = await backend.fresh();
    let now = T0;
    const portal = createPortalStore(store.db, { now: () => now });
    const closed = await portal.calls.create(call(-48, -24));
    const open = await portal.calls.create(call(-1, 24));
    const next = await portal.calls.create(call(48, 96));
    const current = await portal.calls.current(T0);
    expect([current.open?.id, current.lastClosed?.id, current.next?.id]).toEqual([open.id, closed.id, next.id]);
    expect((await portal.calls.openUnnotified(T0)).map((c) => c.id)).toEqual([open.id]);
    expect(await portal.calls.markNotified(open.id)).toBe(true);
    expect(await portal.calls.markNotified(open.id)).toBe(false);
    await expect(portal.calls.update(open.id, open.revision + 5, call(0, 1))).rejects.toThrow(/changed/);
    now = new Date(T0.getTime() + HOUR);
    expect((await portal.calls.update(open.id, open.revision, call(0, 1))).revision).toBe(open.revision + 1);
  });

  it('confirms a subscription once, unsubscribes by token, and keeps applications by token and filter', async () => {
    const store = await backend.fresh();
    const portal = createPortalStore(store.db, { now: () => T0 });
    const tokens = (await portal.subscribers.request('a@example.org', 'de'))!;
    expect(await portal.subscribers.confirm(tokens.confirmToken)).toBe(true);
    expect(await portal.subscribers.confirm(tokens.confirmToken)).toBe(false);
    expect(await portal.subscribers.request('a@example.org', 'de')).toBeUndefined();
    expect(await portal.subscribers.confirmed()).toEqual([{ email: 'a@example.org', locale: 'de', unsubscribeToken: tokens.unsubscribeToken }]);
    await portal.subscribers.unsubscribe(tokens.unsubscribeToken);
    expect(await portal.subscribers.confirmed()).toEqual([]);

    const { id: callId } = await portal.calls.create(call(-1, 24));
    const contact = { name: 'C', email: 'c@example.org', locale: 'en' };
    const es = await portal.applications.create(callId, { organisation: { name: 'ES org', country: 'ES', focus: ['victim-protection'] }, contact, status: 'submitted' });
    await portal.applications.create(callId, { organisation: { name: 'DE org', country: 'DE', focus: ['migrant-rights'] }, contact, status: 'submitted' });
    await portal.applications.create(callId, { organisation: { name: 'Draft' }, contact, status: 'draft' });
    expect((await portal.applications.byToken(es.token))?.id).toBe(es.application.id);
    expect((await portal.applications.list({ callId }, { page: 1, pageSize: 10 })).total).toBe(2);
    const filtered = await portal.applications.list({ callId, country: 'ES', focus: 'victim-protection' }, { page: 1, pageSize: 10 });
    expect(filtered.items.map((a) => a.organisation.name)).toEqual(['ES org']);
    expect(await portal.applications.decide(es.application.id, { status: 'approved', reason: null, memberId: 'es-org' })).toBe(true);
    expect(await portal.applications.decide(es.application.id, { status: 'rejected', reason: 'x', memberId: null })).toBe(false);
  });

  it('spends an entry-check link once and refuses it after it expired', async () => {
    const store = await backend.fresh();
    let now = T0;
    const portal = createPortalStore(store.db, { now: () => now });
    const token = await portal.entryChecks.issue('member-a', 30 * 24 * HOUR);
    expect(await portal.entryChecks.confirm(token)).toEqual({ memberId: 'member-a' });
    expect(await portal.entryChecks.confirm(token)).toBe('unknown');
    expect((await portal.entryChecks.get('member-a'))?.lastConfirmedAt).toBe(T0.toISOString());
    const late = await portal.entryChecks.issue('member-b', HOUR);
    now = new Date(T0.getTime() + 2 * HOUR);
    expect(await portal.entryChecks.confirm(late)).toBe('expired');
  });
});
