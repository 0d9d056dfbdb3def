import { createApiKeys } from '@thb/store/access';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEMBER_A, PUBLIC_URL, SECRETARIAT_EMAIL, openAccountsHarness, signIn } from '../../../test/support/accounts-harness.ts';
import { reviewMails } from './review-mail.ts';

// A rejection is mailed to the organisation's people with its reason, through a real SMTP server.
describe('review decisions by mail', () => {
  let h: Awaited<ReturnType<typeof openAccountsHarness>>;
  let editorKey: string;
  let secretariat: string;
  beforeAll(async () => {
    let keys!: ReturnType<typeof createApiKeys>;
    h = await openAccountsHarness('SQLite', {
      writes: ({ db, accounts }) => {
        keys = createApiKeys(db);
        // The harness's inbox exists once it is open; mails are sent only later.
        const mailer = { send: (mail: Parameters<typeof h.inbox.mailer.send>[0]) => h.inbox.mailer.send(mail) };
        return { keys, review: { notify: reviewMails(accounts, mailer, PUBLIC_URL) } };
      },
    });
    editorKey = (await keys.create({ organisationId: MEMBER_A, name: 'crm', createdBy: 'test' })).key;
    secretariat = await signIn(h, SECRETARIAT_EMAIL);
    const by = (await h.accounts.personOf(new Headers({ cookie: secretariat })))!;
    await h.accounts.invite({ memberId: MEMBER_A, email: 'owner@a.test', role: 'owner', inviter: by });
    await h.inbox.next('owner@a.test');
    await signIn(h, 'owner@a.test');
  }, 60_000);
  afterAll(() => h?.close());

  it('tells the organisation\'s people that its name change was rejected, and why', async () => {
    const patch = await h.app.request(`/v1/members/${MEMBER_A}`, {
      method: 'PATCH', headers: { authorization: `Bearer ${editorKey}`, 'content-type': 'application/json', 'if-match': '*' },
      body: JSON.stringify({ name: 'A <b>new</b> name' }),
    });
    expect(await patch.json()).toMatchObject({ pendingReview: ['name'] });
    const queue = (await (await h.app.request('/v1/review', { headers: { cookie: secretariat } })).json()) as { items: { id: string }[] };
    const decided = await h.app.request(`/v1/review/${queue.items[0]!.id}`, {
      method: 'POST', headers: { cookie: secretariat, origin: h.publicUrl, 'content-type': 'application/json' },
      body: JSON.stringify({ decision: 'reject', reason: 'Please use the registered name.' }),
    });
    expect(decided.status).toBe(200);
    const mail = await h.inbox.next('owner@a.test');
    expect(mail.text).toContain('Please use the registered name.');
    expect(mail.html).not.toContain('<b>new</b>');
  });
});
