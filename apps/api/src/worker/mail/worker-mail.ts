/**
 * Mail on the Worker: every mail is first a row of D1's mail queue (committed before the request
 * is answered), then delivered through the Email binding, right after the request in
 * `ctx.waitUntil` and again from the Cron Trigger for what failed (the queue's backoff). The
 * request's ExecutionContext reaches the queueing mailer through AsyncLocalStorage, since
 * mails are queued deep inside Better Auth and the portal's handlers.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Kysely } from 'kysely';
import type { StoreDatabase } from '@thb/store';
import { createMailQueue } from '@thb/store/mail-queue';
import { createQueuedMailer, deliverQueuedMail } from '../../mail/index.ts';
import type { MailDeliveryReport } from '../../mail/deliver-queued-mail.ts';
import type { QueuedMailer } from '../../mail/queued-mailer.ts';
import type { Logger } from '../../lib/types.ts';
import { createEmailBindingMailer, type SendEmailBinding } from './email-binding-mailer.ts';

/** What the Worker's runtime gives each request and cron run: `waitUntil`. */
export interface WaitUntil {
  waitUntil(promise: Promise<unknown>): void;
}

/** What {@link workerMail} needs. */
export interface WorkerMailSetup {
  db: Kysely<StoreDatabase>;
  /** The `[[send_email]]` binding. */
  binding: SendEmailBinding;
  /** `MAIL_FROM`: the sender of every mail, on a domain the binding may send from. */
  from: string;
  /** `MAIL_RETRY_SECONDS`: the first wait after a failure. */
  retrySeconds: number;
  /** `MAIL_CLAIM_SECONDS`: how long a run holds the mails it took, should its isolate die mid-send. */
  claimSeconds: number;
  logger: Logger;
}

/** The isolate's mail: the queueing mailer the app uses, and delivery. */
export interface WorkerMail {
  /**
   * Queues (`send`, or statements in a write's batch then `queued`); each queued mail is
   * delivered in the waitUntil of the request that queued it.
   */
  mailer: QueuedMailer;
  /** Delivers what is due now (the Cron Trigger's run). */
  deliver(): Promise<MailDeliveryReport>;
  /** Runs a request's work with its context, so mails it queues go out after its answer. */
  during<T>(ctx: WaitUntil, work: () => T): T;
}

/**
 * The Worker's mail over D1 and the Email binding.
 * @example const mail = workerMail({ db: store.db, binding: env.MAIL, from: env.MAIL_FROM, retrySeconds: 15, claimSeconds: 300, logger: console });
 */
export function workerMail(setup: WorkerMailSetup): WorkerMail {
  const queue = createMailQueue(setup.db, { retry: { firstDelayMs: setup.retrySeconds * 1000 }, claimMs: setup.claimSeconds * 1000 });
  const transport = createEmailBindingMailer(setup.binding, setup.from);
  const requests = new AsyncLocalStorage<WaitUntil>();
  // One line per failed attempt (never the mail's text, which may hold a sign-in link).
  const log = (line: string) => setup.logger.error(line);
  const deliver = () => deliverQueuedMail(queue, transport, { log });
  const mailer = createQueuedMailer(queue, () => {
    // Outside a request (a cron run) the run's own delivery at its end sends it. Several runs
    // at once are safe: each mail is claimed by one of them.
    requests.getStore()?.waitUntil(deliver().catch((error: unknown) => setup.logger.error('Mail delivery stopped; the Cron Trigger tries again', error)));
  });
  return { mailer, deliver, during: (ctx, work) => requests.run(ctx, work) };
}
