/**
 * Runs `deliverWebhooks` in a long-lived process (the Node server): at start (deliveries a
 * previous process left), after each write that may have queued some (`kick`), and on a timer
 * for retries (`startJobLoop`).
 */
import type { WebhookQueue } from '@thb/store/webhooks';
import { startJobLoop, type JobLoop } from '../lib/job-loop.ts';
import { deliverWebhooks, type DeliverWebhooksOptions, type WebhookDeliveryReport } from './deliver-webhooks.ts';

/** A running webhook delivery loop. */
export type WebhookDelivery = JobLoop<WebhookDeliveryReport>;

/**
 * Starts the loop.
 * @example const delivery = startWebhookDelivery(queue, { send: createNodeSender(allow) }, 5_000);
 */
export function startWebhookDelivery(queue: WebhookQueue, options: DeliverWebhooksOptions, everyMs: number): WebhookDelivery {
  return startJobLoop(() => deliverWebhooks(queue, options), everyMs, (error) =>
    // The database was unreachable: the timer tries again.
    options.log?.(`Webhook delivery stopped: ${error instanceof Error ? error.message : String(error)}`));
}
