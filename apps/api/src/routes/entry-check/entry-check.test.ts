/**
 * The yearly check on a real SQLite file and a real SMTP server: the owner gets the mail once,
 * "Yes, still correct" works once through its page's POST and shows on the public entry, an
 * expired link says so, and unconfirmed entries are listed for the secretariat.
 */
import { TEST_NOW } from '@thb/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEMBER_A, MEMBER_B, signIn } from '../../../test/support/accounts-harness.ts';
import { openPortalHarness, send, type PortalHarness } from '../../../test/support/portal-harness.ts';
import { sendEntryChecks } from './entry-check-job.ts';

let h: PortalHarness;
const DAY = 24 * 60 * 60 * 1000;

/** Invites an owner into an organisation and signs them in (which accepts the invitation). */
async function owner(memberId: string, email: string) {
  const by = (await h.accounts.personOf(new Headers({ cookie: h.secretariat })))!;
  await h.accounts.invite({ memberId, email, role: 'owner', inviter: by });
  await h.inbox.next(email);
  await signIn(h, email);
}

beforeAll(async () => {
  h = await openPortalHarness();
  await owner(MEMBER_A, 'owner@a.check');
  await owner(MEMBER_B, 'owner@b.check');
}, 60_000);
afterAll(() => h.close());

const confirmLink = (text: string) => new URL(/https?:\/\/\S+\/v1\/entry-check\/confirm\?\S+/.exec(text)![0]);
const press = (token: string) => h.app.request('/v1/entry-check/confirm', {
  method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: h.publicUrl }, body: new URLSearchParams({ token }).toString(),
});

describe('the yearly check', () => {
  it('asks each organisation once, and "Yes, still correct" works once and shows publicly', async () => {
    const asked = await sendEntryChecks(h.options, h.store, h.accounts, TEST_NOW);
    expect(asked).toBe(2);
    expect(await sendEntryChecks(h.options, h.store, h.accounts, TEST_NOW)).toBe(0);
    const mail = await h.inbox.next('owner@a.check');
    const link = confirmLink(mail.text ?? '');
    expect(mail.text).toContain('/portal/entry');
    const opened = await send(h, `${link.pathname}${link.search}`);
    expect(opened.status).toBe(200);
    expect(await opened.text()).toContain('method="post"');
    const token = link.searchParams.get('token')!;
    expect((await press(token)).status).toBe(200);
    expect((await press(token)).status).toBe(410);
    const member = (await (await send(h, `/v1/members/${MEMBER_A}`)).json()) as { lastConfirmedAt?: string };
    expect(member.lastConfirmedAt).toBe(TEST_NOW.toISOString());
    const history = (await (await send(h, `/v1/members/${MEMBER_A}/history`, { cookie: h.secretariat })).json()) as { items: { action: string }[] };
    expect(history.items.map((entry) => entry.action)).toContain('confirm-entry');
    // Confirmed: no new mail until a year has passed.
    expect(await sendEntryChecks(h.options, h.store, h.accounts, new Date(TEST_NOW.getTime() + 300 * DAY))).toBe(0);
  });

  it('says an expired link has expired, and lists unconfirmed entries for the secretariat', async () => {
    const mail = await h.inbox.next('owner@b.check');
    const token = confirmLink(mail.text ?? '').searchParams.get('token')!;
    h.advancePortal(31 * DAY);
    const expired = await press(token);
    expect(expired.status).toBe(410);
    expect(await expired.text()).toContain('expired');
    const stale = await send(h, '/v1/review/stale-members', { cookie: h.secretariat });
    expect(stale.status).toBe(200);
    const ids = ((await stale.json()) as { items: { id: string }[] }).items.map((m) => m.id);
    expect(ids).toContain(MEMBER_B);
    expect(ids).not.toContain(MEMBER_A);
    expect((await send(h, '/v1/review/stale-members')).status).toBe(401);
  });
});
