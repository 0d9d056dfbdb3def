/**
 * Runs `deliverQueuedMail` for a long-lived process: at start (mails a previous process left),
 * whenever a mail was queued (`kick`), and on a timer for retries. One run at a time; a kick
 * during a run makes one more run after it, so no queued mail waits for the timer.
 */
import type { MailQueue } from '@thb/store/mail-queue';
import { deliverQueuedMail, type MailDeliveryReport } from './deliver-queued-mail.ts';
import type { Mailer } from './mailer.ts';
import { startJobLoop, type JobLoop } from '../lib/job-loop.ts';

/** Options of {@link startMailDelivery}. */
export interface MailDeliveryOptions {
  /** How often waiting mails are looked at for a retry. */
  retryEveryMs: number;
  log?: ((line: string) => void) | undefined;
  /** Mails sent at once: the transport's connections (`SMTP_CONNECTIONS` for the pooled SMTP one). */
  concurrency?: number | undefined;
}

/** A running mail delivery loop. */
export type MailDelivery = JobLoop<MailDeliveryReport>;

/**
 * Starts the loop: a first run now, then one every `retryEveryMs` and after each `kick`.
 * @example const delivery = startMailDelivery(queue, createMailer(…), { retryEveryMs: 15_000, log: console.error });
 */
export function startMailDelivery(queue: MailQueue, transport: Mailer, options: MailDeliveryOptions): MailDelivery {
  return startJobLoop(() => deliverQueuedMail(queue, transport, { log: options.log, concurrency: options.concurrency }), options.retryEveryMs, (error) =>
    // The database was unreachable: the timer tries again.
    options.log?.(`Mail delivery stopped: ${error instanceof Error ? error.message : String(error)}`));
}
