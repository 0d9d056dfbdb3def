import { describe, expect, it } from 'vitest';
import { BACKENDS } from '../testing/backends.ts';
import { aMember } from '../testing/records.ts';
import { createMailQueue } from './index.ts';

/** A clock the test moves by hand. */
function clock(start = '2026-12-01T09:00:00.000Z') {
  let at = new Date(start).getTime();
  return { now: () => new Date(at), advance: (ms: number) => { at += ms; } };
}

const MAIL = { recipient: 'ana@ngo.example.org', subject: 'Sign in', text: 'https://thb.example.org/v1/auth/confirm?token=t' };

describe.each(BACKENDS)('the mail queue on $name', (backend) => {
  it('keeps a queued mail until it is sent, for another process too, then drops its body', async () => {
    const store = await backend.fresh();
    const time = clock();
    const queue = createMailQueue(store.db, { now: time.now });
    const id = await queue.enqueue({ ...MAIL, html: '<p>Hi</p>', headers: { 'X-Kind': 'sign-in' } });
    // Another process (or isolate) sees it as soon as `enqueue` resolved.
    const other = createMailQueue((await backend.reopen(store)).db, { now: time.now });
    const [claimed, ...more] = await other.claimDue();
    expect(more).toEqual([]);
    expect(claimed).toEqual({ ...MAIL, id, attempt: 1, createdAt: '2026-12-01T09:00:00.000Z', claimedUntil: '2026-12-01T09:05:00.000Z', html: '<p>Hi</p>', headers: { 'X-Kind': 'sign-in' } });
    expect(await queue.claimDue()).toEqual([]);
    expect(await other.markSent(claimed!)).toBe(true);
    expect(await queue.markSent(claimed!)).toBe(false);
    expect(await queue.list()).toEqual([{
      id, recipient: MAIL.recipient, subject: 'Sign in', status: 'sent', createdAt: '2026-12-01T09:00:00.000Z', attempts: 1,
      nextAttemptAt: null, sentAt: '2026-12-01T09:00:00.000Z', lastError: null,
    }]);
    const row = await store.db.selectFrom('mail_queue').select(['text', 'html']).executeTakeFirstOrThrow();
    expect(row).toEqual({ text: '', html: null });
    time.advance(10 * 60_000);
    expect(await queue.claimDue()).toEqual([]);
  });

  it('gives each due mail to one of two deliverers claiming at once, oldest first', async () => {
    const store = await backend.fresh();
    const time = clock();
    const queue = createMailQueue(store.db, { now: time.now });
    const ids: string[] = [];
    for (let index = 0; index < 6; index += 1) {
      ids.push(await queue.enqueue({ ...MAIL, subject: `Mail ${index}` }));
      time.advance(1);
    }
    const other = createMailQueue((await backend.reopen(store)).db, { now: time.now });
    const [first, second] = await Promise.all([queue.claimDue(), other.claimDue()]);
    const all = [...first, ...second].map((mail) => mail.id);
    expect(all.sort()).toEqual(ids);
    expect(first.map((mail) => mail.subject)).toEqual([...first.map((mail) => mail.subject)].sort());
    expect(await queue.claimDue(2)).toEqual([]);
  });

  it('retries a failed mail after a doubling wait, keeps the error, and gives up after three days', async () => {
    const store = await backend.fresh();
    const time = clock();
    const queue = createMailQueue(store.db, { now: time.now });
    const id = await queue.enqueue(MAIL);
    const waits: number[] = [];
    let next: string | null = '';
    while (next !== null) {
      const [claimed] = await queue.claimDue();
      expect(claimed?.id).toBe(id);
      next = await queue.markFailed(claimed!, 'connect ECONNREFUSED 127.0.0.1:25');
      if (next === null) break;
      const wait = new Date(next).getTime() - time.now().getTime();
      waits.push(wait);
      time.advance(wait - 1);
      expect(await queue.claimDue()).toEqual([]);
      time.advance(1);
    }
    expect(waits.slice(0, 5)).toEqual([15_000, 30_000, 60_000, 120_000, 240_000]);
    expect(Math.max(...waits)).toBe(60 * 60_000);
    const elapsed = time.now().getTime() - new Date('2026-12-01T09:00:00.000Z').getTime();
    expect(elapsed).toBeLessThanOrEqual(3 * 24 * 60 * 60_000);
    expect(elapsed).toBeGreaterThan(3 * 24 * 60 * 60_000 - 60 * 60_000);
    time.advance(24 * 60 * 60_000);
    expect(await queue.claimDue()).toEqual([]);
    const [failed] = await queue.list({ status: 'failed' });
    expect(failed).toMatchObject({ id, status: 'failed', nextAttemptAt: null, sentAt: null, lastError: 'connect ECONNREFUSED 127.0.0.1:25' });
    expect(failed!.attempts).toBe(waits.length + 1);
    expect(await queue.list({ status: 'waiting' })).toEqual([]);
    expect(await queue.nextDueAt()).toBeNull();
  });

  it('hands a mail whose deliverer died to the next one once the claim ran out; the late claim then changes nothing', async () => {
    const store = await backend.fresh();
    const time = clock();
    const queue = createMailQueue(store.db, { now: time.now, claimMs: 60_000 });
    await queue.enqueue(MAIL);
    const [dead] = await queue.claimDue();
    time.advance(59_999);
    expect(await queue.claimDue()).toEqual([]);
    expect(await queue.nextDueAt()).toBe('2026-12-01T09:01:00.000Z');
    time.advance(1);
    const [retaken] = await queue.claimDue();
    expect(retaken).toMatchObject({ id: dead!.id, attempt: 2 });
    expect(await queue.markFailed(dead!, 'late')).toBeNull();
    expect((await queue.list())[0]).toMatchObject({ status: 'waiting', lastError: null, attempts: 2 });
    expect(await queue.markSent(retaken!)).toBe(true);
  });

  it('commits a mail with a record write, or neither', async () => {
    const store = await backend.fresh();
    const queue = createMailQueue(store.db);
    const member = aMember({ id: 'la-strada' });
    const plan = (subject: string) => ({
      kind: 'members' as const, id: member.id, expect: { absent: true as const },
      next: { status: 'published' as const, document: member, organisationId: member.id },
      actor: { actor: 'cli', label: 'command line', route: 'test' }, action: 'create', before: null, after: member,
      organisationId: member.id, alsoCommit: queue.enqueueStatements({ ...MAIL, subject }).statements,
    });
    await store.writes.commit(plan('Created'));
    await expect(store.writes.commit(plan('Created twice'))).rejects.toThrow();
    expect((await queue.list()).map((mail) => mail.subject)).toEqual(['Created']);
    expect((await store.members.get('la-strada'))?.name).toBe(member.name);
  });
});
