// Spoofed proxy headers against a real listening server: the rate limit must key on the client.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../test/support/fixtures.ts';
import { openTestStore, type TestStore } from '../../test/support/test-store.ts';
import { startServer, type RunningServer } from './start-server.ts';
import type { TrustProxy } from './client-address.ts';

let testStore: TestStore;
const servers: RunningServer[] = [];

beforeAll(async () => {
  testStore = await openTestStore();
});
afterAll(async () => {
  for (const server of servers) await server.close();
  await testStore.close();
});

/** A server allowing each client 2 messages, behind the given proxies (the test is the nearest one, on loopback). */
async function serverTrusting(trustProxy: TrustProxy | undefined) {
  const server = await startServer({
    store: testStore.store, now: () => TEST_NOW, logger: { error: () => {} }, trustProxy,
    chat: { rateLimit: { capacity: 2, refillPerSecond: 0.001 } },
  });
  servers.push(server);
  return (headers: Record<string, string>) => fetch(`${server.url}/v1/chat`, {
    method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{"text":"hello"}',
  }).then((response) => response.status);
}

/** How many of 20 messages got through, each with a freshly spoofed value from `headers(i)`. */
async function admitted(send: (headers: Record<string, string>) => Promise<number>, headers: (i: number) => Record<string, string>) {
  let ok = 0;
  for (let i = 0; i < 20; i++) if ((await send(headers(i))) === 200) ok++;
  return ok;
}

describe('the client behind proxies', () => {
  it('with one trusted proxy, is the last X-Forwarded-For hop: spoofed first hops change nothing', async () => {
    const send = await serverTrusting(1);
    // The proxy appended the real address after whatever the client sent.
    expect(await admitted(send, (i) => ({ 'x-forwarded-for': `10.9.9.${i}, 203.0.113.5` }))).toBe(2);
    expect(await send({ 'x-forwarded-for': '203.0.113.6' })).toBe(200);
  });

  it('with a list of trusted proxies, is the right-most hop not on it', async () => {
    const send = await serverTrusting(['loopback', '10.0.0.0/8']);
    const chain = (i: number) => ({ 'x-forwarded-for': `192.0.2.${i}, 203.0.113.7, 10.1.2.3` });
    expect(await admitted(send, chain)).toBe(2);
    // An internal hop named last is a proxy, so the address before it is the client.
    expect(await send({ 'x-forwarded-for': '203.0.113.8, 10.1.2.3' })).toBe(200);
  });

  it('never trusts CF-Connecting-IP on Node', async () => {
    const send = await serverTrusting(1);
    expect(await admitted(send, (i) => ({ 'cf-connecting-ip': `198.51.100.${i}`, 'x-forwarded-for': '203.0.113.9' }))).toBe(2);
  });

  it('without trusted proxies, is the socket: forwarding headers are ignored', async () => {
    const send = await serverTrusting(undefined);
    expect(await admitted(send, (i) => ({ 'x-forwarded-for': `203.0.113.${i}`, 'cf-connecting-ip': `198.51.100.${i}` }))).toBe(2);
  });

  it('falls back to the nearest real address when the chosen hop is not one', async () => {
    const send = await serverTrusting(3);
    expect(await admitted(send, (i) => ({ 'x-forwarded-for': `${'x'.repeat(i + 1)}, 203.0.113.10` }))).toBe(2);
  });
});
