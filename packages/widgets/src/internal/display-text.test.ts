import { describe, expect, it } from 'vitest';
import { plainText } from './display-text.ts';

describe('plainText', () => {
  it('removes embeddings, overrides and isolates, so "…fdp.exe" cannot read "…exe.pdf"', () => {
    expect(plainText('Invoice \u202Efdp.exe')).toBe('Invoice fdp.exe');
    expect(plainText('\u202Aa\u202Bb\u202Cc\u202Dd\u2066e\u2067f\u2068g\u2069')).toBe('abcdefg');
  });

  it('drops direction marks from text without right-to-left letters', () => {
    expect(plainText('La Strada\u200F\u200F (NL)\u200E')).toBe('La Strada (NL)');
  });

  it('keeps one mark per run in Hebrew or Arabic text, where marks place punctuation', () => {
    expect(plainText('\u05E2\u05DE\u05D5\u05EA\u05D4 (IL)\u200F\u200F\u200F')).toBe('\u05E2\u05DE\u05D5\u05EA\u05D4 (IL)\u200F');
    expect(plainText('\u062C\u0645\u0639\u064A\u0629\u061C 2024')).toBe('\u062C\u0645\u0639\u064A\u0629\u061C 2024');
  });

  it('leaves ordinary text as it is', () => {
    const text = 'Ärzte gegen Menschenhandel — Zürich, 2 000 km';
    expect(plainText(text)).toBe(text);
  });
});
