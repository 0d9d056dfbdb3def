import { describe, expect, it } from 'vitest';
import { countryName, languageName } from './intl.ts';
import { fillPlural, fillTemplate } from './templates.ts';

describe('templates', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fillTemplate('Hotlines{in}: {count}', { in: ' in Belgium' })).toBe('Hotlines in Belgium: {count}');
  });
  it('picks plural forms by the language’s rules', () => {
    const forms = { one: '{count} organizacja', few: '{count} organizacje', many: '{count} organizacji', other: '{count} organizacji' };
    expect(fillPlural(forms, 1, 'pl')).toBe('1 organizacja');
    expect(fillPlural(forms, 3, 'pl')).toBe('3 organizacje');
    expect(fillPlural(forms, 5, 'pl')).toBe('5 organizacji');
  });
});

describe('names from Intl', () => {
  it('names countries and languages in every EU language, the code when unknown', () => {
    expect(countryName('DE', 'fr')).toBe('Allemagne');
    expect(countryName('GR', 'el')).toBe('Ελλάδα');
    expect(languageName('de', 'en')).toBe('German');
    expect(countryName('DE', 'not a tag!')).toBe('DE');
  });
});
