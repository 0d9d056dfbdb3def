/**
 * A job a long-lived process (the Node server) runs at start, on a timer, and whenever `kick` is
 * called: one run at a time, and a kick during a run makes one more run after it, so nothing that
 * was queued meanwhile waits for the timer. The mail and the webhook delivery loops are both this.
 */

/** A running loop. */
export interface JobLoop<Report> {
  /** Runs the job now; resolves when that run (and any it had to repeat) is done. */
  kick(): Promise<Report | undefined>;
  /** Stops the timer and waits for a run in progress. */
  stop(): Promise<void>;
}

/**
 * Starts the loop: a first run now, then one every `everyMs` and after each `kick`. A run that
 * throws (the database was unreachable) is reported to `onError`, and the timer tries again.
 * @example const loop = startJobLoop(() => deliverQueuedMail(queue, transport), 15_000, (e) => console.error(e));
 */
export function startJobLoop<Report>(job: () => Promise<Report>, everyMs: number, onError: (error: unknown) => void): JobLoop<Report> {
  let running: Promise<Report | undefined> | undefined;
  let again = false;
  let stopped = false;

  async function runs(): Promise<Report | undefined> {
    let last: Report | undefined;
    do {
      again = false;
      try {
        last = await job();
      } catch (error) {
        onError(error);
      }
    } while (again && !stopped);
    return last;
  }

  function kick(): Promise<Report | undefined> {
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
