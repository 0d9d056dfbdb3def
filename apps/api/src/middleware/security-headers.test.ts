import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCS_CSP } from '../routes/docs/docs.page.ts';
import { openTestStore, testApp, type TestStore } from '../../test/support/test-store.ts';

let testStore: TestStore;

beforeAll(async () => {
  testStore = await openTestStore();
});
afterAll(() => testStore.close());

// Which headers every response carries is in read-cache.contract.ts; these are the options.
describe('security headers', () => {
  it('send HSTS only when the app is told its public address is https', async () => {
    const secure = testApp(testStore.store, { hsts: true });
    for (const path of ['/v1/members', '/v1/members', '/v1/nope', '/healthz']) {
      expect((await secure.request(path)).headers.get('strict-transport-security')).toBe('max-age=31536000');
    }
    expect((await testApp(testStore.store).request('/v1/members')).headers.get('strict-transport-security')).toBeNull();
  });

  it('leave a route its own policy: /docs keeps the CSP Swagger UI needs', async () => {
    const page = await testApp(testStore.store, { docsAssets: async () => 'x' }).request('/docs');
    expect(page.headers.get('content-security-policy')).toBe(DOCS_CSP);
    expect(page.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  });
});
