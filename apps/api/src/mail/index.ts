/**
 * Mail for the app and its entries: the `Mailer` interface, the mail templates, the queueing
 * mailer and its delivery loop (all edge-safe).
 *
 * @example
 * // A Worker: queue in the request, deliver after the answer and from the Cron Trigger.
 * const queue = createMailQueue(store.db);
 * const mailer = createQueuedMailer(queue, () => ctx.waitUntil(deliverQueuedMail(queue, transport)));
 */
export type { Mail, Mailer } from './mailer.ts';
export { createQueuedMailer, fromQueuedMail, toQueuedMail } from './queued-mailer.ts';
export { deliverQueuedMail } from './deliver-queued-mail.ts';
export type { DeliverQueuedMailOptions, MailDeliveryReport } from './deliver-queued-mail.ts';
export { startMailDelivery } from './mail-delivery.ts';
export type { MailDelivery, MailDeliveryOptions } from './mail-delivery.ts';
