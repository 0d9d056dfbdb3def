/** The public shapes of endpoints and deliveries, built field by field so a stored secret cannot leave. */
import { WebhookDelivery, WebhookEndpoint } from '@thb/schema';
import type { WebhookDeliveryLogEntry, WebhookEndpoint as StoredEndpoint } from '@thb/store/webhooks';

/** An endpoint as its owners see it. */
export function toEndpoint(endpoint: StoredEndpoint): WebhookEndpoint {
  return WebhookEndpoint.parse({
    id: endpoint.id, memberId: endpoint.memberId, url: endpoint.url, eventKinds: endpoint.eventKinds, enabled: endpoint.enabled,
    disabledReason: endpoint.disabledReason, consecutiveFailures: endpoint.consecutiveFailures, createdAt: endpoint.createdAt,
  });
}

/** One entry of the delivery log. */
export function toDelivery(entry: WebhookDeliveryLogEntry): WebhookDelivery {
  return WebhookDelivery.parse({
    id: entry.id, eventKind: entry.eventKind, status: entry.status, attempt: entry.attempt, lastStatusCode: entry.lastStatusCode,
    lastError: entry.lastError, createdAt: entry.createdAt, updatedAt: entry.updatedAt, nextAttemptAt: entry.nextAttemptAt,
  });
}
