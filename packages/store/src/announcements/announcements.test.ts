import { describe, expect, it } from 'vitest';
import { BACKENDS } from '../testing/backends.ts';
import { createWebhookEndpoints } from '../webhooks/index.ts';
import { StaleAnnouncementError } from './index.ts';

const WHO = { actor: 'secretariat:ana', label: 'Ana', route: 'POST /v1/announcements' };
const FIELDS = {
  title: { en: 'Autumn meeting', de: 'Herbsttreffen' }, text: { en: 'See https://thb.example.org/x' },
  eventIds: ['ev-1'], resourceIds: [], audience: { countries: ['DE'], focusAreas: [] }, public: true,
};

describe.each(BACKENDS)('announcements on $name', (backend) => {
  it('creates a draft, updates it by revision, publishes it, audited and version-bumped', async () => {
    const store = await backend.fresh();
    const news = store.announcements;
    const version = await store.dataVersion();
    const draft = await news.create(FIELDS, WHO);
    expect(draft).toMatchObject({ ...FIELDS, status: 'draft', publishedAt: null, revision: 1, author: 'Ana' });
    expect(await store.dataVersion()).toBe(version + 1);
    expect((await news.listPublished({ page: 1, pageSize: 10 })).items).toEqual([]);
    const changed = await news.update(draft.id, 1, { ...FIELDS, title: { en: 'Autumn meeting 2027' } }, WHO);
    expect(changed.title).toEqual({ en: 'Autumn meeting 2027' });
    await expect(news.update(draft.id, 1, FIELDS, WHO)).rejects.toBeInstanceOf(StaleAnnouncementError);
    const published = await news.publish(draft.id, 2, WHO);
    expect(published.status).toBe('published');
    expect(published.publishedAt).not.toBeNull();
    const other = (await backend.reopen(store)).announcements;
    expect(await other.listPublished({ page: 1, pageSize: 10 })).toEqual({ items: [published], total: 1 });
    expect(await other.get(draft.id)).toEqual(published);
    expect(await other.publishedSince('2000-01-01T00:00:00.000Z')).toEqual([published]);
    expect(await other.publishedSince('2999-01-01T00:00:00.000Z')).toEqual([]);
    const audit = await store.writes.audit({ recordId: draft.id }, { page: 1, pageSize: 10 });
    expect(audit.items.map((entry) => entry.action).sort()).toEqual(['create', 'publish', 'update']);
    expect(await store.dataVersion()).toBe(version + 3);
  });

  it('queues an "announcement published" webhook in the publishing batch, for a public one at its first publication only', async () => {
    const store = await backend.fresh();
    const news = store.announcements;
    await createWebhookEndpoints(store.db).create({ memberId: null, url: 'https://hooks.example.org/thb', eventKinds: ['announcement.published'] });
    const deliveries = async () => (await store.db.selectFrom('webhook_delivery').select(['event_kind', 'payload']).execute())
      .map((row) => ({ kind: row.event_kind, data: (JSON.parse(row.payload) as { data: { id: string } }).data.id }));
    const internal = await news.create({ ...FIELDS, public: false }, WHO);
    await news.publish(internal.id, 1, WHO);
    expect(await deliveries()).toEqual([]);
    const open = await news.create(FIELDS, WHO);
    await news.publish(open.id, 1, WHO);
    await news.publish(open.id, 2, WHO);
    expect(await deliveries()).toEqual([{ kind: 'announcement.published', data: open.id }]);
  });

  it('keeps non-public announcements out of the public list but in the members\' one', async () => {
    const store = await backend.fresh();
    const news = store.announcements;
    const internal = await news.create({ ...FIELDS, public: false }, WHO);
    await news.publish(internal.id, 1, WHO);
    expect((await news.listPublished({ page: 1, pageSize: 10 })).total).toBe(0);
    expect((await news.listPublished({ page: 1, pageSize: 10 }, false)).total).toBe(1);
    expect((await news.listAll()).map((a) => a.id)).toEqual([internal.id]);
  });
});

describe.each(BACKENDS)('announcement audiences and deletion on $name', (backend) => {
  it('lists for an organisation only what its audience includes, and deletes by revision', async () => {
    const store = await backend.fresh();
    const news = store.announcements;
    const everyone = await news.publish((await news.create({ ...FIELDS, audience: { countries: [], focusAreas: [] } }, WHO)).id, 1, WHO);
    const german = await news.publish((await news.create({ ...FIELDS, audience: { countries: ['DE'], focusAreas: [] } }, WHO)).id, 1, WHO);
    const prevention = await news.publish((await news.create({ ...FIELDS, audience: { countries: ['FR', 'DE'], focusAreas: ['labour-exploitation'] } }, WHO)).id, 1, WHO);
    await news.create(FIELDS, WHO);
    const page = { page: 1, pageSize: 10 };
    const ids = async (members: Parameters<typeof news.listPublishedFor>[0]) => (await news.listPublishedFor(members, page)).items.map((a) => a.id).sort();
    expect(await ids([{ country: 'FR', focus: ['victim-protection'] }])).toEqual([everyone.id]);
    expect(await ids([{ country: 'DE', focus: ['victim-protection'] }])).toEqual([everyone.id, german.id].sort());
    expect(await ids([{ country: 'FR', focus: ['labour-exploitation'] }])).toEqual([everyone.id, prevention.id].sort());
    expect(await ids([])).toEqual([]);
    expect((await news.listPublishedFor('all', { page: 2, pageSize: 2 })).total).toBe(3);
    const version = await store.dataVersion();
    await expect(news.remove(german.id, 1, WHO)).rejects.toBeInstanceOf(StaleAnnouncementError);
    await news.remove(german.id, german.revision, WHO);
    expect(await news.get(german.id)).toBeUndefined();
    expect(await store.dataVersion()).toBe(version + 1);
    const audit = await store.writes.audit({ recordId: german.id }, { page: 1, pageSize: 10 });
    expect(audit.items.map((entry) => entry.action).sort()).toEqual(['create', 'delete', 'publish']);
  });
});
