/**
 * Mail for the app and its entries: the queueing mailer and its delivery loop (edge-safe). The
 * `Mailer` interface is `mailer.ts`; the templates are `templates/`.
 *
 * @example
 * // A Worker: queue in the request, deliver after the answer and from the Cron Trigger.
 * const queue = createMailQueue(store.db);
 * const mailer = createQueuedMailer(queue, () => ctx.waitUntil(deliverQueuedMail(queue, transport)));
 */
export { createQueuedMailer } from './queued-mailer.ts';
export { deliverQueuedMail } from './deliver-queued-mail.ts';
export { startMailDelivery } from './mail-delivery.ts';
export type { MailDelivery } from './mail-delivery.ts';
