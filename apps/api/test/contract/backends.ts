/**
 * The three deployments the contract suite runs against, each on a fresh database seeded with
 * the demo data and the fixtures as of `TEST_NOW`, the API's clock pinned to it:
 * - SQLite: the Node server on a temporary file (the store checks `PRAGMA data_version`);
 * - PostgreSQL: the Node server on a new database of the TEST_DATABASE_URL server;
 * - D1: the Worker bundled by wrangler, under workerd (Miniflare), with the Cache API on.
 * Each also opens a second store on the same database, as another process would, for writes
 * and API keys; the servers check keys as the entries do (`createApiKeys` on their database).
 */
import { randomBytes } from 'node:crypto';
import { createApiKeys } from '@thb/store/access';
import { createWebhookEndpoints } from '@thb/store/webhooks';
import { createD1Store, migrateD1 } from '@thb/store/d1';
import { openStore } from '@thb/store/open';
import { openSqliteStore } from '@thb/store/sqlite';
import { createTestDatabase } from '@thb/store/testing';
import { startServer } from '../../src/node/start-server.ts';
import { PORTAL_ORIGIN, lazyApi, type LazyApi, type RunningApi } from '../support/api-under-test.ts';
import { TEST_NOW } from '../support/fixtures.ts';
import { openTestStore, seedTestData } from '../support/test-store.ts';
import { startWorkerRuntime } from '../support/worker-runtime.ts';

/**
 * The suite names a client per request, as Cloudflare (CF-Connecting-IP, the Worker) or a
 * proxy on loopback (X-Forwarded-For, the Node servers) would.
 */
const TRUSTED_PROXY = ['loopback'];

const quiet = { error: () => {} };
const over = (base: string) => (path: string, init?: RequestInit) => fetch(`${base}${path}`, init);

async function startSqliteApi(): Promise<RunningApi> {
  const served = await openTestStore();
  const writer = await openSqliteStore({ file: served.file });
  // The served store is typed as a PlatformStore only; the writer's connection reaches the same file.
  const writes = { keys: createApiKeys(writer.db), allowedOrigins: [PORTAL_ORIGIN] };
  // The Worker always mounts the webhook routes, so the servers do too: their OpenAPI documents agree.
  const webhooks = { endpoints: createWebhookEndpoints(writer.db), allowHosts: [] };
  const server = await startServer({ store: served.store, now: () => TEST_NOW, logger: quiet, trustProxy: TRUSTED_PROXY, writes, webhooks });
  return {
    fetch: over(server.url),
    store: writer,
    async stop() {
      await server.close();
      await writer.close();
      await served.close();
    },
  };
}

async function startPostgresApi(): Promise<RunningApi> {
  const database = await createTestDatabase('api');
  const opened: Array<{ close(): Promise<void> }> = [];
  try {
    // openStore is what the Node entry calls for DATABASE_URL.
    const { store } = await openStore({ databaseUrl: database.url, dataDir: 'unused' });
    opened.push(store);
    await seedTestData(store);
    const writes = { keys: createApiKeys(store.db), allowedOrigins: [PORTAL_ORIGIN] };
    const webhooks = { endpoints: createWebhookEndpoints(store.db), allowHosts: [] };
    const server = await startServer({ store, now: () => TEST_NOW, logger: quiet, trustProxy: TRUSTED_PROXY, writes, webhooks });
    opened.unshift({ close: server.close });
    const writer = (await openStore({ databaseUrl: database.url, dataDir: 'unused', poolSize: 2 })).store;
    opened.push(writer);
    return {
      fetch: over(server.url),
      store: writer,
      async stop() {
        for (const item of opened) await item.close();
        await database.drop();
      },
    };
  } catch (error) {
    for (const item of opened) await item.close().catch(() => undefined);
    await database.drop();
    throw error;
  }
}

async function startD1Api(): Promise<RunningApi> {
  const runtime = await startWorkerRuntime({
    databaseId: `contract-${randomBytes(4).toString('hex')}`, versionMetadata: true, bindings: { PORTAL_ORIGINS: PORTAL_ORIGIN },
  });
  try {
    await migrateD1(runtime.d1);
    const store = createD1Store(runtime.d1);
    await seedTestData(store);
    return {
      fetch: over(runtime.url),
      store,
      async stop() {
        await store.close();
        await runtime.dispose();
      },
    };
  } catch (error) {
    await runtime.dispose();
    throw error;
  }
}

/** SQLite, PostgreSQL and D1, each started on first use and shared by the suite's groups. */
export const BACKENDS: readonly LazyApi[] = [
  lazyApi('SQLite', startSqliteApi),
  lazyApi('PostgreSQL', startPostgresApi),
  lazyApi('D1', startD1Api),
];
