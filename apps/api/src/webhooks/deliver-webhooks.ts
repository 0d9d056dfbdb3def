/**
 * Sends the outbox's due webhook deliveries: each signed per Standard Webhooks (`webhook-id` the
 * delivery's id on every attempt, `webhook-timestamp` the attempt's time, `webhook-signature`),
 * a 2xx marks it delivered, anything else (another status, a timeout, a refused address) is a
 * failure retried with backoff; a failure that disables the endpoint tells its owners. Edge-safe.
 */
import type { ClaimedWebhook, WebhookQueue } from '@thb/store/webhooks';
import { Webhook } from 'standardwebhooks';
import type { DisabledNotice } from './disabled-notice.ts';
import type { WebhookSender } from './webhook-sender.ts';

/** What one run did. */
export interface WebhookDeliveryReport {
  delivered: number;
  failed: number;
  disabled: number;
}

export interface DeliverWebhooksOptions {
  send: WebhookSender;
  /** The owners' mail of an endpoint a failure disables, committed with the disabling (once per disabling). */
  disabledNotice?: DisabledNotice | undefined;
  /** Per attempt; receivers should answer fast and work later. */
  timeoutMs?: number | undefined;
  batchSize?: number | undefined;
  /** Deliveries sent at once within a batch. */
  concurrency?: number | undefined;
  now?: (() => Date) | undefined;
  log?: ((line: string) => void) | undefined;
}

export const WEBHOOK_TIMEOUT_MS = 15_000;

/** The headers of one attempt, signed with the endpoint's secret. */
export function signedHeaders(claim: Pick<ClaimedWebhook, 'id' | 'payload'>, secret: string, at: Date): Record<string, string> {
  return {
    'content-type': 'application/json',
    'user-agent': 'THB-Platform-Kit-Webhooks/1',
    'webhook-id': claim.id,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': new Webhook(secret).sign(claim.id, at, claim.payload),
  };
}

const reasonOf = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim() || 'unknown error';

/**
 * Drains what is due now; a failed delivery waits for its next attempt, so a run always ends.
 * @example await deliverWebhooks(createWebhookQueue(store.db, { writeBatch: store.write }), { send: createNodeSender([]) });
 */
export async function deliverWebhooks(queue: WebhookQueue, options: DeliverWebhooksOptions): Promise<WebhookDeliveryReport> {
  const now = options.now ?? (() => new Date());
  const report: WebhookDeliveryReport = { delivered: 0, failed: 0, disabled: 0 };
  const timeoutMs = options.timeoutMs ?? WEBHOOK_TIMEOUT_MS;

  async function attempt(claim: ClaimedWebhook) {
    const started = now();
    const clock = Date.now();
    let statusCode: number | null = null;
    let error: string | null = null;
    try {
      const headers = signedHeaders(claim, claim.endpoint.secret, started);
      statusCode = (await options.send({ url: claim.endpoint.url, headers, body: claim.payload, timeoutMs })).status;
      if (statusCode < 200 || statusCode > 299) error = `HTTP ${statusCode}`;
    } catch (caught) {
      error = reasonOf(caught);
    }
    const result = { statusCode, error, durationMs: Date.now() - clock, startedAt: started.toISOString() };
    if (error === null) {
      await queue.markDelivered(claim, result);
      report.delivered += 1;
      return;
    }
    const outcome = await queue.markFailed(claim, result, options.disabledNotice?.statements);
    report.failed += 1;
    options.log?.(`Webhook ${claim.id} (attempt ${claim.attempt}) to ${claim.endpoint.url} failed: ${error}; ${outcome.nextAttemptAt ? `next attempt at ${outcome.nextAttemptAt}` : 'given up'}`);
    if (outcome.disabledEndpoint) {
      report.disabled += 1;
      options.log?.(`Webhook endpoint ${claim.endpoint.id} disabled: ${outcome.disabledEndpoint.disabledReason ?? ''}`);
      options.disabledNotice?.committed();
    }
  }

  const concurrency = Math.max(1, options.concurrency ?? 4);
  for (;;) {
    const claimed = await queue.claimDue(options.batchSize ?? 20);
    if (claimed.length === 0) return report;
    let next = 0;
    const lane = async () => {
      while (next < claimed.length) await attempt(claimed[next++]!);
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, claimed.length) }, lane));
  }
}
