/**
 * Announcements and feeds on a real SQLite file, with people signed in through a real SMTP
 * inbox: the secretariat writes and publishes, an editor cannot, bad input is a problem, the
 * audience decides who reads what, and nothing non-public reaches the news or its feeds, which
 * an independent parser (fast-xml-parser) reads.
 */
import { XMLParser } from 'fast-xml-parser';
import { createApiKeys } from '@thb/store/access';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEMBER_A, MEMBER_B, openAccountsHarness, SECRETARIAT_EMAIL, signIn } from '../../../test/support/accounts-harness.ts';
import { send } from '../../../test/support/portal-harness.ts';

type Harness = Awaited<ReturnType<typeof openAccountsHarness>>;
let h: Harness;
let secretariat: string;
let editorOfA: string;
let keyOfA: string;
let keyOfB: string;
let keys: ReturnType<typeof createApiKeys>;

beforeAll(async () => {
  h = await openAccountsHarness('SQLite', { writes: ({ db }) => { keys = createApiKeys(db); return { keys, rateLimit: { capacity: 10_000 } }; } });
  secretariat = await signIn(h, SECRETARIAT_EMAIL);
  const by = (await h.accounts.personOf(new Headers({ cookie: secretariat })))!;
  await h.accounts.invite({ memberId: MEMBER_A, email: 'editor@a.news', role: 'editor', inviter: by });
  await h.inbox.next('editor@a.news');
  editorOfA = await signIn(h, 'editor@a.news');
  keyOfA = (await keys.create({ organisationId: MEMBER_A, name: 'A', createdBy: 'test' })).key;
  keyOfB = (await keys.create({ organisationId: MEMBER_B, name: 'B', createdBy: 'test' })).key;
}, 60_000);
afterAll(() => h.close());

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
const asArray = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

async function write(title: string, extra: Record<string, unknown> = {}): Promise<{ id: string; etag: string }> {
  const created = await send(h, '/v1/announcements', { method: 'POST', cookie: secretariat, body: { title: { en: title, de: `${title} (de)` }, text: { en: `Text of ${title} https://example.org/x.` }, ...extra } });
  expect(created.status, await created.clone().text()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const published = await send(h, `/v1/announcements/${id}/publish`, { method: 'POST', cookie: secretariat, headers: { 'if-match': created.headers.get('etag')! } });
  expect(published.status, await published.clone().text()).toBe(200);
  return { id, etag: published.headers.get('etag')! };
}

const memberOf = async (id: string) => (await h.store.members.get(id))!;
const newsIds = async (path: string, headers: Record<string, string> = {}) =>
  ((await (await send(h, path, { headers })).json()) as { items: { id: string }[] }).items.map((item) => item.id);

describe('announcements', () => {
  it('are written, changed with If-Match and published by the secretariat only', async () => {
    const refused = await send(h, '/v1/announcements', { method: 'POST', cookie: editorOfA, body: { title: { en: 'No' }, text: { en: 'No' } } });
    expect(refused.status).toBe(403);
    expect(refused.headers.get('content-type')).toBe('application/problem+json');
    const bad = await send(h, '/v1/announcements', { method: 'POST', cookie: secretariat, body: { title: { de: 'Nur Deutsch' }, text: { en: 'x' }, html: '<b>' } });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toBe('application/problem+json');
    const unknownEvent = await send(h, '/v1/announcements', { method: 'POST', cookie: secretariat, body: { title: { en: 'x' }, text: { en: 'x' }, eventIds: ['no-such-event'] } });
    expect(unknownEvent.status).toBe(400);
    const created = await send(h, '/v1/announcements', { method: 'POST', cookie: secretariat, body: { title: { en: 'Draft' }, text: { en: 'Draft text' } } });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const etag = created.headers.get('etag')!;
    const patch = (headers: Record<string, string>) => send(h, `/v1/announcements/${id}`, { method: 'PATCH', cookie: secretariat, headers, body: { public: true } });
    expect((await patch({})).status).toBe(428);
    const changed = await patch({ 'if-match': etag });
    expect(changed.status).toBe(200);
    expect((await patch({ 'if-match': etag })).status).toBe(412);
    expect(await newsIds('/v1/news')).not.toContain(id);
    const published = await send(h, `/v1/announcements/${id}/publish`, { method: 'POST', cookie: secretariat, headers: { 'if-match': changed.headers.get('etag')! } });
    expect(published.status).toBe(200);
    expect(await newsIds('/v1/news')).toContain(id);
    const deleted = await send(h, `/v1/announcements/${id}`, { method: 'DELETE', cookie: secretariat, headers: { 'if-match': published.headers.get('etag')! } });
    expect(deleted.status).toBe(200);
    expect(await newsIds('/v1/news')).not.toContain(id);
  });

  it('reach the organisations of their audience only, and only public ones reach the news and feeds', async () => {
    const a = await memberOf(MEMBER_A);
    const b = await memberOf(MEMBER_B);
    const areaOfAOnly = a.focus.find((area) => !b.focus.includes(area));
    expect(areaOfAOnly).toBeDefined();
    const onlyA = await write('For A', { audience: { countries: [a.country], focusAreas: [areaOfAOnly] } });
    const internal = await write('Internal for all');
    const open = await write('Public <script>alert(1)</script> & more', { public: true });
    const forA = await newsIds('/v1/me/announcements', { authorization: `Bearer ${keyOfA}` });
    const forB = await newsIds('/v1/me/announcements', { authorization: `Bearer ${keyOfB}` });
    expect(forA).toEqual(expect.arrayContaining([onlyA.id, internal.id, open.id]));
    expect(forB).toEqual(expect.arrayContaining([internal.id, open.id]));
    expect(forB).not.toContain(onlyA.id);
    expect(await newsIds('/v1/me/announcements', { cookie: editorOfA })).toContain(onlyA.id);
    expect((await send(h, '/v1/me/announcements')).status).toBe(401);

    const news = await send(h, '/v1/news?lang=de');
    expect(news.headers.get('content-language')).toBe('de');
    const page = (await news.json()) as { items: { id: string; title: { value: string; lang: string } }[]; pageCount: number };
    expect(page.items.map((item) => item.id)).toEqual([open.id]);
    expect(page.items[0]!.title.lang).toBe('de');
    const again = await send(h, '/v1/news?lang=de', { headers: { 'if-none-match': news.headers.get('etag')! } });
    expect(again.status).toBe(304);
    expect((await send(h, `/v1/news/${internal.id}`)).status).toBe(404);

    const atomResponse = await send(h, '/v1/news.atom');
    expect(atomResponse.headers.get('content-type')).toContain('application/atom+xml');
    const atomText = await atomResponse.text();
    expect(atomText).not.toContain('<script>');
    const atom = parser.parse(atomText).feed;
    expect(atom.id).toMatch(/^tag:/);
    expect(atom.title).toBeTruthy();
    expect(Date.parse(atom.updated)).not.toBeNaN();
    const entries = asArray(atom.entry);
    expect(entries).toHaveLength(1);
    expect(entries[0].id).toContain(open.id);
    expect(entries[0].title['#text']).toContain('&lt;script&gt;');
    expect(entries[0].link['@href']).toMatch(new RegExp(`/v1/news/${open.id}$`));
    expect(Date.parse(entries[0].updated)).not.toBeNaN();
    expect(entries[0].content['#text']).toContain('<a href="https://example.org/x">');

    const rss = parser.parse(await (await send(h, '/v1/news.rss')).text()).rss;
    expect(rss.channel.title).toBeTruthy();
    const items = asArray(rss.channel.item);
    expect(items.map((item: { guid: { '#text': string } }) => item.guid['#text'])).toEqual([expect.stringContaining(open.id)]);
    expect(items[0].link).toMatch(/^http/);

    const json = (await (await send(h, '/v1/news.json')).json()) as Record<string, unknown> & { items: Record<string, unknown>[] };
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(typeof json.title).toBe('string');
    expect(json.items).toHaveLength(1);
    expect(json.items[0]).toMatchObject({ id: expect.stringContaining(open.id), content_text: expect.stringContaining('Text of Public') });
    expect(JSON.stringify(json)).not.toContain(internal.id);
  });

  it('has an Atom feed of resources with the filters of /v1/resources', async () => {
    const feed = parser.parse(await (await send(h, '/v1/resources.atom?type=hotline&pageSize=5')).text()).feed;
    const entries = asArray(feed.entry);
    const hotlines = ((await (await send(h, '/v1/resources?type=hotline&pageSize=5')).json()) as { items: { id: string; url: string }[] }).items;
    expect(entries.map((entry: { link: { '@href': string } }) => entry.link['@href'])).toEqual(hotlines.map((r) => new URL(r.url).href));
    expect(feed.id).toMatch(/^tag:/);
    const bad = await send(h, '/v1/resources.atom?type=poem');
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toBe('application/problem+json');
  });
});
