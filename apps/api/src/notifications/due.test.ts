import { describe, expect, it } from 'vitest';
import { isDue } from './due.ts';
import { readUnsubscribeToken, unsubscribeToken } from './unsubscribe-token.ts';

const zone = 'Europe/Brussels';

describe('who is due a notification', () => {
  it('sends the daily digest once per local day after 07:00, and never an empty one', () => {
    const before = new Date('2026-12-04T05:30:00Z'); // 06:30 in Brussels
    const after = new Date('2026-12-04T06:30:00Z'); // 07:30 in Brussels
    expect(isDue('daily', before, null, zone, true)).toBe(false);
    expect(isDue('daily', after, null, zone, true)).toBe(true);
    expect(isDue('daily', after, null, zone, false)).toBe(false);
    expect(isDue('daily', new Date('2026-12-04T20:00:00Z'), after, zone, true)).toBe(false);
    expect(isDue('daily', new Date('2026-12-05T06:30:00Z'), after, zone, true)).toBe(true);
  });

  it('sends the weekly digest on Mondays only, immediate at once, off never', () => {
    expect(isDue('weekly', new Date('2026-12-04T09:00:00Z'), null, zone, true)).toBe(false); // Friday
    expect(isDue('weekly', new Date('2026-12-07T09:00:00Z'), null, zone, true)).toBe(true); // Monday
    expect(isDue('immediate', new Date('2026-12-04T02:00:00Z'), new Date('2026-12-04T01:00:00Z'), zone, true)).toBe(true);
    expect(isDue('off', new Date('2026-12-07T09:00:00Z'), null, zone, true)).toBe(false);
  });

  it('uses the recipient’s zone: 07:30 in Tokyo is still the night before in Brussels', () => {
    const at = new Date('2026-12-03T22:30:00Z');
    const sent = new Date('2026-12-03T08:00:00Z'); // 3 December in both zones
    expect(isDue('daily', at, sent, 'Asia/Tokyo', true)).toBe(true);
    expect(isDue('daily', at, sent, zone, true)).toBe(false);
  });
});

describe('one-click unsubscribe tokens', () => {
  it('round-trips and refuses a forged or altered token', async () => {
    const token = await unsubscribeToken('secret-one', 'person.with.dots', 'events');
    expect(await readUnsubscribeToken('secret-one', token)).toEqual({ personId: 'person.with.dots', kinds: ['events'] });
    expect(await readUnsubscribeToken('secret-two', token)).toBeNull();
    expect(await readUnsubscribeToken('secret-one', token.replace('.events.', '.members.'))).toBeNull();
    expect(await readUnsubscribeToken('secret-one', 'nonsense')).toBeNull();
  });
});
