import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_EXIT_URL, exitUrl } from './leave-page.ts';
import { SHIFT_WINDOW_MS, ShiftPresses } from './shift-presses.ts';

/** A key event at a chosen time (Node has no KeyboardEvent). */
class Key extends Event {
  constructor(type: 'keydown' | 'keyup', readonly key: string, private readonly at: number, readonly repeat = false) {
    super(type);
  }
  override get timeStamp(): number {
    return this.at;
  }
}

describe('exitUrl', () => {
  it('goes to the given http(s) page, and to the neutral default for anything else', () => {
    expect(exitUrl('https://weather.example.org/brussels')).toBe('https://weather.example.org/brussels');
    expect(DEFAULT_EXIT_URL).toBe('https://www.google.com/');
    for (const unsafe of [undefined, null, '', 'javascript:alert(1)', 'data:text/html,x', 'tel:112', 'mailto:a@b.org', '/relative', 'www.example.org']) {
      expect(exitUrl(unsafe), String(unsafe)).toBe(DEFAULT_EXIT_URL);
    }
  });
});

describe('Shift pressed three times', () => {
  let target: EventTarget;
  let presses: ShiftPresses;
  let exits: number;
  let shown: number[];
  let stop: () => void;
  beforeEach(() => {
    vi.useFakeTimers();
    target = new EventTarget();
    presses = new ShiftPresses(target);
    exits = 0;
    shown = [];
    stop = presses.subscribe({ progress: (count) => shown.push(count), exit: () => exits++ });
    shown.length = 0;
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  const shift = (at: number) => {
    target.dispatchEvent(new Key('keydown', 'Shift', at));
    target.dispatchEvent(new Key('keyup', 'Shift', at + 50));
  };
  const key = (name: string, at: number) => target.dispatchEvent(new Key('keydown', name, at));

  it('leaves on the third press within the window, showing the count on the way', () => {
    shift(1000);
    shift(1400);
    expect(exits).toBe(0);
    shift(1800);
    expect(exits).toBe(1);
    expect(shown).toEqual([1, 2, 3, 0]);
  });

  it('starts over when the window has passed, and the indicator empties when it does', () => {
    shift(1000);
    shift(1500);
    vi.advanceTimersByTime(SHIFT_WINDOW_MS);
    expect(shown).toEqual([1, 2, 0]);
    shift(1000 + SHIFT_WINDOW_MS + 100);
    expect(exits).toBe(0);
    expect(shown.at(-1)).toBe(1);
  });

  it('ignores Escape, typing capitals, shortcuts, held keys and clicks', () => {
    for (let at = 0; at < 1000; at += 100) key('Escape', at);
    expect([exits, shown]).toEqual([0, []]);
    // Shift+A, three times: a capital each time, never a bare Shift.
    for (const at of [2000, 2300, 2600]) {
      target.dispatchEvent(new Key('keydown', 'Shift', at));
      key('A', at + 10);
      target.dispatchEvent(new Key('keyup', 'Shift', at + 50));
    }
    // A Shift held down repeats keydown but is one press.
    target.dispatchEvent(new Key('keydown', 'Shift', 3000));
    for (const at of [3100, 3200, 3300]) target.dispatchEvent(new Key('keydown', 'Shift', at, true));
    target.dispatchEvent(new Key('keyup', 'Shift', 3400));
    shift(3500);
    target.dispatchEvent(new Event('pointerdown'));
    shift(3700);
    expect(exits).toBe(0);
    // Any other key between presses starts the count over.
    shift(8000);
    shift(8200);
    key('x', 8300);
    shift(8400);
    expect(exits).toBe(0);
    expect(shown.at(-1)).toBe(1);
  });

  it('asks only the first watcher to leave, and stops listening when the last one goes', () => {
    let second = 0;
    const stopSecond = presses.subscribe({ progress: () => undefined, exit: () => second++ });
    shift(0);
    shift(100);
    shift(200);
    expect([exits, second]).toEqual([1, 0]);
    stop();
    stopSecond();
    shift(1000);
    shift(1100);
    shift(1200);
    expect([exits, second]).toEqual([1, 0]);
  });
});
