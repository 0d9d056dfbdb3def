/**
 * The chatbot's knowledge base and answer engine, free of Node-only APIs so that it runs in the
 * Node API, the Bot Framework bot and on Cloudflare Workers alike.
 *
 * @example
 * import { createAnswerEngine } from '@thb/answers';
 * const engine = createAnswerEngine({ store, pages: { memberMap: 'https://example.org/members' } });
 * const reply = await engine.answer({ text: 'Welche Mitglieder gibt es in Deutschland?', locale: 'de' });
 * reply.topic;      // 'find-members'
 * reply.text;       // '12 Mitgliedsorganisationen in Deutschland, zum Beispiel: …'
 * reply.items;      // [{ kind: 'member', member: { … } }, …]
 * engine.topicCounts()['find-members']; // 1 (no message text is kept)
 */
export { DEFAULT_THRESHOLD, createAnswerEngine } from './answer-engine.ts';
export type { AnswerEngine, AnswerEngineOptions, AnswerRequest, Classification } from './answer-engine.ts';
export { KNOWLEDGE_BASE } from './knowledge/index.ts';
export type { FallbackDetector } from './language/detection/language-detector.ts';
export type { LanguageScores } from './language/detection/vocabulary-detector.ts';
export { LANGUAGE_PACKS } from './language/packs/index.ts';
export type { AnswerStrings, LanguagePack, PluralTemplate, Template } from './language/language-pack.ts';
export type { AnswerPages } from './live/live-context.ts';
export { DEFAULT_MATCHING } from './matching/topic-matcher.ts';
export type { MatchingTuning, TopicMatch } from './matching/topic-matcher.ts';
export { emergencyLanguage } from './safety/emergency-detector.ts';
