import { describe, expect, it } from 'vitest';
import { NotificationPreferences } from './notifications.ts';

describe('notification preferences', () => {
  it('defaults to a daily digest of everything, in English, in Brussels time', () => {
    const parsed = NotificationPreferences.parse({});
    expect(parsed.language).toBe('en');
    expect(parsed.timeZone).toBe('Europe/Brussels');
    expect(parsed.kinds.reviews).toEqual({ cadence: 'daily', countries: [], focusAreas: [] });
  });

  it('keeps a choice, refuses unknown zones, cadences and countries', () => {
    const parsed = NotificationPreferences.parse({ language: 'de', kinds: { events: { cadence: 'weekly', countries: ['DE'] } } });
    expect(parsed.kinds.events).toEqual({ cadence: 'weekly', countries: ['DE'], focusAreas: [] });
    expect(parsed.kinds.members.cadence).toBe('daily');
    expect(NotificationPreferences.safeParse({ timeZone: 'Mars/Olympus' }).success).toBe(false);
    expect(NotificationPreferences.safeParse({ kinds: { events: { cadence: 'hourly' } } }).success).toBe(false);
    expect(NotificationPreferences.safeParse({ kinds: { events: { countries: ['XX'] } } }).success).toBe(false);
  });
});
