/**
 * The Worker around the app: one store and one app per isolate (their caches and the search
 * index outlive a request), D1 as the store, the Cache API as the shared read cache, API keys
 * checked against D1 for writes, mail queued in D1 and sent through the Email binding, and the
 * Cron Trigger's jobs.
 */
import type { D1Database } from '@cloudflare/workers-types';
import { createApiKeys } from '@thb/store/access';
import { createD1Store } from '@thb/store/d1';
import { createMailQueue } from '@thb/store/mail-queue';
import { createMeetingStore } from '@thb/store/meetings';
import { createNotifications } from '@thb/store/notifications';
import { createPortalStore } from '@thb/store/portal';
import { createWebhookEndpoints, createWebhookQueue } from '@thb/store/webhooks';
import { createApp, type AppOpenAPI, type CreateAppOptions, type WriteSideOptions } from '../app.ts';
import { EnvSchema } from '../env.ts';
import type { PortalOptions } from '../routes/calls/index.ts';
import { organizerOf } from '../routes/meetings/meeting-calendar.ts';
import type { MeetingOptions } from '../routes/meetings/meetings.ts';
import { reviewMails } from '../routes/review/review-mail.ts';
import { createFetchSender, disabledNotice, parseAllowHosts } from '../webhooks/index.ts';
import { edgeReadCache, type EdgeCacheStorage } from './edge-read-cache.ts';
import { workerMail, type WaitUntil, type WorkerMail } from './mail/worker-mail.ts';
import { runScheduledJobs, type ScheduledParts } from './scheduled-jobs.ts';
import { workerVariable, type WorkerEnv } from './worker-env.ts';
import { workerAccounts } from './worker-accounts.ts';

export type { WorkerEnv } from './worker-env.ts';

/** What the runtime passes with each request (Hono's type, so `app.fetch` accepts it). */
export type WorkerContext = NonNullable<Parameters<AppOpenAPI['fetch']>[2]>;

/** What the runtime passes to `scheduled`: when the Cron Trigger fired (ms since the epoch). */
export interface ScheduledController {
  scheduledTime: number;
  cron?: string;
}

/** A module Worker's handlers: requests, and the Cron Trigger's jobs. */
export interface WorkerHandler {
  fetch(request: Request, env: WorkerEnv, ctx: WorkerContext): Promise<Response>;
  scheduled(controller: ScheduledController, env: WorkerEnv, ctx: WaitUntil): Promise<void>;
}

/** Options of {@link createWorker}: what tests pin. */
export type CreateWorkerOptions = Pick<CreateAppOptions, 'now' | 'logger'>;

/** Everything an isolate keeps between requests. */
interface IsolateParts extends ScheduledParts {
  app: AppOpenAPI;
}

/** `caches.default`, which Node's types do not declare. */
function defaultCache(): EdgeCacheStorage | undefined {
  return (globalThis as { caches?: { default?: EdgeCacheStorage } }).caches?.default;
}

/** The isolate's mail, when the Worker has an Email binding and a sender (`MAIL_FROM`). */
function mailOf(env: WorkerEnv, store: ReturnType<typeof createD1Store>, logger: ScheduledParts['logger']): WorkerMail | undefined {
  if (!env.MAIL) return undefined;
  if (!env.MAIL_FROM) {
    // Like a missing AUTH_SECRET: the API still serves reads and key writes, and says why mail is off.
    logger.error('The Worker has a MAIL binding but no MAIL_FROM: no mail is sent and accounts are not mounted. Set MAIL_FROM in [vars] to an address of a domain Cloudflare may send from');
    return undefined;
  }
  const from = workerVariable('MAIL_FROM', EnvSchema.shape.MAIL_FROM, env);
  const retrySeconds = workerVariable('MAIL_RETRY_SECONDS', EnvSchema.shape.MAIL_RETRY_SECONDS, env);
  const claimSeconds = workerVariable('MAIL_CLAIM_SECONDS', EnvSchema.shape.MAIL_CLAIM_SECONDS, env);
  return workerMail({ db: store.db, binding: env.MAIL, from, retrySeconds, claimSeconds, logger });
}

/**
 * Keys live in D1 beside the data: `createApiKeys` sends single statements only (D1 has no
 * interactive transactions), including the conditional `last_used_at` update.
 */
function isolateParts(env: WorkerEnv, options: CreateWorkerOptions): IsolateParts {
  if (!env.DB) throw new Error('The Worker has no D1 binding named DB: add [[d1_databases]] to wrangler.toml');
  const bench = EnvSchema.shape.BENCH.safeParse(env.BENCH);
  if (!bench.success) throw new Error('The Worker variable BENCH must be one of 1, 0, true, false, yes, no');
  const publicUrl = workerVariable('PUBLIC_URL', EnvSchema.shape.PUBLIC_URL, env);
  const portalOrigins = workerVariable('PORTAL_ORIGINS', EnvSchema.shape.PORTAL_ORIGINS, env);
  const perMinute = workerVariable('WRITES_PER_MINUTE', EnvSchema.shape.WRITES_PER_MINUTE, env);
  const logger = options.logger ?? console;
  const cache = defaultCache();
  const store = createD1Store(env.DB);
  const mail = mailOf(env, store, logger);
  const accounts = workerAccounts(env, { store, publicUrl, portalOrigins, mailer: mail?.mailer, logger });
  const portal: PortalOptions | undefined = mail && publicUrl ? { store: createPortalStore(store.db), mailer: mail.mailer, publicUrl } : undefined;
  // Digests need mail, a public address for their links and the secret that signs unsubscribing.
  const notifications = accounts && mail && publicUrl && env.AUTH_SECRET
    ? { notifications: createNotifications(store.db), secret: env.AUTH_SECRET } : undefined;
  const digests = notifications && publicUrl
    ? { ...notifications, queue: createMailQueue(store.db), write: store.write, publicUrl, logger } : undefined;
  // Meetings mail every change, so they are mounted with mail and a public address for the links;
  // each change and its mails go in one D1 batch, and the Cron Trigger sends the reminders.
  const meetings: MeetingOptions | undefined = mail && publicUrl ? {
    store: createMeetingStore(store.db, { writeBatch: store.write }), mailer: mail.mailer, publicUrl,
    organizer: organizerOf(workerVariable('MAIL_FROM', EnvSchema.shape.MAIL_FROM, env)),
  } : undefined;
  const writes: WriteSideOptions = {
    keys: createApiKeys(store.db),
    // Review decisions queue their mails in the decision's own D1 batch; `committed` then starts
    // their delivery in the request's waitUntil, and the Cron Trigger sends what that missed.
    ...(accounts && mail && publicUrl ? { review: { mails: reviewMails(accounts, mail.mailer, publicUrl) } } : {}),
    allowedOrigins: [...(publicUrl ? [new URL(publicUrl).origin] : []), ...portalOrigins],
    rateLimit: { capacity: workerVariable('WRITE_BURST', EnvSchema.shape.WRITE_BURST, env), refillPerSecond: perMinute / 60 },
  };
  const allowHosts = parseAllowHosts(env.WEBHOOK_ALLOW_HOSTS);
  const app = createApp({
    ...options,
    store,
    // Owners register their endpoints with a session (accounts) or the secretariat's key.
    webhooks: { endpoints: createWebhookEndpoints(store.db), allowHosts },
    ...(accounts ? { accounts } : {}),
    ...(portal ? { portal } : {}),
    ...(notifications ? { notifications } : {}),
    ...(meetings ? { meetings } : {}),
    compress: false,
    benchRoute: bench.data,
    writes,
    // Cloudflare's edge sets CF-Connecting-IP itself, so a client cannot forge it there.
    chat: { rateLimit: { clientAddress: (c) => c.req.header('cf-connecting-ip') } },
    ...(cache ? { sharedCache: edgeReadCache(cache, { deployment: env.CF_VERSION_METADATA?.id }) } : {}),
  });
  // Webhooks go from the Cron Trigger; the owners' mail of a disabled endpoint needs accounts and mail.
  const webhooks: ScheduledParts['webhooks'] = {
    queue: createWebhookQueue(store.db, { writeBatch: store.write }),
    send: createFetchSender(allowHosts),
    ...(accounts && mail && publicUrl ? { disabledNotice: disabledNotice(accounts, mail.mailer, publicUrl) } : {}),
    log: (line) => logger.error(line),
  };
  return { app, store, accounts, portal, mail, webhooks, digests, meetings, logger };
}

/**
 * The Worker's handler. The app is built on the isolate's first request, as bindings only
 * arrive with requests, and kept for the next ones (keyed by the binding, should it change).
 * @example export default createWorker();
 */
export function createWorker(options: CreateWorkerOptions = {}): WorkerHandler {
  const isolates = new WeakMap<D1Database, IsolateParts>();
  const partsOf = (env: WorkerEnv): IsolateParts => {
    let parts = isolates.get(env.DB);
    if (!parts) {
      parts = isolateParts(env, options);
      isolates.set(env.DB, parts);
    }
    return parts;
  };
  return {
    async fetch(request, env, ctx) {
      const { app, mail } = partsOf(env);
      const run = () => Promise.resolve(app.fetch(request, env, ctx));
      // Mails the request queues are sent in its waitUntil, after the answer.
      const response = mail ? mail.during(ctx, run) : run();
      // A client that hangs up cancels its request's work, and other requests may be waiting
      // for some of it (a data-version lookup they joined, the search index the store builds
      // once for whichever request comes first). waitUntil lets that work finish.
      ctx.waitUntil(response.catch(() => undefined));
      return response;
    },
    async scheduled(_controller, env) {
      // The real clock: deletions, calls and yearly checks are due by it (the tests' `now` pins the data's "upcoming" only).
      await runScheduledJobs(partsOf(env), new Date());
    },
  };
}
