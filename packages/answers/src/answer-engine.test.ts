import { ChatResponse, CHAT_TOPICS, EU_LANGUAGES } from '@thb/schema';
import type { PlatformStore } from '@thb/store';
import { describe, expect, it, vi } from 'vitest';
import { createAnswerEngine } from './answer-engine.ts';
import { OUT_OF_SCOPE_CASES, TOPIC_CASES } from './answer-engine.cases.ts';
import { LANGUAGE_PACKS } from './language/packs/index.ts';

/** A language without a pack yet (packs are added one by one), answered in English. */
const UNTRANSLATED = EU_LANGUAGES.find((code) => !LANGUAGE_PACKS.some((pack) => pack.code === code))!;

/** Classification and static answers never touch the store; a store that fails proves it. */
const failingStore = new Proxy({}, {
  get: () => new Proxy({}, { get: () => () => Promise.reject(new Error('store down')) }),
}) as PlatformStore;
const engine = createAnswerEngine({ store: failingStore });

const table = Object.entries(TOPIC_CASES).flatMap(([topic, byLanguage]) =>
  Object.entries(byLanguage).flatMap(([language, texts]) => texts.map((text) => ({ topic, language, text }))));

describe('answer engine: topics', () => {
  it.each(table)('$language: "$text" → $topic', ({ topic, language, text }) => {
    const reading = engine.classify({ text });
    expect(reading.topic).toBe(topic);
    expect(reading.language).toBe(language);
  });

  it.each(OUT_OF_SCOPE_CASES)('"%s" gets the honest fallback with suggestions', async (text) => {
    const reply = await engine.answer({ text });
    expect(reply.topic).toBe('fallback');
    expect(reply.suggestions.length).toBeGreaterThan(0);
    expect(reply.suggestions.map((s) => s.topic)).not.toContain('fallback');
    expect(reply.items).toBeUndefined();
  });

  it('offers the closest topics as suggestions when unsure, and the contact route', async () => {
    const reply = await engine.answer({ text: 'the weather for the meeting', locale: 'en' });
    expect(reply.topic).toBe('fallback');
    expect(reply.text).toMatch(/not sure I understood.*112/);
    expect(reply.suggestions.slice(0, 2).map((s) => s.topic)).toEqual(['next-event', 'platform-meetings']);
    expect(reply.suggestions.map((s) => s.topic)).toContain('get-help');
    expect(reply.suggestions.at(-1)!.topic).toBe('contact');
  });

  it('leads every suggestion label back to its topic, in every language', () => {
    for (const pack of LANGUAGE_PACKS) {
      for (const topic of CHAT_TOPICS.filter((t) => t !== 'fallback')) {
        expect(engine.classify({ text: pack.topicLabels[topic], locale: pack.code }).topic, `${pack.code} ${topic}`).toBe(topic);
      }
    }
  });
});

describe('answer engine: language', () => {
  it('answers in the locale\'s language', async () => {
    expect((await engine.answer({ text: 'hallo', locale: 'de-AT' })).locale).toBe('de');
    expect((await engine.answer({ text: 'merci', locale: 'fr-BE' })).locale).toBe('fr');
  });
  it('detects the language without a locale, and falls back to English', () => {
    expect(engine.classify({ text: 'Wo kann ich einen Verdacht melden?' }).language).toBe('de');
    expect(engine.classify({ text: 'comment adhérer à la plateforme' }).language).toBe('fr');
    expect(engine.classify({ text: '???' }).language).toBe('en');
    expect(engine.classify({ text: 'ok', locale: UNTRANSLATED }).language).toBe('en');
  });
  it('answers a message unmistakably in another supported language in that language', () => {
    expect(engine.classify({ text: 'what is human trafficking', locale: 'de' }).language).toBe('en');
    expect(engine.classify({ text: 'hello', locale: 'de' }).language).toBe('de');
  });
});

describe('answer engine: replies', () => {
  it('returns a valid ChatResponse with the entry\'s follow-ups and links', async () => {
    const reply = ChatResponse.parse(await engine.answer({ text: 'what is human trafficking?', locale: 'en' }));
    expect(reply.topic).toBe('what-is-trafficking');
    expect(reply.confidence).toBeGreaterThan(0.3);
    expect(reply.confidence).toBeLessThanOrEqual(1);
    expect(reply.text).toContain('https://eur-lex.europa.eu/eli/dir/2011/36/oj');
    expect(reply.suggestions.map((s) => s.topic)).toEqual(['forms-of-exploitation', 'signs-of-trafficking', 'get-help']);
    expect(reply.suggestions[0]!.label).toBe('Forms of exploitation');
  });
  it('answers live topics from the knowledge base when the store fails', async () => {
    const reply = await engine.answer({ text: 'when is the next meeting?', locale: 'en' });
    expect(reply.topic).toBe('next-event');
    expect(reply.text).toMatch(/event list/);
    expect(reply.items).toBeUndefined();
  });
  it('does not wait for a hanging store longer than its budget', async () => {
    const hanging = new Proxy({}, { get: () => new Proxy({}, { get: () => () => new Promise(() => {}) }) }) as PlatformStore;
    const slow = createAnswerEngine({ store: hanging, liveTimeoutMs: 50 });
    const started = Date.now();
    const emergency = await slow.answer({ text: 'he is hitting me' });
    expect(emergency.text.startsWith('Call 112 now')).toBe(true);
    expect((await slow.answer({ text: 'upcoming events', locale: 'en' })).topic).toBe('next-event');
    expect(Date.now() - started).toBeLessThan(1000);
  });
  it('opens a conversation with a welcome in the locale\'s language, without counting it', () => {
    const fresh = createAnswerEngine({ store: failingStore });
    expect(fresh.welcome('fr-CA')).toMatchObject({ topic: 'greeting', locale: 'fr', confidence: 1 });
    expect(fresh.welcome('fr-CA').text).toMatch(/^Bonjour/);
    expect(fresh.welcome(UNTRANSLATED).locale).toBe('en');
    expect(fresh.topicCounts().greeting).toBe(0);
  });
  it('cuts overlong text instead of failing', async () => {
    const reply = await engine.answer({ text: 'trafficking '.repeat(500) });
    expect(ChatResponse.safeParse(reply).success).toBe(true);
  });
});

describe('answer engine: privacy', () => {
  it('keeps only per-topic counts and logs nothing', async () => {
    const counting = createAnswerEngine({ store: failingStore });
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) => vi.spyOn(console, method));
    await counting.answer({ text: 'My name is Ana, I live at 5 Main Street, is this chat anonymous?' });
    await counting.answer({ text: 'hello' });
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    const counts = counting.topicCounts();
    expect(counts.privacy).toBe(1);
    expect(counts.greeting).toBe(1);
    expect(JSON.stringify(counts)).not.toMatch(/Ana|Main/);
    expect(Object.keys(counts).sort()).toEqual([...CHAT_TOPICS].sort());
    vi.restoreAllMocks();
  });
});
