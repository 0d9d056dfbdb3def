/**
 * Webhook delivery for the app (edge-safe): address rules, signing, the drain and its loop.
 * The Node sender that checks resolved addresses is `node/webhooks/node-sender.ts`.
 */
export { deliverWebhooks, signedHeaders, WEBHOOK_TIMEOUT_MS } from './deliver-webhooks.ts';
export type { DeliverWebhooksOptions, WebhookDeliveryReport } from './deliver-webhooks.ts';
export { disabledNotice } from './disabled-notice.ts';
export { isPublicAddress } from './public-address.ts';
export { startWebhookDelivery } from './webhook-delivery.ts';
export type { WebhookDelivery } from './webhook-delivery.ts';
export { createFetchSender, WebhookAddressError } from './webhook-sender.ts';
export type { WebhookRequest, WebhookSender } from './webhook-sender.ts';
export { parseAllowHosts, webhookUrlProblem } from './webhook-url.ts';
export type { WebhookAllowList } from './webhook-url.ts';
