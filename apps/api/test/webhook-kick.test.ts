/**
 * The built server sends a write's webhook at once, not at its next poll: with the poll interval
 * set to an hour, a member change made through the API reaches a local receiver within seconds,
 * because each successful write request starts the delivery loop.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApiKeys } from '@thb/store/access';
import { demoData, seedDemoData } from '@thb/store/demo';
import { openStore } from '@thb/store/open';
import { TEST_NOW } from '@thb/store/testing';
import { createWebhookEndpoints } from '@thb/store/webhooks';
import { Webhook } from 'standardwebhooks';
import { runBuiltServer, type BuiltServer } from './support/built-server.ts';

const MEMBER = demoData(TEST_NOW).members[0]!.id;
/** Far longer than the test may take: a delivery that waited for the poll would never arrive in it. */
const POLL_SECONDS = 3600;

let folder: string | undefined;
afterAll(() => (folder ? rm(folder, { recursive: true, force: true }) : undefined));

describe('the built server after a write', () => {
  it('delivers the write\'s webhook at once, long before the poll interval', async () => {
    const received: Array<{ headers: IncomingHttpHeaders; body: string; at: number }> = [];
    const receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => { body += chunk.toString('utf8'); });
      req.on('end', () => {
        received.push({ headers: req.headers, body, at: Date.now() });
        res.statusCode = 204;
        res.end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const { port } = receiver.address() as AddressInfo;
    folder = await mkdtemp(join(tmpdir(), 'thb-webhook-kick-'));
    const opened = await openStore({ dataDir: folder, seed: (store) => seedDemoData(store, TEST_NOW) });
    const key = (await createApiKeys(opened.store.db).create({ organisationId: null, name: 'kick test', createdBy: 'test' })).key;
    const endpoint = await createWebhookEndpoints(opened.store.db).create({
      memberId: MEMBER, url: `http://127.0.0.1:${port}/hook`, eventKinds: ['member.changed'],
    });
    await opened.store.close();

    let server: BuiltServer | undefined = runBuiltServer({
      PORT: '0', DATA_DIR: folder, WEBHOOK_POLL_SECONDS: String(POLL_SECONDS), WEBHOOK_ALLOW_HOSTS: `127.0.0.1:${port}`,
    });
    try {
      const base = await server.listening;
      const response = await fetch(`${base}/v1/members/${MEMBER}`, {
        method: 'PATCH',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'if-match': '*' },
        body: JSON.stringify({ city: 'Kicked' }),
      });
      expect(response.status).toBe(200);
      const answered = Date.now();
      // Generous for a loaded machine, and still a hundredth of the poll interval.
      await expect.poll(() => received.length, { timeout: 30_000, interval: 50 }).toBe(1);
      expect(received[0]!.at - answered).toBeLessThan(POLL_SECONDS * 1000 / 100);
      const delivered = new Webhook(endpoint.secret).verify(received[0]!.body, received[0]!.headers as Record<string, string>);
      expect(delivered).toMatchObject({ type: 'member.changed', data: { id: MEMBER } });
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
      server = undefined;
    } finally {
      server?.child.kill('SIGKILL');
      await new Promise<void>((resolve) => receiver.close(() => resolve()));
    }
  }, 60_000);
});
