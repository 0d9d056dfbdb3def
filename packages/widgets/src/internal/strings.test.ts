import { UI_LANGUAGES } from '@thb/schema/enums';
import { describe, expect, it } from 'vitest';
import { chatStrings } from '../chat/chat.strings.ts';
import { eventListStrings } from '../event-list/event-list.strings.ts';
import { memberMapStrings } from '../member-map/member-map.strings.ts';
import { quickExitStrings } from '../quick-exit/quick-exit.strings.ts';
import { resourceFinderStrings } from '../resource-finder/resource-finder.strings.ts';
import { stringsFor, valuesOf, type Catalogue } from './strings.ts';

const catalogues: [string, Catalogue<string>][] = [
  ['event list', eventListStrings],
  ['resource finder', resourceFinderStrings],
  ['member map', memberMapStrings],
  ['chat', chatStrings],
  ['quick exit', quickExitStrings],
];

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each(catalogues)('the %s catalogue', (_, catalogue) => {
  const english = catalogue.en as Record<string, string>;

  it.each(UI_LANGUAGES)('is complete in %s, with the same placeholders as English', (lang) => {
    const strings = catalogue[lang] as Record<string, string>;
    expect(Object.keys(strings).sort()).toEqual(Object.keys(english).sort());
    for (const [key, text] of Object.entries(strings)) {
      expect(text.trim(), `${lang}.${key}`).not.toBe('');
      expect(placeholders(text), `${lang}.${key}`).toEqual(placeholders(english[key]!));
    }
  });

  it('has a plural form for one and for other of every counted string', () => {
    const counted = new Set(Object.keys(english).filter((key) => /\.(one|other)$/.test(key)).map((key) => key.replace(/\.\w+$/, '')));
    for (const key of counted) expect([`${key}.one`, `${key}.other`].every((form) => form in english), key).toBe(true);
  });
});

describe('stringsFor', () => {
  const catalogue = { en: { hi: 'Hello {name}', 'n.one': '{count} item', 'n.other': '{count} items' }, de: { hi: 'Hallo {name}' } };

  it('picks the primary language and falls back to English key by key', () => {
    const de = stringsFor(catalogue, 'de-AT');
    expect(de.lang).toBe('de');
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
    expect(valuesOf(eventListStrings.en, 'format.')).toEqual(['in-person', 'online', 'hybrid']);
  });
});
