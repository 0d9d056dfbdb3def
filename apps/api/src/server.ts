/**
 * The Node entry: opens the store (SQLite in DATA_DIR, or PostgreSQL when DATABASE_URL is set),
 * seeds demo data into an empty one, and serves the API,
 * the `/docs` assets and, when built, the widget bundles and the demo site.
 *
 * Run it with `tsx src/server.ts` or, built, `node apps/api/dist/server.js`. Importing this
 * module starts nothing; it only exports {@link startServer} for tests and other packages.
 */
import { fileURLToPath } from 'node:url';
import { isEntry, runMain } from '@thb/store/node-main';
import type { OpenedStore } from '@thb/store/open';
import { createApiKeys, createSecretariat } from '@thb/store/access';
import { createMailQueue } from '@thb/store/mail-queue';
import { createMeetingStore } from '@thb/store/meetings';
import { createNotifications } from '@thb/store/notifications';
import { createPortalStore } from '@thb/store/portal';
import { runDigests } from './notifications/digest-job.ts';
import { runPortalJobs } from './routes/calls/index.ts';
import { organizerOf } from './routes/meetings/meeting-calendar.ts';
import { MEETING_REMINDER_EVERY_MS, runMeetingReminders } from './routes/meetings/meeting-reminders.ts';
import { startJobLoop } from './lib/job-loop.ts';
import { createAccounts } from './auth/accounts.ts';
import { authSecret } from './node/auth-secret.ts';
import { createMailer } from './node/mail/create-mailer.ts';
import { SMTP_CONNECTIONS } from './node/mail/smtp-mailer.ts';
import { createQueuedMailer, startMailDelivery } from './mail/index.ts';
import { loadEnv, type Env } from './env.ts';
import { reviewMails } from './routes/review/review-mail.ts';
import { createNodeSender } from './node/webhooks/node-sender.ts';
import { disabledNotice, parseAllowHosts, startWebhookDelivery } from './webhooks/index.ts';
import { createWebhookEndpoints, createWebhookQueue } from '@thb/store/webhooks';
import { purgeDeleted } from './routes/writes/purge-deleted.ts';
import { startServer, type RunningServer } from './node/start-server.ts';

export { startServer } from './node/start-server.ts';
export type { RunningServer, StartServerOptions } from './node/start-server.ts';

/** The workspace's build outputs, relative to this file (the same from src/ and dist/). */
const DEFAULT_WIDGETS_DIR = fileURLToPath(new URL('../../../packages/widgets/dist', import.meta.url));
const DEFAULT_SITE_DIR = fileURLToPath(new URL('../../../apps/site/dist', import.meta.url));
const DEFAULT_PORTAL_DIR = fileURLToPath(new URL('../../../apps/portal/dist', import.meta.url));

/**
 * Where the demo site (apps/site) shows each widget, for the chat's links; a deployment whose
 * widgets live on other pages builds its app with its own `chat.pages`.
 */
function demoSitePages(publicUrl: string) {
  const base = publicUrl.replace(/\/+$/, '');
  return { memberMap: `${base}/#members`, resourceFinder: `${base}/#resources`, events: `${base}/#events` };
}

/** Serves the API on the store `runMain` opened (and seeded and warmed). */
async function main(env: Env, { store, backend }: OpenedStore): Promise<RunningServer> {
  const publicUrl = env.PUBLIC_URL ?? `http://localhost:${env.PORT}`;
  // Every mail is queued in the store first, then delivered: through SMTP_URL, or without it into
  // DATA_DIR/outbox with its links printed here, so the demo's sign-in works at once.
  const transport = createMailer({ smtpUrl: env.SMTP_URL, from: env.MAIL_FROM, dataDir: env.DATA_DIR, log: (line) => console.log(line) });
  const retryEveryMs = env.MAIL_RETRY_SECONDS * 1000;
  const queue = createMailQueue(store.db, { retry: { firstDelayMs: retryEveryMs }, claimMs: env.MAIL_CLAIM_SECONDS * 1000 });
  // SMTP has a pool of connections: as many mails go at once (the outbox folder takes them one by one).
  const delivery = startMailDelivery(queue, transport, {
    retryEveryMs, log: (line) => console.error(line), concurrency: env.SMTP_URL ? SMTP_CONNECTIONS : 1,
  });
  const mailer = createQueuedMailer(queue, () => void delivery.kick());
  const secretariat = createSecretariat(store.db);
  const secret = authSecret(env.AUTH_SECRET, env.DATA_DIR);
  const accounts = createAccounts({
    db: store.db, type: backend === 'postgres' ? 'postgres' : 'sqlite', secret,
    publicUrl, mailer, trustedOrigins: env.PORTAL_ORIGINS,
    isSecretariat: async (email) => env.SECRETARIAT_EMAILS.includes(email.toLowerCase()) || (await secretariat.has(email)),
  });
  const portal = { store: createPortalStore(store.db), mailer, publicUrl };
  // Webhook deliveries are queued with the writes that cause them; this loop sends them, at
  // start, after each successful write request (`afterWrite` below) and every WEBHOOK_POLL_SECONDS.
  const allowHosts = parseAllowHosts(env.WEBHOOK_ALLOW_HOSTS);
  const webhooks = { endpoints: createWebhookEndpoints(store.db), allowHosts };
  const webhookDelivery = startWebhookDelivery(createWebhookQueue(store.db, { writeBatch: store.write }), {
    send: createNodeSender(allowHosts),
    disabledNotice: disabledNotice(accounts, mailer, publicUrl, env.SECRETARIAT_EMAILS),
    log: (line) => console.error(line),
  }, env.WEBHOOK_POLL_SECONDS * 1000);
  const notifications = { notifications: createNotifications(store.db), secret };
  // Invitations name the platform's sender as their ORGANIZER.
  const meetings = { store: createMeetingStore(store.db, { writeBatch: store.write }), mailer, publicUrl, organizer: organizerOf(env.MAIL_FROM) };
  const server = await startServer({
    store,
    accounts,
    portal,
    notifications,
    meetings,
    webhooks,
    writes: {
      keys: createApiKeys(store.db),
      review: { mails: reviewMails(accounts, mailer, publicUrl) },
      allowedOrigins: [new URL(publicUrl).origin, ...env.PORTAL_ORIGINS],
      rateLimit: { capacity: env.WRITE_BURST, refillPerSecond: env.WRITES_PER_MINUTE / 60 },
      afterWrite: () => void webhookDelivery.kick(),
    },
    port: env.PORT,
    hostname: env.HOST,
    widgetsDir: env.WIDGETS_DIR ?? DEFAULT_WIDGETS_DIR,
    siteDir: env.SITE_DIR ?? DEFAULT_SITE_DIR,
    portalDir: env.PORTAL_DIR ?? DEFAULT_PORTAL_DIR,
    sourceMaps: env.SOURCE_MAPS,
    benchRoute: env.BENCH,
    trustProxy: env.TRUST_PROXY,
    hsts: env.PUBLIC_URL?.startsWith('https:') ?? false,
    connections: {
      headersTimeoutMs: env.HTTP_HEADERS_TIMEOUT_MS,
      requestTimeoutMs: env.HTTP_REQUEST_TIMEOUT_MS,
      keepAliveTimeoutMs: env.HTTP_KEEP_ALIVE_TIMEOUT_MS,
      maxConnections: env.HTTP_MAX_CONNECTIONS,
    },
    chat: {
      rateLimit: { capacity: env.CHAT_BURST, refillPerSecond: env.CHAT_PER_MINUTE / 60 },
      // The demo site's own pages, so answers can link visitors to the map, finder and events.
      pages: demoSitePages(env.PUBLIC_URL ?? `http://localhost:${env.PORT}`),
    },
  });
  // Deleted records can be restored for 30 days, then they are purged; checked hourly.
  const purge = () => void purgeDeleted(store, new Date()).catch((error: unknown) => console.error('Purging deleted records failed', error));
  purge();
  setInterval(purge, 60 * 60 * 1000).unref();
  // Calls that opened are announced and due yearly checks sent; checked every five minutes.
  const portalJobs = () => void runPortalJobs(portal, store, accounts, new Date()).catch((error: unknown) => console.error('Portal jobs failed', error));
  setInterval(portalJobs, 5 * 60 * 1000).unref();
  // Notification digests (issue 13): due by each person's time zone, so checked every five minutes.
  const digestOptions = { ...notifications, queue, write: store.write, publicUrl };
  const digests = () => void runDigests(digestOptions, new Date())
    .then(({ queued }) => { if (queued > 0) void delivery.kick(); })
    .catch((error: unknown) => console.error('Notification digests failed', error));
  setInterval(digests, 5 * 60 * 1000).unref();
  // Meeting reminders, 7 days and 1 day before (queued with their marks; the mailer kicks delivery).
  startJobLoop(() => runMeetingReminders(meetings), MEETING_REMINDER_EVERY_MS, (error) => console.error('Meeting reminders failed', error));
  console.log(`THB Platform Kit API listening on ${server.url} (${backend}; reference: ${server.url}/docs)`);
  return server;
}

// runMain opens the store, seeds an empty one, and closes the server and then the store on SIGINT/SIGTERM.
if (isEntry(import.meta.url)) {
  void runMain(() => {
    const env = loadEnv();
    return { databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR, start: (opened) => main(env, opened) };
  });
}
