import { describe, expect, it } from 'vitest';
import { retryAfterSeconds } from './chat-request.ts';
import { DEFAULT_EXIT_URL, DOUBLE_ESCAPE_MS, exitUrl, watchDoubleEscape } from './quick-exit.ts';

/** A keydown at a chosen time (Node has no KeyboardEvent). */
class Key extends Event {
  constructor(readonly key: string, private readonly at: number) {
    super('keydown');
  }
  override get timeStamp(): number {
    return this.at;
  }
}

describe('the quick exit', () => {
  it('goes to the given http(s) page, and to the neutral default for anything else', () => {
    expect(exitUrl('https://weather.example.org/brussels')).toBe('https://weather.example.org/brussels');
    expect(DEFAULT_EXIT_URL).toBe('https://www.google.com/');
    for (const unsafe of [undefined, '', 'javascript:alert(1)', 'data:text/html,x', 'tel:112', 'mailto:a@b.org', '/relative']) {
      expect(exitUrl(unsafe), String(unsafe)).toBe(DEFAULT_EXIT_URL);
    }
  });

  it('leaves on Escape pressed twice in a row within the time, and only then', () => {
    const target = new EventTarget();
    let left = 0;
    const stop = watchDoubleEscape(() => left++, target);
    const press = (key: string, at: number) => target.dispatchEvent(new Key(key, at));
    press('Escape', 1000);
    press('Escape', 1000 + DOUBLE_ESCAPE_MS + 1);
    expect(left).toBe(0);
    press('Escape', 1000 + 2 * DOUBLE_ESCAPE_MS);
    expect(left).toBe(1);
    press('Escape', 5000);
    press('a', 5100);
    press('Escape', 5200);
    expect(left).toBe(1);
    press('Escape', 5300);
    expect(left).toBe(2);
    stop();
    press('Escape', 5400);
    press('Escape', 5500);
    expect(left).toBe(2);
  });
});

describe('retryAfterSeconds', () => {
  it('reads seconds and HTTP dates, and nothing else', () => {
    expect(retryAfterSeconds('7')).toBe(7);
    expect(retryAfterSeconds('0')).toBe(1);
    expect(retryAfterSeconds('Wed, 21 Oct 2026 07:28:30 GMT', Date.parse('Wed, 21 Oct 2026 07:28:00 GMT'))).toBe(30);
    expect(retryAfterSeconds(null)).toBeUndefined();
    expect(retryAfterSeconds('soon')).toBeUndefined();
  });
});
