/**
 * Runs `deliverQueuedMail` for a long-lived process: at start (mails a previous process left),
 * whenever a mail was queued (`kick`), and on a timer for retries. One run at a time; a kick
 * during a run makes one more run after it, so no queued mail waits for the timer.
 */
import type { MailQueue } from '@thb/store/mail-queue';
import { deliverQueuedMail, type MailDeliveryReport } from './deliver-queued-mail.ts';
import type { Mailer } from './mailer.ts';

/** Options of {@link startMailDelivery}. */
export interface MailDeliveryOptions {
  /** How often waiting mails are looked at for a retry. */
  retryEveryMs: number;
  log?: ((line: string) => void) | undefined;
}

/** A running delivery loop. */
export interface MailDelivery {
  /** Delivers what is due now; resolves when that run (and any it had to repeat) is done. */
  kick(): Promise<MailDeliveryReport | undefined>;
  /** Stops the timer and waits for a run in progress. */
  stop(): Promise<void>;
}

/**
 * Starts the loop: a first run now, then one every `retryEveryMs` and after each `kick`.
 * @example const delivery = startMailDelivery(queue, createMailer(…), { retryEveryMs: 15_000, log: console.error });
 */
export function startMailDelivery(queue: MailQueue, transport: Mailer, options: MailDeliveryOptions): MailDelivery {
  let running: Promise<MailDeliveryReport | undefined> | undefined;
  let again = false;
  let stopped = false;

  async function runs(): Promise<MailDeliveryReport | undefined> {
    let last: MailDeliveryReport | undefined;
    do {
      again = false;
      try {
        last = await deliverQueuedMail(queue, transport, { log: options.log });
      } catch (error) {
        // The database was unreachable: the timer tries again.
        options.log?.(`Mail delivery stopped: ${error instanceof Error ? error.message : String(error)}`);
      }
    } while (again && !stopped);
    return last;
  }

  function kick(): Promise<MailDeliveryReport | undefined> {
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

  const timer = setInterval(() => void kick(), options.retryEveryMs);
  // Node only: the timer must not keep a process alive that is otherwise done.
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
