import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Member, MemberPage, Problem } from '@thb/schema';
import { openSqliteStore } from '@thb/store/sqlite';
import { TEST_NOW, fixtureMembers } from '../../test/support/fixtures.ts';
import { openTestStore, type TestStore } from '../../test/support/test-store.ts';
import { startServer, type RunningServer } from './start-server.ts';

let testStore: TestStore;
let server: RunningServer;
let folders: string;

beforeAll(async () => {
  testStore = await openTestStore();
  folders = await mkdtemp(join(tmpdir(), 'thb-api-static-'));
  await mkdir(join(folders, 'widgets'));
  await mkdir(join(folders, 'site', 'embed'), { recursive: true });
  await writeFile(join(folders, 'widgets', 'thb-widgets.js'), 'export const x = 1;\n//# sourceMappingURL=thb-widgets.js.map\n');
  await writeFile(join(folders, 'widgets', 'thb-widgets.js.map'), '{"version":3,"sources":[],"mappings":""}');
  await writeFile(join(folders, 'widgets', 'custom-elements.json'), '{"schemaVersion":"1.0.0"}');
  await writeFile(join(folders, 'site', 'index.html'), '<!doctype html><title>Demo</title>');
  await writeFile(join(folders, 'site', 'embed', 'index.html'), '<!doctype html><title>Embed</title>');
  // What must never be served: dotfiles, a bundler's manifest, a way out through a symlink,
  // a folder where index.html should be.
  await writeFile(join(folders, 'site', '.env'), 'SECRET=1');
  await mkdir(join(folders, 'widgets', '.vite'));
  await writeFile(join(folders, 'widgets', '.vite', 'manifest.json'), '{"secret":true}');
  await writeFile(join(folders, 'outside.txt'), 'outside the folder');
  await symlink(join(folders, 'outside.txt'), join(folders, 'site', 'escape.txt'));
  await symlink(join(folders, 'widgets', 'custom-elements.json'), join(folders, 'site', 'elsewhere.json'));
  await symlink(join(folders, 'site', 'embed', 'index.html'), join(folders, 'site', 'inside.html'));
  await mkdir(join(folders, 'site', 'trap', 'index.html'), { recursive: true });
  server = await startServer({
    store: testStore.store, now: () => TEST_NOW, logger: { error: () => {} },
    widgetsDir: join(folders, 'widgets'), siteDir: join(folders, 'site'),
  });
});
afterAll(async () => {
  await server.close();
  await testStore.close();
  await rm(folders, { recursive: true, force: true });
});

describe('startServer', () => {
  it('listens on a free loopback port', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.port).toBeGreaterThan(0);
  });

  it('serves reads, and 304 revalidations over the wire', async () => {
    const response = await fetch(`${server.url}/v1/members?country=DE`, { headers: { 'accept-language': 'de' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-language')).toBe('de');
    expect(MemberPage.parse(await response.json()).total).toBeGreaterThan(0);
    const etag = response.headers.get('etag')!;
    const again = await fetch(`${server.url}/v1/members?country=DE`, { headers: { 'accept-language': 'de', 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect((await again.arrayBuffer()).byteLength).toBe(0);
  });

  it('sees writes made through the store, and by other connections to its file', async () => {
    const path = `${server.url}/v1/members/fixture-berlin-shelter`;
    const etag = (await fetch(path)).headers.get('etag')!;
    expect((await fetch(path, { headers: { 'if-none-match': etag } })).status).toBe(304);
    const member = fixtureMembers.find((m) => m.id === 'fixture-berlin-shelter')!;
    await testStore.store.members.put(Member.parse({ ...member, city: 'Potsdam', updatedAt: '2026-11-29T11:00:00Z' }));
    const changed = await fetch(path, { headers: { 'if-none-match': etag } });
    expect(changed.status).toBe(200);
    expect(((await changed.json()) as Member).city).toBe('Potsdam');
    const other = await openSqliteStore({ file: testStore.file });
    await other.members.put(Member.parse({ ...member, city: 'Berlin', updatedAt: '2026-11-29T11:30:00Z' }));
    await other.close();
    expect(((await (await fetch(path)).json()) as Member).city).toBe('Berlin');
  });

  it('serves the iCalendar and GeoJSON routes', async () => {
    const ics = await fetch(`${server.url}/v1/events/fixture-timed-meeting.ics`);
    expect(ics.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(await ics.text()).toMatch(/^BEGIN:VCALENDAR\r\n/);
    const geo = await fetch(`${server.url}/v1/members.geojson?country=PT`);
    expect(geo.headers.get('content-type')).toBe('application/geo+json');
  });

  it('answers errors as problems', async () => {
    const response = await fetch(`${server.url}/v1/resources?type=poem`);
    expect(response.status).toBe(400);
    expect(Problem.parse(await response.json()).errors?.[0]?.name).toBe('type');
  });

  it('serves widget bundles cross-origin with the right content types', async () => {
    const script = await fetch(`${server.url}/widgets/thb-widgets.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('access-control-allow-origin')).toBe('*');
    expect(script.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    const manifest = await fetch(`${server.url}/widgets/custom-elements.json`);
    expect(await manifest.json()).toEqual({ schemaVersion: '1.0.0' });
    const missing = await fetch(`${server.url}/widgets/nope.js`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('application/problem+json');
  });

  it('serves the site at /, with directory indexes, without shadowing the API or leaking files', async () => {
    const index = await fetch(`${server.url}/`);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await index.text()).toContain('<title>Demo</title>');
    expect(await (await fetch(`${server.url}/embed/`)).text()).toContain('<title>Embed</title>');
    expect((await fetch(`${server.url}/healthz`)).headers.get('content-type')).toBe('application/json');
    for (const path of ['/widgets/..%2Fsite%2Findex.html', '/widgets/%2e%2e%2f%2e%2e%2fpackage.json']) {
      expect((await fetch(`${server.url}${path}`)).status).toBe(404);
    }
  });

  it('serves only regular files inside the folder: no dotfiles, no symlink out, no folder as a page', async () => {
    for (const path of ['/.env', '/widgets/.vite/manifest.json', '/escape.txt', '/elsewhere.json', '/trap/', '/trap/index.html', '/trap']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type'), path).toBe('application/problem+json');
    }
    // A symlink to a file inside the folder is fine.
    expect(await (await fetch(`${server.url}/inside.html`)).text()).toContain('<title>Embed</title>');
  });

  it('serves source maps only when configured', async () => {
    expect((await fetch(`${server.url}/widgets/thb-widgets.js.map`)).status).toBe(404);
    const withMaps = await startServer({ store: testStore.store, widgetsDir: join(folders, 'widgets'), sourceMaps: true });
    try {
      const map = await fetch(`${withMaps.url}/widgets/thb-widgets.js.map`);
      expect(map.status).toBe(200);
      expect(map.headers.get('content-type')).toBe('application/json');
    } finally {
      await withMaps.close();
    }
  });

  it('serves the demo pages under a strict CSP, and the widgets embeddable from any site', async () => {
    for (const path of ['/', '/embed/']) {
      const page = await fetch(`${server.url}${path}`);
      const policy = page.headers.get('content-security-policy');
      expect(policy).toBe("default-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
      expect(page.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(page.headers.get('x-frame-options')).toBe('DENY');
    }
    const script = await fetch(`${server.url}/widgets/thb-widgets.js`);
    expect(script.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(script.headers.get('access-control-allow-origin')).toBe('*');
    expect(script.headers.get('content-security-policy')).toBeNull();
    expect(script.headers.get('x-frame-options')).toBeNull();
    expect(script.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    // A page-less 404 keeps the data policy, not the pages'.
    expect((await fetch(`${server.url}/nope.html`)).headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
  });

  it('serves the API reference and Swagger UI from its own origin', async () => {
    const page = await fetch(`${server.url}/docs`);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await page.text();
    expect(html).toContain('docs/swagger-ui-bundle.js');
    expect(html).not.toMatch(/https?:\/\//); // no CDN, no third party
    const init = await (await fetch(`${server.url}/docs/init.js`)).text();
    expect(init).toContain('validatorUrl: null');
    const bundle = await fetch(`${server.url}/docs/swagger-ui-bundle.js`);
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await bundle.text()).length).toBeGreaterThan(100_000);
    const css = await fetch(`${server.url}/docs/swagger-ui.css`);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect((await fetch(`${server.url}/docs/package.json`)).status).toBe(404);
  });

  it('stops listening on close', async () => {
    const other = await startServer({ store: testStore.store });
    expect((await fetch(`${other.url}/healthz`)).status).toBe(200);
    await other.close();
    await expect(fetch(`${other.url}/healthz`)).rejects.toThrow();
  });
});
