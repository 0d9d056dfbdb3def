/**
 * The digest job on a real PostgreSQL database (its own, dropped afterwards), run by two
 * "servers" at once: two stores with their own connection pools, as two Node processes on one
 * DATABASE_URL, each running the job at the same moment. Every person still gets one digest per
 * period: the loser of a race finds the watermark moved under its lock and queues nothing.
 */
import { createAnnouncements } from '@thb/store/announcements';
import { seedDemoData } from '@thb/store/demo';
import { createMailQueue } from '@thb/store/mail-queue';
import { createNotifications } from '@thb/store/notifications';
import { openPostgresStore } from '@thb/store/postgres';
import { createTestDatabase, TEST_NOW, type TestDatabase } from '@thb/store/testing';
import type { KyselyPlatformStore } from '@thb/store';
import type { Kysely } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { runDigests, type DigestJobOptions } from './digest-job.ts';

const PEOPLE = 40;
const DAY_MS = 24 * 60 * 60 * 1000;
// Tomorrow (UTC): 07:00Z is 08:00 in Brussels, after the daily digest's hour.
const tomorrow = new Date(Math.floor(Date.now() / DAY_MS) * DAY_MS + DAY_MS);
const at = (day: number, hourUtc: number) => new Date(tomorrow.getTime() + day * DAY_MS + hourUtc * 60 * 60 * 1000);
const WHO = { actor: 'person:secretariat', label: 'secretariat@commission.test', route: 'test' };

let database: TestDatabase | undefined;
const stores: KyselyPlatformStore[] = [];
afterAll(async () => {
  await Promise.all(stores.map((store) => store.close().catch(() => undefined)));
  await database?.drop();
});

/** The job as a server builds it on its own store; errors it logs are kept. */
function jobOn(store: KyselyPlatformStore, errors: unknown[]): DigestJobOptions {
  return {
    notifications: createNotifications(store.db), queue: createMailQueue(store.db), write: store.write,
    secret: 'digest-race-secret-of-at-least-thirty-two-characters', publicUrl: 'http://thb.test',
    logger: { error: (...args: unknown[]) => void errors.push(args) },
  };
}

/** Publishes a public announcement at `when`. */
async function publish(store: KyselyPlatformStore, title: string, when: Date): Promise<void> {
  const news = createAnnouncements(store.db, store.write, () => when);
  const draft = await news.create({
    title: { en: title }, text: { en: 'Details inside.' }, eventIds: [], resourceIds: [], audience: { countries: [], focusAreas: [] }, public: true,
  }, WHO);
  await news.publish(draft.id, draft.revision, WHO);
}

/** Queued daily digests by recipient, with the announcements each names. */
async function digestsByRecipient(store: KyselyPlatformStore): Promise<Map<string, string[]>> {
  const mails = (await createMailQueue(store.db).list({ limit: 10_000 })).filter((mail) => mail.subject === 'Your daily THB platform digest');
  const texts = await store.db.selectFrom('mail_queue').select(['id', 'text']).where('id', 'in', mails.map((mail) => mail.id).concat('none')).execute();
  const byRecipient = new Map<string, string[]>();
  for (const mail of mails) {
    const text = texts.find((row) => row.id === mail.id)?.text ?? '';
    byRecipient.set(mail.recipient, [...(byRecipient.get(mail.recipient) ?? []), text.includes('Second meeting') ? 'second' : 'first']);
  }
  return byRecipient;
}

describe('the digest job on PostgreSQL', () => {
  it('queues one digest per person per period when two servers run the job at the same moment', { timeout: 60_000 }, async () => {
    // Created here rather than in a hook, so that a missing server fails this test, never skips it.
    database = await createTestDatabase('digest_race');
    stores.push(await openPostgresStore({ connectionString: database.url, poolSize: 4, seed: (s) => seedDemoData(s, TEST_NOW) }));
    stores.push(await openPostgresStore({ connectionString: database.url, poolSize: 4 }));
    const [one, two] = stores as [KyselyPlatformStore, KyselyPlatformStore];
    const emails = Array.from({ length: PEOPLE }, (_, i) => `person-${String(i).padStart(2, '0')}@race.test`);
    // People as Better Auth stores them, joined before the news; every kind daily (the default).
    // Better Auth's table is not in the store's schema type.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    await (one.db as unknown as Kysely<any>).insertInto('user').values(emails.map((email, i) => ({
      id: `race-${String(i).padStart(2, '0')}`, name: email, email, emailVerified: true, createdAt: at(0, 0), updatedAt: at(0, 0),
    }))).execute();
    await publish(one, 'First meeting', at(0, 1));

    const errors: unknown[] = [];
    const first = await Promise.all([runDigests(jobOn(one, errors), at(0, 7)), runDigests(jobOn(two, errors), at(0, 7))]);
    expect(errors).toEqual([]);
    expect(first[0].queued + first[1].queued).toBe(PEOPLE);
    let digests = await digestsByRecipient(one);
    expect([...digests.keys()].sort()).toEqual(emails);
    expect([...digests.values()].every((names) => names.length === 1 && names[0] === 'first')).toBe(true);

    // The same day again, both at once: the period's digest went, nothing more.
    const again = await Promise.all([runDigests(jobOn(one, errors), at(0, 9)), runDigests(jobOn(two, errors), at(0, 9))]);
    expect(again.map((run) => run.queued)).toEqual([0, 0]);

    // The next day brings news: again exactly one digest each, naming only the new item.
    await publish(two, 'Second meeting', at(1, 1));
    const next = await Promise.all([runDigests(jobOn(two, errors), at(1, 7)), runDigests(jobOn(one, errors), at(1, 7))]);
    expect(errors).toEqual([]);
    expect(next[0].queued + next[1].queued).toBe(PEOPLE);
    digests = await digestsByRecipient(one);
    expect([...digests.values()].every((names) => names.sort().join() === 'first,second')).toBe(true);
    // The runs did race: some digests were built by both, and the later batch was refused.
    expect([...first, ...next].reduce((sum, run) => sum + run.superseded, 0)).toBeGreaterThan(0);
  });
});
