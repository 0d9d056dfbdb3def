import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, testApp, type TestStore } from '../../../test/support/test-store.ts';

let testStore: TestStore;
let app: ReturnType<typeof testApp>;

beforeAll(async () => {
  testStore = await openTestStore();
  app = testApp(testStore.store);
});
afterAll(() => testStore.close());

describe('GET /docs', () => {
  it('without Swagger UI files (e.g. on an edge runtime without them) links to the document', async () => {
    const page = await (await app.request('/docs')).text();
    expect(page).toContain('href="openapi.json"');
    expect((await app.request('/docs/swagger-ui-bundle.js')).status).toBe(404);
  });

  it('serves the files an entry provides', async () => {
    const withAssets = testApp(testStore.store, { docsAssets: async (file) => (file === 'swagger-ui.css' ? 'body{}' : undefined) });
    const css = await withAssets.request('/docs/swagger-ui.css');
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(await css.text()).toBe('body{}');
    expect((await withAssets.request('/docs/swagger-ui-bundle.js')).status).toBe(404);
  });
});
