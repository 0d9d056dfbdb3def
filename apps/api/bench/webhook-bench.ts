/**
 * Webhook deliveries per second to a local receiver (node:http on 127.0.0.1, allowed as the
 * operator setting allows it in tests): N deliveries queued in one batch on a fresh SQLite store,
 * then drained by `deliverWebhooks` with the Node sender, each signed and logged. Figures are
 * printed, never asserted. Usage: `pnpm bench webhooks` (WEBHOOK_BENCH_COUNT, 2000 by default).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '@thb/store/sqlite';
import { createWebhookEndpoints, createWebhookQueue, webhookEnqueueStatement } from '@thb/store/webhooks';
import { createNodeSender } from '../src/node/webhooks/node-sender.ts';
import { deliverWebhooks, parseAllowHosts } from '../src/webhooks/index.ts';

const count = Number(process.env.WEBHOOK_BENCH_COUNT ?? 2000);
let received = 0;
const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    received += 1;
    res.statusCode = 204;
    res.end();
  });
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address() as AddressInfo;
const dir = mkdtempSync(join(tmpdir(), 'thb-webhook-bench-'));
const store = await openSqliteStore({ file: join(dir, 'bench.sqlite') });
try {
  const endpoints = createWebhookEndpoints(store.db);
  await endpoints.create({ memberId: null, url: `http://127.0.0.1:${port}/hook`, eventKinds: ['announcement.published'] });
  const at = new Date();
  await store.db.transaction().execute(async (trx) => {
    for (let i = 0; i < count; i += 1) await trx.executeQuery(webhookEnqueueStatement(store.db, 'announcement.published', { id: `a${i}` }, at));
  });
  const send = createNodeSender(parseAllowHosts(`127.0.0.1:${port}`));
  console.log('| concurrency | deliveries | seconds | deliveries/s |');
  console.log('|---|---|---|---|');
  for (const concurrency of [1, 8]) {
    // The first round delivers them; the second gets the same rows queued again.
    if (concurrency > 1) {
      await store.db.updateTable('webhook_delivery').set({ status: 'pending', next_attempt_at: at.toISOString(), attempt: 0 }).execute();
    }
    received = 0;
    const started = performance.now();
    const report = await deliverWebhooks(createWebhookQueue(store.db), { send, concurrency, batchSize: 50 });
    const seconds = (performance.now() - started) / 1000;
    if (report.delivered !== count || received !== count) throw new Error(`delivered ${report.delivered}, received ${received} of ${count}`);
    console.log(`| ${concurrency} | ${count} | ${seconds.toFixed(2)} | ${Math.round(count / seconds)} |`);
  }
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  server.close();
}
