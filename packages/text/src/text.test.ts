import { describe, expect, it } from 'vitest';
import { foldText, isStopWord, stem, tokenize } from './index.ts';

describe('text', () => {
  it('folds case, accents and punctuation', () => {
    expect(foldText('Traite des Êtres humains !')).toBe('traite des etres humains');
    expect(tokenize('Straße, Ærø… ŁÓDŹ')).toEqual(['strasse', 'aero', 'lodz']);
  });
  it('stems per language', () => {
    expect(stem('Menschenhandels', 'de')).toBe(stem('Menschenhandel', 'de'));
    expect(stem('victimes', 'fr')).toBe(stem('victime', 'fr'));
    expect(stem('trafficking', 'en')).toBe(stem('trafficked', 'en'));
    expect(stem('Przemyt', 'pl')).toBe('przemyt');
  });
  it('knows stop words per language', () => {
    expect(isStopWord('der', 'de')).toBe(true);
    expect(isStopWord('les', 'fr')).toBe(true);
    expect(isStopWord('trafficking', 'en')).toBe(false);
  });
});
