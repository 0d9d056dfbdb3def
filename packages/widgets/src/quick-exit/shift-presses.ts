/**
 * The keyboard way out: Shift pressed three times within two seconds, anywhere on the page, as
 * GOV.UK's "Exit this page" does. Never Escape: people press Escape to close things, and a page
 * that vanishes on the second Escape vanishes by accident. A Shift that is part of a shortcut
 * or of typing a capital (another key or a click while it is down) does not count.
 */

/** Presses of Shift that leave the page. */
export const SHIFT_PRESSES = 3;
/** The presses must all fall within this many milliseconds of the first. */
export const SHIFT_WINDOW_MS = 2000;

/** An element that shows the progress and can leave. */
export interface ShiftWatcher {
  /** How many of the presses have been made (0 when the count starts over). */
  progress(count: number): void;
  /** Leave the page. Only the first watcher that subscribed is asked. */
  exit(): void;
}

/** Counts Shift presses on one target and tells its watchers. */
export class ShiftPresses {
  readonly #watchers = new Set<ShiftWatcher>();
  #count = 0;
  #first = 0;
  #down = false;
  #combined = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #stop?: AbortController;

  constructor(private readonly target: EventTarget) {}

  /** Starts telling `watcher`; returns the function that stops. */
  subscribe(watcher: ShiftWatcher): () => void {
    this.#watchers.add(watcher);
    if (!this.#stop) this.#listen();
    watcher.progress(this.#count);
    return () => {
      this.#watchers.delete(watcher);
      if (this.#watchers.size === 0) this.#stop?.abort();
    };
  }

  #listen(): void {
    const stop = (this.#stop = new AbortController());
    stop.signal.addEventListener('abort', () => {
      this.#stop = undefined;
      this.#reset();
    });
    // Capture phase: a page's own handlers cannot swallow the keys before we see them.
    const options = { capture: true, signal: stop.signal };
    this.target.addEventListener('keydown', (event) => this.#keydown(event as KeyboardEvent), options);
    this.target.addEventListener('keyup', (event) => this.#keyup(event as KeyboardEvent), options);
    this.target.addEventListener('pointerdown', () => this.#other(), options);
  }

  #keydown(event: KeyboardEvent): void {
    if (event.key !== 'Shift') return this.#other();
    if (!event.repeat) [this.#down, this.#combined] = [true, false];
  }

  #keyup(event: KeyboardEvent): void {
    if (event.key !== 'Shift' || !this.#down) return;
    this.#down = false;
    if (this.#combined) return;
    if (this.#count === 0 || event.timeStamp - this.#first > SHIFT_WINDOW_MS) [this.#count, this.#first] = [0, event.timeStamp];
    this.#set(this.#count + 1);
    if (this.#count >= SHIFT_PRESSES) {
      this.#watchers.values().next().value?.exit();
      return this.#reset();
    }
    clearTimeout(this.#timer);
    // The indicator empties when the time is up, so it never shows a count that no longer holds.
    this.#timer = setTimeout(() => this.#reset(), SHIFT_WINDOW_MS - (event.timeStamp - this.#first));
  }

  #other(): void {
    if (this.#down) this.#combined = true;
    this.#reset();
  }

  #reset(): void {
    clearTimeout(this.#timer);
    if (this.#count !== 0) this.#set(0);
  }

  #set(count: number): void {
    this.#count = count;
    for (const watcher of this.#watchers) watcher.progress(count);
  }
}

let page: ShiftPresses | undefined;

/**
 * The page's one counter on `window`, shared by every quick exit on it.
 * @example const stop = pageShiftPresses().subscribe({ progress: (n) => show(n), exit: () => leave() });
 */
export function pageShiftPresses(): ShiftPresses {
  return (page ??= new ShiftPresses(window));
}
