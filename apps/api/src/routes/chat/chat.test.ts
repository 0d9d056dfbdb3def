// The chat's behaviour is in chat.contract.ts, run on every backend; these need the app in hand.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRouter } from '../../lib/create-router.ts';
import { expectProblem } from '../../test-support/expect-problem.ts';
import { openTestStore, testApp, type TestStore } from '../../test-support/test-store.ts';
import { TEST_NOW } from '../../test-support/fixtures.ts';
import { chatRouter } from './index.ts';

let testStore: TestStore;
let app: ReturnType<typeof testApp>;
/** Each test asks as its own client, so the rate limit of one never blocks another. */
let client = 0;

beforeAll(async () => {
  testStore = await openTestStore();
  app = testApp(testStore.store);
});
afterAll(() => testStore.dispose());

function post(body: unknown, headers: Record<string, string> = {}) {
  client += 1;
  return app.request('/v1/chat', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.51.100.${client}`, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('POST /v1/chat rate limit', () => {
  it('behind a trusted proxy, keys clients by X-Forwarded-For, and by CF-Connecting-IP first', async () => {
    const headers = { 'x-forwarded-for': '203.0.113.9, 10.0.0.1' };
    for (let i = 0; i < 20; i++) expect((await post({ text: 'hello' }, headers)).status).toBe(200);
    await expectProblem(await post({ text: 'hello' }, headers), 429);
    expect((await post({ text: 'hello' }, { 'x-forwarded-for': '203.0.113.10' })).status).toBe(200);
    // Cloudflare's address wins over X-Forwarded-For.
    expect((await post({ text: 'hello' }, { ...headers, 'cf-connecting-ip': '192.0.2.1' })).status).toBe(200);
  });

  it('refills the bucket over time and is configurable', async () => {
    let now = 0;
    const small = createRouter().route('/', chatRouter(
      { store: testStore.store, now: () => TEST_NOW, cache: undefined as never, logger: { error: () => {} } },
      { rateLimit: { capacity: 2, refillPerSecond: 1, clock: () => now } },
    ));
    const send = () => small.request('/v1/chat', {
      method: 'POST', headers: { 'content-type': 'application/json', 'cf-connecting-ip': '192.0.2.50' }, body: '{"text":"hi"}',
    });
    expect((await send()).status).toBe(200);
    expect((await send()).status).toBe(200);
    const limited = await send();
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    now += 1000;
    expect((await send()).status).toBe(200);
  });
});

describe('POST /v1/chat client identity', () => {
  it('ignores forwarding headers unless a trusted proxy is configured, so a client cannot dodge the limit', async () => {
    const strict = createRouter().route('/', chatRouter(
      { store: testStore.store, now: () => TEST_NOW, cache: undefined as never, logger: { error: () => {} } },
      { rateLimit: { capacity: 2, refillPerSecond: 0.001 } },
    ));
    const send = (address: string) => strict.request('/v1/chat', {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': address }, body: '{"text":"hi"}',
    });
    expect((await send('198.51.100.201')).status).toBe(200);
    expect((await send('198.51.100.202')).status).toBe(200);
    await expectProblem(await send('198.51.100.203'), 429);
  });

  it('lets cross-origin pages read Retry-After', async () => {
    const headers = { 'x-forwarded-for': '203.0.113.77' };
    let response = await post({ text: 'hello' }, headers);
    while (response.status !== 429) response = await post({ text: 'hello' }, headers);
    expect(response.headers.get('access-control-expose-headers')).toContain('Retry-After');
  });
});
