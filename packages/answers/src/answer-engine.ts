/**
 * The answer engine: safety first (an emergency gets 112 at once, before any matching or data
 * lookup), then the visitor's language, the best-matching topic, and live data from the store
 * for the topics that need it. Nothing the visitor writes is stored or logged.
 */
import { KnowledgeEntry, type ChatResponse, type ChatTopic } from '@thb/schema';
import type { EmergencyLanguage } from '@thb/text/emergency';
import type { PlatformStore } from '@thb/store';
import { TopicCounters } from './topic-counters.ts';
import { staticAnswer, suggestionsFor } from './compose.ts';
import { KNOWLEDGE_BASE } from './knowledge/index.ts';
import { chooseLanguage, localeRegion } from './language/choose-language.ts';
import { compileLanguage, type Language } from './language/language.ts';
import type { FallbackDetector } from './language/detection/language-detector.ts';
import type { LanguagePack } from './language/language-pack.ts';
import { LANGUAGE_PACKS } from './language/packs/index.ts';
import { answerLive, hotlinesForEmergency } from './live/answer-live.ts';
import { visitorCountry } from './live/hotlines.ts';
import type { AnswerPages, LiveAnswer, LiveContext } from './live/live-context.ts';
import { EntityReader } from './live/message-entities.ts';
import type { AnalyzedText } from './matching/analyze.ts';
import { DEFAULT_MATCHING, TopicMatcher, type MatchingTuning, type TopicMatch } from './matching/topic-matcher.ts';
import { emergencyActions, shortEmergencyText } from './safety/emergency-answer.ts';
import { emergencyLanguage } from './safety/emergency-detector.ts';

/** Options of {@link createAnswerEngine}. */
export interface AnswerEngineOptions {
  /** Where live answers (events, members, resources, hotlines) come from. */
  store: PlatformStore;
  /** The knowledge base; the built-in one by default. */
  knowledge?: readonly KnowledgeEntry[] | undefined;
  /** The languages spoken, the fallback (English) first; the built-in packs by default. */
  languages?: readonly LanguagePack[] | undefined;
  /** The clock deciding which events are upcoming; tests pin it. */
  now?: (() => Date) | undefined;
  /** Site pages answers link to (member map, resource finder, event list). */
  pages?: AnswerPages | undefined;
  /** Confidence under which the answer is `fallback` with suggestions (default {@link DEFAULT_THRESHOLD}, 0.2). */
  threshold?: number | undefined;
  /** Scoring knobs, for benchmarks. */
  tuning?: MatchingTuning | undefined;
  /** How long live data may take before the answer goes out without it, in ms (default 2000). */
  liveTimeoutMs?: number | undefined;
  /** The detector asked when our own vocabulary cannot tell the language (eld by default; `null` for none). */
  languageFallback?: FallbackDetector | null | undefined;
}

/** A visitor's message. */
export interface AnswerRequest {
  text: string;
  /** BCP 47 locale of the page or client (`de-AT`); the language is detected without it. */
  locale?: string | undefined;
}

/** How a message was read, without any live data: for tests and benchmarks. */
export interface Classification {
  topic: ChatTopic;
  confidence: number;
  /** The answer language: a spoken pack's code, or for an emergency any of the 24 EU languages. */
  language: string;
  /**
   * The language the message is written in, among all 24 EU languages (the page's when the text
   * does not tell): `language` unless we have no answers in it yet. The emergency answer uses it.
   */
  detectedLanguage?: string | undefined;
  /** The topics considered, best first. */
  ranked: TopicMatch[];
}

/** The chatbot's brain. */
export interface AnswerEngine {
  /** Answers a message. Never throws for any text; a failing store only drops live data. */
  answer(request: AnswerRequest): Promise<ChatResponse>;
  /** Reads a message without answering it (no store access, nothing counted). */
  classify(request: AnswerRequest): Classification;
  /** The greeting that opens a conversation, in the locale's language (English if not spoken). */
  welcome(locale?: string): ChatResponse;
  /** Answers per topic since the engine started: the only thing it keeps. */
  topicCounts(): Record<ChatTopic, number>;
}

/** The default confidence threshold; chosen on the evaluation set; `pnpm bench answers` prints the accuracy it gives. */
export const DEFAULT_THRESHOLD = 0.2;
/** Topics never offered as "did you mean" suggestions. */
const NOT_SUGGESTED: readonly ChatTopic[] = ['emergency', 'greeting', 'fallback'];
/** Offered when fewer topics come close. */
const DEFAULT_SUGGESTIONS: readonly ChatTopic[] = ['get-help', 'what-is-trafficking'];
/** The longest message read; longer text is cut (the API rejects it before). */
const MAX_TEXT = 1000;

/**
 * Creates an answer engine over a store.
 * @example
 * const engine = createAnswerEngine({ store });
 * const reply = await engine.answer({ text: 'Wann ist das nächste Treffen?', locale: 'de' });
 * reply.topic // 'next-event'
 */
export function createAnswerEngine(options: AnswerEngineOptions): AnswerEngine {
  const packs = options.languages ?? LANGUAGE_PACKS;
  // A knowledge base given at run time is checked here, so bad data fails at start, not mid-chat.
  const knowledge = options.knowledge?.map((entry) => KnowledgeEntry.parse(entry)) ?? KNOWLEDGE_BASE;
  const languages = packs.map(compileLanguage);
  const byCode = new Map<string, Language>(languages.map((language) => [language.code, language]));
  const codes = languages.map((language) => language.code);
  const entries = new Map(knowledge.map((entry) => [entry.topic, entry]));
  const matcher = new TopicMatcher(knowledge, languages, options.tuning ?? DEFAULT_MATCHING, options.languageFallback);
  const readers = new Map(languages.map((language) => [language.code, new EntityReader(language)]));
  const counters = new TopicCounters();
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const now = options.now ?? (() => new Date());
  const liveTimeoutMs = options.liveTimeoutMs ?? 2000;

  /** Reads a message: emergency first, then language and topic. */
  function read(request: AnswerRequest): Classification & { analysis?: AnalyzedText } {
    const text = request.text.slice(0, MAX_TEXT);
    // Safety first: the emergency check reads all 24 languages whatever the page's language, and
    // its answer is in the language the visitor wrote in.
    const emergency = emergencyLanguage(text, request.locale, () => matcher.detectLanguage(text));
    if (emergency) {
      return { topic: 'emergency', confidence: 1, language: emergency, detectedLanguage: emergency, ranked: [{ topic: 'emergency', score: 1 }] };
    }
    const { detected: detectedLanguage, answer: chosen } = chooseLanguage(request.locale, matcher.detectLanguage(text), codes);
    // A language we have no answers in yet is read in all we have (it may share words with them).
    const { ranked, analysis, language } = matcher.match(text, chosen === detectedLanguage ? chosen : undefined);
    const best = ranked[0];
    const topic = best && best.score >= threshold ? best.topic : 'fallback';
    // Read in every language and nothing fit: answer in English, the fallback language.
    const answerLanguage = chosen ?? (topic === 'fallback' ? codes[0]! : language);
    return { topic, confidence: best?.score ?? 0, language: answerLanguage, detectedLanguage: detectedLanguage ?? answerLanguage, ranked, analysis };
  }

  /** Says honestly that the message was not understood, offers the closest topics and a person. */
  function fallback(reading: Classification, pack: LanguagePack, confidence: number): ChatResponse {
    const close = reading.ranked.map((match) => match.topic).filter((topic) => !NOT_SUGGESTED.includes(topic) && topic !== 'contact');
    const topics: ChatTopic[] = [...[...new Set([...close, ...DEFAULT_SUGGESTIONS])].slice(0, 3), 'contact'];
    return { topic: 'fallback', text: pack.strings.fallback, locale: pack.code, confidence, suggestions: suggestionsFor(topics, pack) };
  }

  /** What live answers get: the message read in `language`, and the knowledge-base answer `base`. */
  function liveContext(request: AnswerRequest, reading: Classification & { analysis?: AnalyzedText }, language: Language, base: string): LiveContext {
    const analysis = reading.analysis ?? matcher.match(request.text.slice(0, MAX_TEXT), language.code).analysis;
    return {
      store: options.store, language, localeCountry: localeRegion(request.locale),
      entities: readers.get(language.code)!.read(analysis, matcher.index(language.code)),
      staticAnswer: base, now: now(), pages: options.pages ?? {},
    };
  }

  /**
   * 112 first, labelled in the visitor's language, then the other lines. The full answer where
   * the knowledge base has it in that language, the phrase table's short one otherwise; no
   * suggestion whose label would be in another language.
   */
  async function answerEmergency(request: AnswerRequest, reading: Classification): Promise<ChatResponse> {
    const code = reading.language as EmergencyLanguage;
    const spoken = byCode.get(code);
    const entry = entries.get('emergency');
    const full = entry && spoken && entry.answer[code] !== undefined;
    const base = full ? staticAnswer(entry, spoken.pack) : shortEmergencyText(code);
    const context = liveContext(request, reading, spoken ?? languages[0]!, base);
    // An emergency answer must never wait long: its hotlines get a much shorter budget.
    const live = await withTimeout(hotlinesForEmergency(context), Math.min(liveTimeoutMs, 500));
    const response: ChatResponse = {
      topic: 'emergency', text: live && spoken ? live.text : base, locale: code, confidence: 1,
      suggestions: spoken ? suggestionsFor(entry?.followUps ?? [], spoken.pack) : [],
      actions: emergencyActions(code, visitorCountry(context)),
    };
    if (live && live.items.length > 0) response.items = live.items;
    return response;
  }

  async function answer(request: AnswerRequest): Promise<ChatResponse> {
    const reading = read(request);
    counters.count(reading.topic);
    if (reading.topic === 'emergency') return answerEmergency(request, reading);
    const language = byCode.get(reading.language) ?? languages[0]!;
    const { pack } = language;
    const confidence = Math.round(reading.confidence * 1000) / 1000;
    if (reading.topic === 'fallback') return fallback(reading, pack, confidence);
    const entry = entries.get(reading.topic);
    const base = entry ? staticAnswer(entry, pack) : pack.strings.fallback;
    const context = liveContext(request, reading, language, base);
    const live = await withTimeout(answerLive(reading.topic, context), liveTimeoutMs);
    const response: ChatResponse = {
      topic: reading.topic, text: live ? live.text : base, locale: pack.code, confidence,
      suggestions: suggestionsFor(entry?.followUps ?? [], pack),
    };
    if (live && live.items.length > 0) response.items = live.items;
    return response;
  }

  function classify(request: AnswerRequest): Classification {
    const { analysis: _analysis, ...classification } = read(request);
    return classification;
  }

  function welcome(locale?: string): ChatResponse {
    const code = chooseLanguage(locale, [], codes).answer ?? codes[0]!;
    const pack = (byCode.get(code) ?? languages[0]!).pack;
    const entry = entries.get('greeting');
    return {
      topic: 'greeting', text: entry ? staticAnswer(entry, pack) : pack.topicLabels.greeting, locale: pack.code, confidence: 1,
      suggestions: suggestionsFor(entry?.followUps ?? [], pack),
    };
  }

  return { answer, classify, welcome, topicCounts: () => counters.snapshot() };
}

/**
 * The live answer, or `undefined` if there is none, the store fails, or it takes too long:
 * the static answer then goes out alone, since an answer without live data beats no answer.
 */
async function withTimeout(work: Promise<LiveAnswer | undefined>, ms: number): Promise<LiveAnswer | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([work.catch(() => undefined), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

