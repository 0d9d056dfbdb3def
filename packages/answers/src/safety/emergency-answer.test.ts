import { ChatResponse } from '@thb/schema';
import type { PlatformStore } from '@thb/store';
import { describe, expect, it } from 'vitest';
import { emergencyStrings } from '@thb/text/emergency';
import { createAnswerEngine } from '../answer-engine.ts';
import { LANGUAGE_PACKS } from '../language/packs/index.ts';

/** The emergency answer must not depend on the store: a store that fails proves it. */
const failingStore = new Proxy({}, {
  get: () => new Proxy({}, { get: () => () => Promise.reject(new Error('store down')) }),
}) as PlatformStore;
const engine = createAnswerEngine({ store: failingStore });

describe('emergency answer in the visitor\'s language', () => {
  it.each([
    ['aiuto sono in pericolo', 'fr', 'it', 'Chiama il 112'],
    ['помощ бие ме', 'en', 'bg', 'Обадете се на 112'],
    ['socorro me están amenazando', 'fr', 'es', 'Llamar al 112'],
    ['pomocy jestem w niebezpieczenstwie', 'de', 'pl', 'Zadzwoń pod 112'],
    ['help ik word vastgehouden', 'en', 'nl', 'Bel 112'],
    ['ils me retiennent de force, aidez-moi', 'en', 'fr', 'Appeler le 112'],
    ['aidez-moi', 'fr', 'fr', 'Appeler le 112'],
    ['sie haben meinen Pass genommen', 'de', 'de', 'Notruf 112 anrufen'],
    ['ich kann nicht weg', 'en', 'de', 'Notruf 112 anrufen'],
    ["I can't leave the house", 'en', 'en', 'Call 112'],
  ])('"%s" on a %s page: emergency in %s, 112 labelled "%s"', async (text, page, language, label) => {
    const reply = await engine.answer({ text, locale: page });
    expect(ChatResponse.parse(reply)).toEqual(reply);
    expect(reply.topic).toBe('emergency');
    expect(reply.locale).toBe(language);
    expect(reply.actions![0]).toEqual({ kind: 'call', number: '112', label });
    expect(reply.text).toMatch(/112/);
    expect(reply.suggestions.map((s) => s.topic)).not.toContain('fallback');
  });

  it('answers a language without a knowledge-base text with the short text, and no foreign suggestions', async () => {
    // Every EU language has a pack today; an engine given only three stands for one that lacks it.
    const threeLanguages = createAnswerEngine({ store: failingStore, languages: LANGUAGE_PACKS.filter((pack) => ['en', 'de', 'fr'].includes(pack.code)) });
    const reply = await threeLanguages.answer({ text: 'pomocy jestem w niebezpieczenstwie', locale: 'fr' });
    expect(reply.locale).toBe('pl');
    expect(reply.text).toBe(emergencyStrings('pl').text);
    expect(reply.suggestions).toEqual([]);
  });

  it('keeps the full answer in English, German and French', async () => {
    const reply = await engine.answer({ text: 'er schlägt mich', locale: 'de' });
    expect(reply.text.startsWith('Rufen Sie jetzt die 112 an.')).toBe(true);
    expect(reply.suggestions.length).toBeGreaterThan(0);
  });

  it('names 116 006 only where it runs, and 116 000 always', async () => {
    const inGermany = await engine.answer({ text: 'ich bin in Gefahr', locale: 'de-DE' });
    expect(inGermany.actions!.map((a) => a.number)).toEqual(['112', '116006', '116000']);
    expect(inGermany.actions![1]!.label).toBe('Opferhilfe 116 006');
    const inItaly = await engine.answer({ text: 'aiuto sono in pericolo', locale: 'it-IT' });
    expect(inItaly.actions!.map((a) => a.number)).toEqual(['112', '116000']);
    expect(inItaly.actions![1]!.label).toBe('Bambini scomparsi 116 000');
    const unknown = await engine.answer({ text: 'he is hitting me' });
    expect(unknown.actions!.map((a) => a.number)).toEqual(['112', '116000']);
  });

  it('classifies before anything else, whatever the page language', () => {
    expect(engine.classify({ text: 'mi picchia', locale: 'de' })).toMatchObject({ topic: 'emergency', language: 'it' });
    expect(engine.classify({ text: 'βοήθεια είμαι κλειδωμένη', locale: 'en' })).toMatchObject({ topic: 'emergency', language: 'el' });
  });

  it('gives ordinary answers no actions', async () => {
    const reply = await engine.answer({ text: 'what is human trafficking', locale: 'en' });
    expect(reply.topic).toBe('what-is-trafficking');
    expect(reply.actions).toBeUndefined();
  });
});
