/**
 * Webhook delivery for the app (edge-safe): the drain and its loop, the Worker's sender and the
 * owners' notice. The Node sender that checks resolved addresses is `node/webhooks/node-sender.ts`.
 */
export { deliverWebhooks } from './deliver-webhooks.ts';
export type { DeliverWebhooksOptions } from './deliver-webhooks.ts';
export { disabledNotice } from './disabled-notice.ts';
export { startWebhookDelivery } from './webhook-delivery.ts';
export { createFetchSender } from './webhook-sender.ts';
export { parseAllowHosts } from './webhook-url.ts';
