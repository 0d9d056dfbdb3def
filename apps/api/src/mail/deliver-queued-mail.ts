/**
 * Sends the queue's due mails through a transport (SMTP, the outbox folder, a Worker's mail
 * service), marking each sent or failed. Edge-safe: the Node server runs it on a timer and after
 * each queued mail; a Worker runs it in `waitUntil` and from its Cron Trigger.
 */
import type { ClaimedMail, MailQueue } from '@thb/store/mail-queue';
import type { Mailer } from './mailer.ts';
import { fromQueuedMail } from './queued-mailer.ts';

/** What one delivery run did. */
export interface MailDeliveryReport {
  sent: number;
  failed: number;
}

/** Options of {@link deliverQueuedMail}. */
export interface DeliverQueuedMailOptions {
  /** How many mails one claim takes; the run claims again until nothing is due. */
  batchSize?: number | undefined;
  /** The clock the claims' `claimedUntil` is checked against. */
  now?: (() => Date) | undefined;
  /** Told about each failed attempt (never the mail's text, which may hold a sign-in link). */
  log?: ((line: string) => void) | undefined;
  /**
   * Mails sent at once (1 by default), for a transport with several connections (the pooled SMTP
   * one). Mails to one recipient still go one after another, in the queue's order.
   */
  concurrency?: number | undefined;
}

/** The transport's reason, on one line, for the queue's `last_error`. */
function reasonOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim() || 'unknown error';
}

/**
 * Drains what is due now: claims, sends (one by one, or several recipients' at once), marks. A mail that fails waits for its next
 * attempt (the queue's backoff), so a run always ends.
 * @example
 * const { sent, failed } = await deliverQueuedMail(createMailQueue(store.db), createSmtpMailer({ smtpUrl, from }));
 */
export async function deliverQueuedMail(
  queue: Pick<MailQueue, 'claimDue' | 'markSent' | 'markFailed'>,
  transport: Mailer,
  options: DeliverQueuedMailOptions = {},
): Promise<MailDeliveryReport> {
  const report: MailDeliveryReport = { sent: 0, failed: 0 };
  async function deliver(mail: ClaimedMail) {
    // A batch is claimed at once and sent one by one: a mail whose claim ran out while the
    // ones before it were sent may be another deliverer's now, so it is left to that one.
    if (new Date(mail.claimedUntil).getTime() <= (options.now?.() ?? new Date()).getTime()) return;
    try {
      await transport.send(fromQueuedMail(mail));
    } catch (error) {
      const reason = reasonOf(error);
      const next = await queue.markFailed(mail, reason);
      report.failed += 1;
      options.log?.(`Mail ${mail.id} (attempt ${mail.attempt}) failed: ${reason}; ${next ? `next attempt at ${next}` : 'given up'}`);
      return;
    }
    await queue.markSent(mail);
    report.sent += 1;
  }
  const concurrency = Math.max(1, options.concurrency ?? 1);
  for (;;) {
    const claimed: ClaimedMail[] = await queue.claimDue(options.batchSize ?? 20);
    if (claimed.length === 0) return report;
    // One lane per recipient at a time, so that one person's mails (an invitation, then its update) keep their order.
    const byRecipient = new Map<string, ClaimedMail[]>();
    for (const mail of claimed) {
      const key = mail.recipient.toLowerCase();
      byRecipient.set(key, [...(byRecipient.get(key) ?? []), mail]);
    }
    const groups = [...byRecipient.values()];
    let next = 0;
    const lane = async () => {
      while (next < groups.length) {
        for (const mail of groups[next++]!) await deliver(mail);
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, groups.length) }, lane));
  }
}
