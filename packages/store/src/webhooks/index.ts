/**
 * Webhooks for members' own systems (issue 13): endpoints with a signing secret shown once, a
 * delivery outbox filled in the same batch as the write that causes it, and the queue a deliverer
 * (apps/api) claims from, logging every attempt. Edge-safe: the same code runs on D1.
 *
 * @example
 * import { createWebhookEndpoints, createWebhookQueue } from '@thb/store/webhooks';
 * const endpoint = await createWebhookEndpoints(store.db).create({ memberId: 'm1', url, eventKinds: ['member.changed'] });
 * for (const claim of await createWebhookQueue(store.db, { writeBatch: store.write }).claimDue()) { ... }
 */
export { WEBHOOK_EVENT_KINDS, webhookEnqueueStatement } from './webhook-enqueue.ts';
export type { PublicCondition, WebhookEventKind } from './webhook-enqueue.ts';
export { createWebhookEndpoints, newWebhookSecret } from './webhook-endpoints.ts';
export type { WebhookDeliveryLogEntry, WebhookEndpoint, WebhookEndpoints } from './webhook-endpoints.ts';
export { createWebhookQueue, DEFAULT_WEBHOOK_CLAIM_MS, DEFAULT_WEBHOOK_RETRY, webhookRetryDelayMs } from './webhook-queue.ts';
export type {
  ClaimedWebhook, DisabledEndpointStatements, WebhookAttemptResult, WebhookFailureOutcome, WebhookQueue, WebhookQueueOptions, WebhookRetryPolicy,
} from './webhook-queue.ts';
