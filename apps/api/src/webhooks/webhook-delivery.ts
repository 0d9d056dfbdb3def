/**
 * Runs `deliverWebhooks` in a long-lived process (the Node server): at start (deliveries a
 * previous process left), after each write that may have queued some (`kick`), and on a timer
 * for retries. One run at a time; a kick during a run makes one more run after it.
 */
import type { WebhookQueue } from '@thb/store/webhooks';
import { deliverWebhooks, type DeliverWebhooksOptions, type WebhookDeliveryReport } from './deliver-webhooks.ts';

export interface WebhookDelivery {
  kick(): Promise<WebhookDeliveryReport | undefined>;
  stop(): Promise<void>;
}

/**
 * Starts the loop.
 * @example const delivery = startWebhookDelivery(queue, { send: createNodeSender(allow) }, 5_000);
 */
export function startWebhookDelivery(queue: WebhookQueue, options: DeliverWebhooksOptions, everyMs: number): WebhookDelivery {
  let running: Promise<WebhookDeliveryReport | undefined> | undefined;
  let again = false;
  let stopped = false;

  async function runs(): Promise<WebhookDeliveryReport | undefined> {
    let last: WebhookDeliveryReport | undefined;
    do {
      again = false;
      try {
        last = await deliverWebhooks(queue, options);
      } catch (error) {
        // The database was unreachable: the timer tries again.
        options.log?.(`Webhook delivery stopped: ${error instanceof Error ? error.message : String(error)}`);
      }
    } while (again && !stopped);
    return last;
  }

  function kick(): Promise<WebhookDeliveryReport | undefined> {
    if (stopped) return Promise.resolve(undefined);
    if (running) {
      again = true;
      return running;
    }
    running = runs().finally(() => {
      running = undefined;
    });
    return running;
  }

  const timer = setInterval(() => void kick(), everyMs);
  (timer as { unref?: () => void }).unref?.();
  void kick();
  return {
    kick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
