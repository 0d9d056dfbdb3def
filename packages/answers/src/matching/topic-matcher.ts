/**
 * Scores a message against every topic in every language and detects the message's language.
 * The visitor's language counts fully; other languages count at a discount, so a German
 * question on an English page still finds its topic without English words being read as German.
 */
import type { ChatTopic, KnowledgeEntry } from '@thb/schema';
import { tokenize } from '@thb/text';
import { LOAN_WORDS } from '../language/detection/danger-words.ts';
import { eldScores } from '../language/detection/eld-fallback.ts';
import { EU_PROFILES } from '../language/detection/eu-profiles.ts';
import { LanguageDetector, type FallbackDetector } from '../language/detection/language-detector.ts';
import { mergeProfiles } from '../language/detection/merge-profiles.ts';
import type { LanguageScores } from '../language/detection/vocabulary-detector.ts';
import type { Language } from '../language/language.ts';
import { analyzeWords, type AnalyzedText } from './analyze.ts';
import { buildCountryLexicon } from './countries.ts';
import type { PhraseLexicon } from './phrase-lexicon.ts';
import { DEFAULT_SCORING, TopicIndex, type ScoringTuning } from './topic-index.ts';

/** A topic and how well the message fits it, in 0..1. */
export interface TopicMatch {
  topic: ChatTopic;
  score: number;
}

/** Knobs of matching across languages, measured by `pnpm bench`. */
export interface MatchingTuning extends ScoringTuning {
  /** Factor on scores in languages other than the visitor's. */
  otherLanguageFactor: number;
  /** Least word overlap (Dice) with a phrasing for a message made only of common words. */
  minWordingOverlap: number;
  /** Factor turning that overlap into a confidence. */
  wordingFactor: number;
}

/** The tuning `pnpm bench` found best. */
export const DEFAULT_MATCHING: MatchingTuning = {
  ...DEFAULT_SCORING, otherLanguageFactor: 0.8, minWordingOverlap: 0.7, wordingFactor: 0.5,
};

/** What the matcher read in a message. */
export interface MatchResult {
  /** Topics by descending score; topics sharing no word with the message are absent. */
  ranked: TopicMatch[];
  /** The language the message was read in: the visitor's, else the one whose phrasings fit best. */
  language: string;
  /** The message analysed in that language (for entity extraction). */
  analysis: AnalyzedText;
}

/**
 * Most words of a message that are read; the rest is ignored. A chat question has a few dozen
 * at most, and each word costs an analysis in every language (issue 10.5).
 */
const MAX_WORDS = 60;

/** Phrasings beyond the knowledge base: each topic's suggestion label, and out-of-scope examples. */
function extraPhrasings(language: Language): Partial<Record<ChatTopic, readonly string[]>> {
  const labels = Object.entries(language.pack.topicLabels).map(([topic, label]) => [topic, [label]] as const);
  return { ...Object.fromEntries(labels), fallback: language.pack.outOfScopeExamples };
}

/** Topic indexes for every language, with language detection. */
export class TopicMatcher {
  readonly countries: PhraseLexicon<string>;
  readonly #indexes: Map<string, TopicIndex>;
  readonly #detector: LanguageDetector;

  /** `fallback` is the detector asked when our own vocabulary is unsure (eld by default; `null` for none). */
  constructor(
    entries: readonly KnowledgeEntry[],
    readonly languages: readonly Language[],
    readonly tuning: MatchingTuning = DEFAULT_MATCHING,
    fallback: FallbackDetector | null | undefined = eldScores,
  ) {
    this.countries = buildCountryLexicon(languages.map((language) => language.pack));
    this.#indexes = new Map(languages.map((language) => [language.code, new TopicIndex(entries, language, this.countries, tuning, extraPhrasings(language))]));
    // What the packs know (knowledge-base words, chat fillers, letters) joins the 24 built-in profiles.
    const packProfiles = languages.map((language) => ({
      code: language.code,
      words: language.pack.extraStopWords,
      contentWords: [...this.#indexes.get(language.code)!.vocabulary.meaningfulWords()],
      letters: language.pack.distinctiveLetters,
    }));
    this.#detector = new LanguageDetector({ profiles: mergeProfiles(EU_PROFILES, packProfiles), loanWords: LOAN_WORDS, fallback: fallback ?? undefined });
  }

  /**
   * The languages a message looks written in, among all 24 EU languages (and any pack's), best
   * first, each with a score. Empty when nothing tells.
   */
  detectLanguage(text: string): LanguageScores {
    return this.#detector.detect(text);
  }

  /** Ranks topics for a message; `language` is the visitor's, or undefined when unknown. */
  match(text: string, language: string | undefined): MatchResult {
    const folded = tokenize(text).slice(0, MAX_WORDS);
    const best = new Map<ChatTopic, number>();
    const analyses = new Map<string, AnalyzedText>();
    let bestLanguage = { code: this.languages[0]!.code, score: 0 };
    for (const [code, index] of this.#indexes) {
      const analyzed = analyzeWords(folded, index.language, this.countries);
      analyses.set(code, analyzed);
      const factor = language === undefined || code === language ? 1 : this.tuning.otherLanguageFactor;
      // Typo and compound readings only in the visitor's language: across languages they
      // turn ordinary foreign words into false matches ("what" would read as French "chat").
      const correct = language === undefined || code === language;
      for (const [topic, score] of index.score(analyzed.words, correct, folded)) {
        best.set(topic, Math.max(best.get(topic) ?? 0, score * factor));
        if (score * factor > bestLanguage.score) bestLanguage = { code, score: score * factor };
      }
    }
    const readIn = language ?? bestLanguage.code;
    const analysis = analyses.get(readIn);
    // Nothing meaningful in the visitor's language ("what are you?"): compare whole wordings.
    if (best.size === 0 || (analysis && analysis.words.length === 0)) this.#matchWording(folded, language, best);
    const ranked = [...best].map(([topic, score]) => ({ topic, score })).sort((a, b) => b.score - a.score);
    return { ranked, language: readIn, analysis: analysis ?? analyzeWords(folded, this.languages[0]!, this.countries) };
  }

  /**
   * Scores a message that has no meaningful word in any language by its whole wording; only
   * near-identical wordings count, since common words alone are weak evidence.
   */
  #matchWording(folded: readonly string[], language: string | undefined, best: Map<ChatTopic, number>): void {
    for (const [code, index] of this.#indexes) {
      const factor = language === undefined || code === language ? 1 : this.tuning.otherLanguageFactor;
      for (const [topic, dice] of index.scoreWording(folded)) {
        const score = dice >= this.tuning.minWordingOverlap ? dice * factor * this.tuning.wordingFactor : 0;
        if (score > 0) best.set(topic, Math.max(best.get(topic) ?? 0, score));
      }
    }
  }

  /** The index of one language (for entity extraction with its vocabulary). */
  index(code: string): TopicIndex | undefined {
    return this.#indexes.get(code);
  }
}
