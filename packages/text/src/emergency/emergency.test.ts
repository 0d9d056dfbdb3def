import { describe, expect, it } from 'vitest';
import { CASES } from './emergency.cases.ts';
import {
  EMERGENCY_LANGUAGES, EmergencyDetector, detectEmergency, emergencyStrings, hasVictimSupportLine,
} from './index.ts';

const emergencies = EMERGENCY_LANGUAGES.flatMap((language) => CASES[language].emergency.map((text) => ({ language, text })));
const ordinary = EMERGENCY_LANGUAGES.flatMap((language) => CASES[language].ordinary.map((text) => ({ language, text })));

describe('detectEmergency', () => {
  it.each(emergencies)('$language: "$text" is an emergency in $language', ({ language, text }) => {
    expect(detectEmergency(text).languages).toContain(language);
  });

  it.each(ordinary)('$language: "$text" is no emergency', ({ text }) => {
    expect(detectEmergency(text).languages).toEqual([]);
  });

  it('has cases for every language, several of each kind', () => {
    for (const language of EMERGENCY_LANGUAGES) {
      expect(CASES[language].emergency.length, language).toBeGreaterThanOrEqual(5);
      expect(CASES[language].ordinary.length, language).toBeGreaterThanOrEqual(5);
    }
  });

  it('puts the language with the most matching rules first', () => {
    expect(detectEmergency('socorro me están amenazando').languages[0]).toBe('es');
    expect(detectEmergency('ils me retiennent de force, aidez-moi').languages[0]).toBe('fr');
  });

  it('reads no further than a message can be, and ignores over-long words', () => {
    expect(detectEmergency('a'.repeat(100_000)).languages).toEqual([]);
    expect(detectEmergency(`${'x'.repeat(5000)} help now`).languages).toEqual([]);
    expect(detectEmergency(`${'bla '.repeat(300)}he is hitting me`).languages).toEqual([]);
    expect(detectEmergency(`help now ${'hitting '.repeat(2000)}`).languages).toContain('en');
  });

  it('keeps the groups of a rule close together', () => {
    expect(detectEmergency('he is hitting me').languages).toEqual(['en']);
    expect(detectEmergency('hitting a target in sports is one thing and another thing entirely is asking me').languages).toEqual([]);
  });

  it('hides the words of a language\'s except phrases from its rules only', () => {
    const strings = emergencyStrings('en');
    const detector = new EmergencyDetector({
      en: { rules: ['locked me|i'], except: 'locked_out', strings },
      de: { rules: ['locked i'], strings },
    });
    expect(detector.detect('i am locked in').languages).toEqual(['en', 'de']);
    expect(detector.detect('i was locked out of my account').languages).toEqual(['de']);
  });

  it('reads "not in danger" as calm, but still hears a danger named beside it', () => {
    expect(detectEmergency("je suis pas en danger maintenant mais j'ai besoin de parler").languages).toEqual([]);
    expect(detectEmergency('moi je suis pas en danger mais ma soeur est enfermée').languages).toContain('fr');
    const detector = new EmergencyDetector({ it: { rules: ['in_pericolo'], calm: 'non_sono_in_pericolo', strings: emergencyStrings('it') } });
    expect(detector.detect('non sono in pericolo ora').languages).toEqual([]);
    expect(detector.detect('sono in pericolo ora').languages).toEqual(['it']);
  });

  it('takes rules as data, so a corrected language needs no code', () => {
    const detector = new EmergencyDetector({ it: { rules: ['picchia* mi'], strings: emergencyStrings('it') } });
    expect(detector.detect('mi picchia').languages).toEqual(['it']);
    expect(detector.detect('he is hitting me').languages).toEqual([]);
  });

  it('silences harm to someone else only for a question about the subject, advice only for weak rules', () => {
    const strings = emergencyStrings('en');
    const detector = new EmergencyDetector({
      en: { rules: ['?locked her', '~took passport'], advice: 'what', ask: 'report', strings },
    });
    expect(detector.detect('my sister is locked in, they hit her, what do I do').languages).toEqual(['en']);
    expect(detector.detect('how do I report that a neighbour is locked in and they hit her').languages).toEqual([]);
    expect(detector.detect('they took my passport, what do I do').languages).toEqual([]);
    expect(detector.detect('how to report that they took my passport').languages).toEqual([]);
  });
});

describe('emergencyStrings', () => {
  it('has every string in every language, each naming 112 where it says to call', () => {
    for (const language of EMERGENCY_LANGUAGES) {
      const strings = emergencyStrings(language);
      expect(strings.call, language).toContain('112');
      expect(strings.text, language).toContain('112');
      expect(strings.victimSupport.length, language).toBeGreaterThan(3);
      expect(strings.missingChildren.length, language).toBeGreaterThan(3);
    }
  });

  it('names 116 006 only where it is known to run', () => {
    expect(hasVictimSupportLine('DE')).toBe(true);
    expect(hasVictimSupportLine('fr')).toBe(true);
    expect(hasVictimSupportLine('IT')).toBe(false);
    expect(hasVictimSupportLine('ES')).toBe(false);
    expect(hasVictimSupportLine(undefined)).toBe(false);
  });
});
