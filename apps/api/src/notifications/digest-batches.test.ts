/**
 * The digest run commits several people's digests per batch; a batch one of them spoils is
 * written again person by person, so everyone else's digest still goes, and the one that failed
 * is found again by the next run (its watermark did not move). Real SQLite file.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KyselyPlatformStore, WriteBatch } from '@thb/store';
import { createAnnouncements } from '@thb/store/announcements';
import { createMailQueue } from '@thb/store/mail-queue';
import { createNotifications } from '@thb/store/notifications';
import { openSqliteStore } from '@thb/store/sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runDigests } from './digest-job.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const PEOPLE = ['ana', 'bad', 'cem'].map((name) => `${name}@digest.test`);

describe('digest batches', () => {
  let folder: string;
  let store: KyselyPlatformStore;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'thb-digest-batches-'));
    store = await openSqliteStore({ file: join(folder, 'thb.sqlite') });
    const joined = new Date(Date.now() - 2 * DAY_MS).toISOString();
    // Better Auth's table is not in the store's schema type.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    await (store.db as any).insertInto('user').values(PEOPLE.map((email, i) => ({
      id: `person-${i}`, name: email, email, emailVerified: 1, createdAt: joined, updatedAt: joined,
    }))).execute();
    const news = createAnnouncements(store.db, store.write, () => new Date(Date.now() - DAY_MS));
    const who = { actor: 'cli', label: 'test', route: 'test' };
    const draft = await news.create({
      title: { en: 'News' }, text: { en: 'Text' }, eventIds: [], resourceIds: [], audience: { countries: [], focusAreas: [] }, public: true,
    }, who);
    await news.publish(draft.id, draft.revision, who);
  });
  afterEach(async () => {
    await store.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('queues everyone else\'s digest when one person\'s cannot be written, and that one on the next run', async () => {
    const queue = createMailQueue(store.db);
    const spoiled: WriteBatch = (statements) => (statements.some((s) => s.parameters.includes('bad@digest.test'))
      ? Promise.reject(new Error('refused')) : store.write(statements));
    const logged: string[] = [];
    const options = {
      notifications: createNotifications(store.db), queue, secret: 'digest-batches-secret-of-thirty-two-chars', publicUrl: 'https://thb.test',
      logger: { error: (line: string) => logged.push(line) },
    };
    const at = new Date(Math.floor(Date.now() / DAY_MS) * DAY_MS + 10 * 60 * 60 * 1000);
    expect(await runDigests({ ...options, write: spoiled }, at)).toMatchObject({ people: 3, queued: 2 });
    expect((await queue.list()).map((mail) => mail.recipient).sort()).toEqual(['ana@digest.test', 'cem@digest.test']);
    expect(logged).toEqual(['Digest for person person-1 failed']);

    expect(await runDigests({ ...options, write: store.write }, at)).toMatchObject({ people: 3, queued: 1 });
    expect((await queue.list()).map((mail) => mail.recipient).sort()).toEqual(PEOPLE);
  });
});
