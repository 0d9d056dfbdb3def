import { describe, expect, it } from 'vitest';
import { readUrlState, writeUrlState } from './url-state.ts';

describe('sync-url state', () => {
  it('round-trips a query through the URL without touching the page’s own parameters', () => {
    const href = writeUrlState('https://ngo.example/resources?lang=de#top', { q: 'Kinder & Jugend', type: 'guide', page: 3 });
    expect(href).toBe('https://ngo.example/resources?lang=de&thb-q=Kinder+%26+Jugend&thb-type=guide&thb-page=3#top');
    expect(readUrlState(new URL(href).search)).toEqual({ q: 'Kinder & Jugend', type: 'guide', page: 3 });
  });

  it('removes what is no longer set, and page 1', () => {
    const href = writeUrlState('https://ngo.example/?thb-q=x&thb-type=guide&thb-page=2&a=1', { q: 'x', page: 1 });
    expect(href).toBe('https://ngo.example/?thb-q=x&a=1');
  });

  it('ignores nonsense pages and unrelated parameters', () => {
    expect(readUrlState('?thb-page=-4&q=other&thb-country=DE')).toEqual({ country: 'DE' });
  });
});
