import { createApiKeys } from '@thb/store/access';
import { createMailQueue, type MailQueue } from '@thb/store/mail-queue';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEMBER_A, PUBLIC_URL, SECRETARIAT_EMAIL, openAccountsHarness, signIn } from '../../../test/support/accounts-harness.ts';
import { createQueuedMailer, startMailDelivery, type MailDelivery } from '../../mail/index.ts';
import type { QueuedMailer } from '../../mail/queued-mailer.ts';
import { reviewMails } from './review-mail.ts';

/** How the decision's mail goes wrong in a test: not at all, while rendering, or in the database. */
type Failure = 'none' | 'render' | 'refused';

// A decision and the mail telling of it are one write: either both are stored or neither, on
// each backend; the mail then reaches the organisation's people through a real SMTP server.
describe.each(['SQLite', 'PostgreSQL'] as const)('review decisions and their mails on %s', (backend) => {
  let h: Awaited<ReturnType<typeof openAccountsHarness>>;
  let queue: MailQueue;
  let delivery: MailDelivery;
  let editorKey: string;
  let secretariat: string;
  let failure: Failure = 'none';
  beforeAll(async () => {
    let keys!: ReturnType<typeof createApiKeys>;
    h = await openAccountsHarness(backend, {
      writes: ({ db, accounts }) => {
        keys = createApiKeys(db);
        queue = createMailQueue(db);
        // The harness's inbox exists once it is open; mails are sent only later.
        delivery = startMailDelivery(queue, { send: (mail) => h.inbox.mailer.send(mail) }, { retryEveryMs: 200 });
        const queued = createQueuedMailer(queue, () => void delivery.kick());
        const mailer: QueuedMailer = {
          ...queued,
          enqueueStatements(mails) {
            if (failure === 'render') throw new Error('The template could not be rendered');
            const statements = queued.enqueueStatements(mails);
            // The same rows twice: the mail queue's primary key refuses the whole batch.
            return failure === 'refused' ? [...statements, ...statements] : statements;
          },
        };
        return { keys, review: { mails: reviewMails(accounts, mailer, PUBLIC_URL) } };
      },
    });
    editorKey = (await keys.create({ organisationId: MEMBER_A, name: 'crm', createdBy: 'test' })).key;
    secretariat = await signIn(h, SECRETARIAT_EMAIL);
    const by = (await h.accounts.personOf(new Headers({ cookie: secretariat })))!;
    await h.accounts.invite({ memberId: MEMBER_A, email: 'owner@a.test', role: 'owner', inviter: by });
    await h.inbox.next('owner@a.test');
    await signIn(h, 'owner@a.test');
  }, 60_000);
  afterAll(async () => {
    await delivery?.stop();
    await h?.close();
  });

  const queueOfReview = async () => (await (await h.app.request('/v1/review', { headers: { cookie: secretariat } })).json()) as { items: { id: string }[] };
  const decisionsOnA = async () => (await h.store.writes.audit({ recordId: MEMBER_A }, { page: 1, pageSize: 100 })).items
    .filter((entry) => entry.action === 'approve' || entry.action === 'reject');

  async function proposeName(name: string): Promise<string> {
    const patch = await h.app.request(`/v1/members/${MEMBER_A}`, {
      method: 'PATCH', headers: { authorization: `Bearer ${editorKey}`, 'content-type': 'application/json', 'if-match': '*' },
      body: JSON.stringify({ name }),
    });
    expect(await patch.json()).toMatchObject({ pendingReview: ['name'] });
    return (await queueOfReview()).items.at(-1)!.id;
  }

  const decide = (id: string, body: Record<string, unknown>) => h.app.request(`/v1/review/${id}`, {
    method: 'POST', headers: { cookie: secretariat, origin: h.publicUrl, 'content-type': 'application/json' }, body: JSON.stringify(body),
  });

  it('queues the rejection with its reason in the decision\'s write, and mails it', async () => {
    const id = await proposeName('A <b>new</b> name');
    const decided = await decide(id, { decision: 'reject', reason: 'Please use the registered name.' });
    expect(decided.status).toBe(200);
    // Answered means queued: the row is there whether or not delivery has run yet.
    expect((await queue.list()).filter((mail) => mail.recipient === 'owner@a.test')).toHaveLength(1);
    expect(await decisionsOnA()).toHaveLength(1);
    const mail = await h.inbox.next('owner@a.test');
    expect(mail.text).toContain('Please use the registered name.');
    expect(mail.html).not.toContain('<b>new</b>');
  });

  it.each(['render', 'refused'] as const)('leaves the item undecided when its mail fails (%s), and decides it once the mail can go', async (how) => {
    const id = await proposeName(`A name the mail fails for (${how})`);
    const mailsBefore = (await queue.list()).length;
    const decisionsBefore = (await decisionsOnA()).length;
    const nameBefore = (await h.store.members.get(MEMBER_A))?.name;
    failure = how;
    try {
      expect((await decide(id, { decision: 'approve' })).status).toBe(500);
    } finally {
      failure = 'none';
    }
    // Nothing of the decision was written: still waiting, no audit row, no mail, the old name.
    expect((await queueOfReview()).items.map((item) => item.id)).toContain(id);
    expect(await decisionsOnA()).toHaveLength(decisionsBefore);
    expect(await queue.list()).toHaveLength(mailsBefore);
    expect((await h.store.members.get(MEMBER_A))?.name).toBe(nameBefore);

    expect((await decide(id, { decision: 'approve' })).status).toBe(200);
    expect((await queueOfReview()).items.map((item) => item.id)).not.toContain(id);
    expect(await decisionsOnA()).toHaveLength(decisionsBefore + 1);
    expect((await queue.list()).length).toBe(mailsBefore + 1);
    expect((await h.inbox.next('owner@a.test')).subject).toMatch(/approved/i);
  });
});
