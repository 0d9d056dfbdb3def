// The chat's behaviour is in chat.contract.ts, run on every backend; these need the app in hand.
import type { Context } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRouter } from '../../lib/create-router.ts';
import { expectProblem } from '../../../test/support/expect-problem.ts';
import { openTestStore, testApp, type TestStore } from '../../../test/support/test-store.ts';
import { TEST_NOW } from '../../../test/support/fixtures.ts';
import { clientKeys } from './chat.rate-limit.ts';
import { chatRouter, type RateLimitOptions } from './index.ts';

let testStore: TestStore;
let app: ReturnType<typeof testApp>;
/** Each test asks as its own client, so the rate limit of one never blocks another. */
let client = 0;

beforeAll(async () => {
  testStore = await openTestStore();
  app = testApp(testStore.store);
});
afterAll(() => testStore.close());

function post(body: unknown, headers: Record<string, string> = {}) {
  client += 1;
  return app.request('/v1/chat', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.51.100.${client}`, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** The chat alone, with its own limits. */
function chatWith(rateLimit: RateLimitOptions) {
  const deps = { store: testStore.store, now: () => TEST_NOW, cache: undefined as never, logger: { error: () => {} } };
  const router = createRouter().route('/', chatRouter(deps, { rateLimit }));
  return (text: string, headers: Record<string, string> = {}) => router.request('/v1/chat', {
    method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ text }),
  });
}

describe('POST /v1/chat rate limit', () => {
  it('refills the bucket over time and is configurable', async () => {
    let now = 0;
    const send = chatWith({ capacity: 2, refillPerSecond: 1, clock: () => now });
    expect((await send('hi')).status).toBe(200);
    expect((await send('hi')).status).toBe(200);
    const limited = await send('hi');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    now += 1000;
    expect((await send('hi')).status).toBe(200);
  });

  it('keys a device by its address and headers, and caps all devices of one address together', async () => {
    const send = chatWith({ capacity: 2, refillPerSecond: 0.001, devicesPerAddress: 3, clientAddress: () => '203.0.113.20' });
    const device = (name: string) => ({ 'user-agent': `Browser ${name}` });
    for (const name of ['a', 'b', 'c']) {
      expect((await send('hi', device(name))).status).toBe(200);
      expect((await send('hi', device(name))).status).toBe(200);
      await expectProblem(await send('hi', device(name)), 429);
    }
    // Three devices' worth used: a fourth device (or a script changing its headers) is refused too.
    await expectProblem(await send('hi', device('d')), 429);
  });

  it('never refuses a message the engine classifies as an emergency', async () => {
    const send = chatWith({ capacity: 1, refillPerSecond: 0.001 });
    expect((await send('hello')).status).toBe(200);
    await expectProblem(await send('hello'), 429);
    for (let i = 0; i < 5; i++) {
      const reply = await send('help he is locked me in the room');
      expect(reply.status).toBe(200);
      expect(((await reply.json()) as { topic: string }).topic).toBe('emergency');
    }
    // Not an emergency, or not a well-formed message: refused as before.
    await expectProblem(await send('where can I report a suspicion'), 429);
    await expectProblem(await send(''), 429);
  });

  it('keeps keys short whatever a header says', () => {
    const huge = 'a'.repeat(10_000);
    const c = { req: { header: (name: string) => (name === 'user-agent' ? huge : undefined) } } as unknown as Context;
    const keys = clientKeys(c, () => `2001:db8::1${huge}`);
    expect(keys.address.length).toBeLessThanOrEqual(64);
    expect(keys.device.length).toBeLessThanOrEqual(64 + 1 + 12);
  });
});

describe('POST /v1/chat client identity', () => {
  it('ignores forwarding headers unless the entry says who the client is, so a client cannot dodge the limit', async () => {
    const send = chatWith({ capacity: 2, refillPerSecond: 0.001 });
    for (const [i, status] of [[1, 200], [2, 200], [3, 429]] as const) {
      const address = `198.51.100.20${i}`;
      expect((await send('hi', { 'x-forwarded-for': address, 'cf-connecting-ip': address })).status).toBe(status);
    }
  });

  it('lets cross-origin pages read Retry-After', async () => {
    const headers = { 'x-forwarded-for': '203.0.113.77' };
    let response = await post({ text: 'hello' }, headers);
    while (response.status !== 429) response = await post({ text: 'hello' }, headers);
    expect(response.headers.get('access-control-expose-headers')).toContain('Retry-After');
  });
});
