/**
 * Language detection for short chat messages in all 24 EU languages (issue 9.2): a few short
 * messages per language, typed the way people type (no diacritics, loan words, capitals).
 * The messages are this test's own, apart from the evaluation sets.
 */
import type { PlatformStore } from '@thb/store';
import { describe, expect, it } from 'vitest';
import { createAnswerEngine } from '../../answer-engine.ts';
import { LANGUAGE_PACKS } from '../packs/index.ts';

const engine = createAnswerEngine({ store: {} as PlatformStore });

const MESSAGES: Record<string, string[]> = {
  bg: ['къде мога да намеря помощ', 'моля помогнете ми', 'кой може да ми помогне сега'],
  cs: ['kde najdu pomoc', 'potřebuji pomoc prosím', 'můžete mi pomoct'],
  da: ['hvor kan jeg få hjælp', 'jeg har brug for hjælp', 'hvem kan hjælpe mig'],
  de: ['wo finde ich hilfe', 'ich brauche hilfe bitte', 'wer kann mir helfen'],
  el: ['πού μπορώ να βρω βοήθεια', 'χρειάζομαι βοήθεια', 'voithia parakalo'],
  en: ['where can i find help', 'i need help please', 'who can help me'],
  es: ['dónde puedo encontrar ayuda', 'necesito ayuda por favor', 'quién me puede ayudar'],
  et: ['kust ma saan abi', 'palun aidake mind', 'kes saab mind aidata'],
  fi: ['mistä saan apua', 'tarvitsen apua', 'kuka voi auttaa mua'],
  fr: ['où trouver de l’aide', 'j’ai besoin d’aide svp', 'qui peut m’aider'],
  ga: ['cá bhfaighidh mé cabhair', 'teastaíonn cabhair uaim le do thoil', 'cé atá in ann cabhrú liom'],
  hr: ['gdje mogu naći pomoć', 'trebam pomoć molim', 'tko mi može pomoći'],
  hu: ['hol kaphatok segítséget', 'segítség kell kérem', 'ki tud nekem segíteni'],
  it: ['dove posso trovare aiuto', 'ho bisogno di aiuto per favore', 'chi mi può aiutare'],
  lt: ['kur galiu rasti pagalbos', 'man reikia pagalbos prašau', 'kas gali man padėti'],
  lv: ['kur es varu atrast palīdzību', 'man vajag palīdzību lūdzu', 'kas var man palīdzēt'],
  mt: ['fejn nista nsib għajnuna', 'għandi bżonn għajnuna jekk jogħġbok', 'min jista jgħinni'],
  nl: ['waar kan ik hulp vinden', 'ik heb hulp nodig alsjeblieft', 'wie kan mij helpen'],
  pl: ['gdzie mogę znaleźć pomoc', 'potrzebuję pomocy proszę', 'kto może mi pomóc'],
  pt: ['onde posso encontrar ajuda', 'preciso de ajuda por favor', 'quem me pode ajudar'],
  ro: ['unde pot găsi ajutor', 'am nevoie de ajutor vă rog', 'cine mă poate ajuta'],
  sk: ['kde nájdem pomoc', 'potrebujem pomoc prosím', 'kto mi môže pomôcť'],
  sl: ['kje lahko najdem pomoč', 'potrebujem pomoč prosim', 'kdo mi lahko pomaga'],
  sv: ['var kan jag få hjälp', 'jag behöver hjälp snälla', 'vem kan hjälpa mig'],
};

describe('language detection', () => {
  it('covers all 24 EU languages', () => {
    expect(Object.keys(MESSAGES)).toHaveLength(24);
  });

  it.each(Object.entries(MESSAGES))('%s: detects short messages without a locale', (language, texts) => {
    for (const text of texts) expect(engine.classify({ text }).detectedLanguage, text).toBe(language);
  });

  it.each(Object.entries(MESSAGES))('%s: detects them on an English page too', (language, texts) => {
    for (const text of texts) expect(engine.classify({ text, locale: 'en' }).detectedLanguage, text).toBe(language);
  });

  it('answers in English where the knowledge base has no answers yet, and says so in locale', async () => {
    // Every EU language has a pack today; an engine given only three stands for one that lacks Polish.
    const threeLanguages = createAnswerEngine({ store: {} as PlatformStore, languages: LANGUAGE_PACKS.filter((pack) => ['en', 'de', 'fr'].includes(pack.code)) });
    const text = MESSAGES.pl![0]!;
    expect(threeLanguages.classify({ text, locale: 'fr' })).toMatchObject({ detectedLanguage: 'pl', language: 'en' });
    const reply = await threeLanguages.answer({ text, locale: 'fr' });
    expect(reply.locale).toBe('en');
  });

  it('keeps the page language for messages that do not tell', () => {
    expect(engine.classify({ text: 'ok', locale: 'pl' })).toMatchObject({ detectedLanguage: 'pl', language: 'pl' });
    expect(engine.classify({ text: '112', locale: 'de-AT' }).detectedLanguage).toBe('de');
  });

  it('reads Irish and Maltese, which the fallback detector does not know, typed without accents too', () => {
    expect(engine.classify({ text: 'ta me i mbaol cabhair' }).detectedLanguage).toBe('ga');
    expect(engine.classify({ text: 'ghinuni jekk joghgbok' }).detectedLanguage).toBe('mt');
  });

  it('still detects from its own vocabulary with the fallback detector turned off', () => {
    const withoutFallback = createAnswerEngine({ store: {} as PlatformStore, languageFallback: null });
    expect(withoutFallback.classify({ text: 'wo finde ich hilfe' }).detectedLanguage).toBe('de');
    expect(withoutFallback.classify({ text: 'potrzebuję pomocy proszę' }).detectedLanguage).toBe('pl');
  });

  it('is not thrown off by English loan words', () => {
    expect(engine.classify({ text: 'please help mä tarvitsen apua nyt' }).detectedLanguage).toBe('fi');
    expect(engine.classify({ text: 'help ik word vastgehouden' }).detectedLanguage).toBe('nl');
  });
});
