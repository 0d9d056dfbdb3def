/**
 * The durable mail queue: mails are rows in the store's database before anyone is told they
 * were sent; a deliverer claims due ones, sends them, and marks them sent or failed (retried with
 * backoff for three days). Edge-safe: the same code runs in Node and in a Worker on D1.
 *
 * @example
 * import { createMailQueue } from '@thb/store/mail-queue';
 * const queue = createMailQueue(store.db);
 * await queue.enqueue({ recipient: 'ana@example.org', subject: 'Hello', text: 'Hello, Ana' });
 * for (const mail of await queue.claimDue()) {
 *   try { await smtp.send(mail); await queue.markSent(mail); } catch (error) { await queue.markFailed(mail, String(error)); }
 * }
 */
export { createMailQueue, DEFAULT_MAIL_CLAIM_MS, DEFAULT_MAIL_RETRY, retryDelayMs } from './mail-queue.ts';
export type {
  ClaimedMail, MailAttachment, MailQueue, MailQueueOptions, MailRetryPolicy, MailToQueue, QueuedMailInfo, QueuedMailStatus,
} from './mail-queue-types.ts';
