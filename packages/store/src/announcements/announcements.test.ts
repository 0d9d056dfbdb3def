import { describe, expect, it } from 'vitest';
import { BACKENDS } from '../testing/backends.ts';
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
