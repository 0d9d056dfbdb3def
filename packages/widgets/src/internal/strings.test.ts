import { describe, expect, it } from 'vitest';
import { eventListStrings } from '../event-list/event-list.strings.ts';
import { quickExitStrings } from '../quick-exit/quick-exit.strings.ts';
import { intlLocale, lazyCatalogue, loadLanguage, stringsFor, valuesOf, type Catalogue } from './strings.ts';

describe('stringsFor', () => {
  const catalogue = { en: { hi: 'Hello {name}', 'n.one': '{count} item', 'n.other': '{count} items' }, de: { hi: 'Hallo {name}' } };

  it('picks the primary language and falls back to English key by key', () => {
    const de = stringsFor(catalogue, 'de-AT');
    expect(de.lang).toBe('de');
    expect(de.locale).toBe('de-AT');
    expect(de.t('hi', { name: 'Ana' })).toBe('Hallo Ana');
    expect(de.plural('n', 2)).toBe('2 items');
    expect(stringsFor(catalogue, 'pl').lang).toBe('en');
  });

  it('takes a further EU language as data, with its own plural rules and number format', () => {
    const withPolish = { ...catalogue, pl: { 'n.one': '{count} element', 'n.few': '{count} elementy', 'n.many': '{count} elementów' } };
    const pl = stringsFor(withPolish as Catalogue<string>, 'pl');
    expect([1, 3, 5, 22].map((n) => pl.plural('n', n))).toEqual(['1 element', '3 elementy', '5 elementów', '22 elementy']);
    expect(pl.plural('n', 12_345)).toMatch(/^12\s345 elementów$/u);
    expect(pl.t('hi', { name: 'Ola' })).toBe('Hello Ola');
  });

  it('lists the values a catalogue names, in its order', () => {
    expect(valuesOf(eventListStrings.en, 'format.'), 'format.').toEqual(['in-person', 'online', 'hybrid']);
  });
});

describe('catalogues loaded one language at a time', () => {
  it('hold English only until a page asks for a language, then that language and no other', async () => {
    const loaded: string[] = [];
    const catalogue = lazyCatalogue(
      { en: { hi: 'Hello' }, load: { pl: async () => (loaded.push('pl hi'), { default: { hi: 'Cześć' } }), de: async () => (loaded.push('de'), { default: { hi: 'Hallo' } }) } },
      { en: { bye: 'Bye' }, load: { pl: async () => (loaded.push('pl bye'), { default: { bye: 'Pa' } }) } },
    );
    expect(stringsFor(catalogue, 'pl').t('hi')).toBe('Hello');
    await loadLanguage(catalogue, 'pl-PL');
    expect(loaded.sort()).toEqual(['pl bye', 'pl hi']);
    expect([stringsFor(catalogue, 'pl').t('hi'), stringsFor(catalogue, 'pl').t('bye')]).toEqual(['Cześć', 'Pa']);
    expect(loadLanguage(catalogue, 'pl'), 'loaded once').toBeUndefined();
    expect(loadLanguage(catalogue, 'en'), 'English is built in').toBeUndefined();
  });

  it('keeps English when a language fails to load, and tries again later', async () => {
    let attempts = 0;
    const catalogue = lazyCatalogue({ en: { hi: 'Hello' }, load: { fi: async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('offline');
      return { default: { hi: 'Hei' } };
    } } });
    await loadLanguage(catalogue, 'fi');
    expect(stringsFor(catalogue, 'fi').t('hi')).toBe('Hello');
    await loadLanguage(catalogue, 'fi');
    expect(stringsFor(catalogue, 'fi').t('hi')).toBe('Hei');
  });

  it('fill the real widgets in Polish and Irish with their plural forms', async () => {
    await Promise.all([loadLanguage(quickExitStrings, 'pl'), loadLanguage(quickExitStrings, 'ga')]);
    const pl = stringsFor(quickExitStrings, 'pl');
    expect(pl.t('exit')).toBe('Szybko opuść tę stronę');
    expect(pl.plural('progress', 2)).toBe('Shift: naciśnij jeszcze 2 razy, aby opuścić stronę');
    expect(stringsFor(quickExitStrings, 'ga').plural('progress', 3)).toMatch(/3 huaire/);
  });
});

describe('intlLocale', () => {
  it('gives English pages the EU’s conventions unless they ask for a region', () => {
    expect(intlLocale('en', 'en')).toBe('en-IE');
    expect(intlLocale('en-US', 'en')).toBe('en-US');
    expect(intlLocale('en-GB', 'en')).toBe('en-GB');
    expect(intlLocale('uk', 'en'), 'a language without a catalogue is shown in English').toBe('en-IE');
    expect(intlLocale('pl', 'pl')).toBe('pl');
    expect(intlLocale('de-at', 'de')).toBe('de-AT');
    const time = new Intl.DateTimeFormat(intlLocale('en', 'en'), { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(Date.UTC(2026, 11, 3, 14, 30));
    expect(time).toMatch(/^3 December 2026.*14:30$/);
  });
});
