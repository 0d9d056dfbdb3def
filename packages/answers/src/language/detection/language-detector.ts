/**
 * Language detection for short chat messages: the engine's own vocabulary first (word lists and
 * letters of every language, see `VocabularyDetector`); when it cannot tell one language from
 * another clearly enough, a statistical detector casts one extra vote.
 */
import { VocabularyDetector, type DetectionProfile, type LanguageScores } from './vocabulary-detector.ts';

/** A detector consulted when the vocabulary is unsure: how much the text looks like each language, best first. */
export type FallbackDetector = (text: string) => LanguageScores;

/** Options of {@link LanguageDetector}. */
export interface LanguageDetectorOptions {
  profiles: readonly DetectionProfile[];
  /** Words typed in every language, which count little for their own (English "please"). */
  loanWords?: Iterable<string> | undefined;
  fallback?: FallbackDetector | undefined;
}

/** The lead under which the vocabulary is unsure, in units of one distinctive word. */
const CLEAR_LEAD = 0.5;
/** The fallback's vote, in the same units: it decides between close languages, never against a clear lead. */
const FALLBACK_VOTE = 1;

/** Detects the language of a message among the profiles' languages. */
export class LanguageDetector {
  readonly #vocabulary: VocabularyDetector;
  readonly #fallback: FallbackDetector | undefined;
  /** How often the fallback was asked: a figure for the benchmark. */
  fallbackCalls = 0;

  constructor(options: LanguageDetectorOptions) {
    this.#vocabulary = new VocabularyDetector(options.profiles, options.loanWords);
    this.#fallback = options.fallback;
  }

  /**
   * The languages a message looks written in, best first, each with a score; empty when
   * nothing tells.
   * @example detector.detect('help ik word vastgehouden')[0].code // 'nl'
   */
  detect(text: string): LanguageScores {
    const scores = [...this.#vocabulary.scores(text)];
    const [top, second] = scores;
    const lead = (top?.score ?? 0) - (second?.score ?? 0);
    if (!this.#fallback || lead >= CLEAR_LEAD) return scores;
    this.fallbackCalls += 1;
    const opinion = this.#fallback(text);
    // Among the languages our vocabulary finds close, the fallback picks; only when the vocabulary
    // finds none does its own first choice count.
    const close = top ? scores.filter((entry) => top.score - entry.score < CLEAR_LEAD).map((entry) => entry.code) : [];
    const vote = close.length === 0 ? opinion[0]?.code : opinion.find((entry) => close.includes(entry.code))?.code;
    if (vote) {
      const index = scores.findIndex((entry) => entry.code === vote);
      if (index >= 0) scores[index] = { code: vote, score: scores[index]!.score + FALLBACK_VOTE };
      else scores.push({ code: vote, score: FALLBACK_VOTE });
      scores.sort((a, b) => b.score - a.score);
    }
    return scores;
  }
}
