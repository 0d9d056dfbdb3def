import { CHAT_TOPICS, KnowledgeEntry, type EuLanguage } from '@thb/schema';
import type { PlatformStore } from '@thb/store';
import { tokenize } from '@thb/text';
import { describe, expect, it } from 'vitest';
import { createAnswerEngine } from '../answer-engine.ts';
import { compileLanguage } from '../language/language.ts';
import { LANGUAGE_PACKS } from '../language/packs/index.ts';
import { analyzeWords } from '../matching/analyze.ts';
import { buildCountryLexicon } from '../matching/countries.ts';
import { KNOWLEDGE_BASE } from './index.ts';

/** Every language the chat answers in: each has a pack, so each must have the whole knowledge base. */
const CHAT_LANGUAGES = LANGUAGE_PACKS.map((pack) => pack.code as EuLanguage);

/** Classification never touches the store. */
const unusedStore = {} as PlatformStore;
/** A phone screen holds about this many characters of answer text. */
const PHONE_SCREEN = 650;

describe('knowledge base', () => {
  it('validates every entry against the KnowledgeEntry schema', () => {
    for (const entry of KNOWLEDGE_BASE) expect(KnowledgeEntry.parse(entry)).toEqual(entry);
  });

  it('answers every topic of TOPICS.md except fallback, once', () => {
    const topics = KNOWLEDGE_BASE.map((entry) => entry.topic);
    expect(new Set(topics).size).toBe(topics.length);
    expect([...topics].sort()).toEqual(CHAT_TOPICS.filter((topic) => topic !== 'fallback').sort());
  });

  it.each(CHAT_LANGUAGES)('has many phrasings and a short answer in %s for every topic', (language) => {
    for (const entry of KNOWLEDGE_BASE) {
      expect(entry.questions[language]?.length ?? 0, `${entry.topic} phrasings`).toBeGreaterThanOrEqual(entry.topic === 'greeting' ? 12 : 15);
      const answer = entry.answer[language] ?? '';
      expect(answer.length, `${entry.topic} answer`).toBeGreaterThan(80);
      expect(answer.length, `${entry.topic} answer`).toBeLessThanOrEqual(PHONE_SCREEN);
      for (const link of entry.links) expect(link.label[language], `${entry.topic} link label`).toBeTruthy();
    }
  });

  it('reads every phrasing: by its meaningful words, or by its whole wording when it has none', () => {
    const countries = buildCountryLexicon(LANGUAGE_PACKS);
    const engine = createAnswerEngine({ store: unusedStore });
    for (const pack of LANGUAGE_PACKS) {
      const language = compileLanguage(pack);
      for (const entry of KNOWLEDGE_BASE) {
        for (const question of entry.questions[pack.code as 'en'] ?? []) {
          if (analyzeWords(tokenize(question), language, countries).words.length > 0) continue;
          // "what are you?" has only stop words; the wording matcher must still place it.
          expect(engine.classify({ text: question, locale: pack.code }).topic, `${pack.code}: ${question}`).toBe(entry.topic);
        }
      }
    }
  }, 60_000); // builds the whole engine and reads every phrasing of every language: seconds on a busy machine

  it('offers follow-ups that exist and are not the topic itself', () => {
    const topics = new Set(KNOWLEDGE_BASE.map((entry) => entry.topic));
    for (const entry of KNOWLEDGE_BASE) {
      expect(entry.followUps.length).toBeGreaterThan(0);
      for (const followUp of entry.followUps) {
        expect(topics.has(followUp), followUp).toBe(true);
        expect(followUp).not.toBe(entry.topic);
      }
    }
  });

  it('says 112 first in an emergency, in every language', () => {
    const emergency = KNOWLEDGE_BASE.find((entry) => entry.topic === 'emergency')!;
    for (const language of CHAT_LANGUAGES) expect(emergency.answer[language]!.slice(0, 40)).toContain('112');
  });

  it('covers what TOPICS.md says the answers must cover', () => {
    const answer = (topic: string) => KNOWLEDGE_BASE.find((entry) => entry.topic === topic)!.answer.en;
    expect(answer('what-is-trafficking')).toMatch(/2011\/36\/EU/);
    expect(answer('forms-of-exploitation')).toMatch(/2024\/1712.*forced marriage.*illegal adoption.*surrogacy/s);
    expect(answer('victim-rights')).toMatch(/2004\/81\/EC/);
    expect(answer('child-victims')).toMatch(/116 000/);
    expect(answer('eu-policy')).toMatch(/2021–2025.*Coordinator.*18 October/s);
    expect(answer('get-help')).toMatch(/112/);
    expect(answer('report-suspicion')).toMatch(/anonymous/);
    expect(answer('signs-of-trafficking')).toMatch(/Do not confront/);
  });
});
