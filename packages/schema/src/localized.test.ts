import { describe, expect, it } from 'vitest';
import { negotiateLanguage, resolveText } from './localized.ts';
import { parseApproximateDate, zonedTimeToInstant } from './time.ts';

describe('resolveText', () => {
  it('picks the requested language and falls back to English', () => {
    const text = { en: 'Guide', de: 'Leitfaden' };
    expect(resolveText(text, 'de-AT')).toBe('Leitfaden');
    expect(resolveText(text, 'fr')).toBe('Guide');
    expect(resolveText(text, 'xx')).toBe('Guide');
  });
});

describe('negotiateLanguage', () => {
  const supported = ['en', 'de', 'fr'] as const;
  it('honours q-values and region subtags', () => {
    expect(negotiateLanguage('fr-BE,fr;q=0.9,en;q=0.5', supported)).toBe('fr');
    expect(negotiateLanguage('it, de;q=0.4, en;q=0.3', supported)).toBe('de');
    expect(negotiateLanguage('en;q=0.2, de;q=0.8', supported)).toBe('de');
  });
  it('falls back to English for missing, unsupported or malformed headers', () => {
    expect(negotiateLanguage(undefined, supported)).toBe('en');
    expect(negotiateLanguage('pl', supported)).toBe('en');
    expect(negotiateLanguage(';;;,q=x', supported)).toBe('en');
  });
});

describe('time', () => {
  it('turns wall-clock times into instants across DST changes', () => {
    expect(zonedTimeToInstant('2026-03-29T09:30', 'Europe/Brussels').toISOString()).toBe('2026-03-29T07:30:00.000Z');
    expect(zonedTimeToInstant('2026-12-03T09:30', 'Europe/Brussels').toISOString()).toBe('2026-12-03T08:30:00.000Z');
    expect(zonedTimeToInstant('2026-07-01', 'Europe/Lisbon').toISOString()).toBe('2026-06-30T23:00:00.000Z');
  });
  it('reads EDTF seasons and months', () => {
    expect(parseApproximateDate('2026-23')).toEqual({ year: 2026, season: 'autumn' });
    expect(parseApproximateDate('2026-10')).toEqual({ year: 2026, month: 10 });
    expect(parseApproximateDate('2026-13')).toBeUndefined();
  });
});
