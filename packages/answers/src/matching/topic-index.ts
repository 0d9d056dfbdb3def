/**
 * One language's topic index: TF-IDF vectors of every phrasing in the knowledge base and of
 * each topic as a whole. A message scores a topic by its cosine similarity to the nearest
 * phrasing (precise for messages close to a known phrasing) blended with its similarity to the
 * whole topic (robust for messages that mix words of several phrasings).
 */
import type { ChatTopic, KnowledgeEntry } from '@thb/schema';
import { tokenize } from '@thb/text';
import type { Language } from '../language/language.ts';
import { analyzeWords, type AnalyzedWord } from './analyze.ts';
import type { PhraseLexicon } from './phrase-lexicon.ts';
import { CharGramIndex } from './char-gram-index.ts';
import { Vocabulary } from './vocabulary.ts';

/** Knobs of the scoring, measured by `pnpm bench` (`pnpm bench answers`, packages/answers/bench/answers-bench.ts). */
export interface ScoringTuning {
  /** Share of the nearest-phrasing similarity in a topic's score; the rest is the whole topic's. */
  phraseShare: number;
  /** Weight of a word the knowledge base does not know, relative to the rarest known word. */
  unknownWordWeight: number;
  /** Factor on words read through a typo or as part of a compound: likely, not certain. */
  correctedWordWeight: number;
  /** Factor on question words kept from the stop list ("when", "wie"): intent, not subject. */
  functionWordWeight: number;
  /** Factor on pairs of nearby words ("mitglied werden"), which tell apart topics sharing words. */
  bigramWeight: number;
  /** Share of the letter-trigram similarity in a topic's score. */
  charShare: number;
  /** Share of the whole-wording overlap (stop words included: "how can we…") in a topic's score. */
  wordingShare: number;
  /** Added to a topic's score when the message uses one of its intent words ("melden"). */
  intentBonus: number;
}

/** The tuning `pnpm bench` found best. */
export const DEFAULT_SCORING: ScoringTuning = {
  phraseShare: 0.4, unknownWordWeight: 0.5, correctedWordWeight: 0.7, functionWordWeight: 1.5, bigramWeight: 0.5, charShare: 0.2, wordingShare: 0.3, intentBonus: 0.1,
};

const BIGRAM_JOINER = '+';

/** Most unknown words of one message given a typo or compound reading; chat questions have a few. */
const MAX_CORRECTIONS = 12;

function isBigram(term: string): boolean {
  return term.includes(BIGRAM_JOINER);
}

/**
 * Pairs of terms at most `PAIR_WINDOW` apart, in either order: word order varies ("Mitglied
 * werden", "werden wir Mitglied") but the pair still says more than its two words alone.
 */
const PAIR_WINDOW = 2;

function pairsOf<T extends { term: string }>(terms: readonly T[]): { term: string; items: [T, T] }[] {
  const pairs: { term: string; items: [T, T] }[] = [];
  for (let i = 0; i < terms.length; i++) {
    for (let j = i + 1; j <= i + PAIR_WINDOW && j < terms.length; j++) {
      const [a, b] = [terms[i]!, terms[j]!];
      if (a.term === b.term) continue;
      pairs.push({ term: a.term < b.term ? `${a.term}${BIGRAM_JOINER}${b.term}` : `${b.term}${BIGRAM_JOINER}${a.term}`, items: [a, b] });
    }
  }
  return pairs;
}

/** The terms followed by their pairs. */
function withBigrams(terms: readonly string[]): string[] {
  return [...terms, ...pairsOf(terms.map((term) => ({ term }))).map((pair) => pair.term)];
}

type Vector = Map<string, number>;
/** A term of a message and how sure we are that the visitor meant it (1, or less if corrected). */
export interface WeightedTerm {
  term: string;
  certainty: number;
}

function norm(vector: Vector): number {
  let sum = 0;
  for (const weight of vector.values()) sum += weight * weight;
  return Math.sqrt(sum);
}

/** Adds one posting per term of a vector, its weight pre-divided by the vector's norm. */
function post(postings: Map<string, [number, number][]>, vector: Vector, owner: number): void {
  const length = norm(vector) || 1;
  for (const [term, weight] of vector) {
    const list = postings.get(term) ?? [];
    list.push([owner, weight / length]);
    postings.set(term, list);
  }
}

/** The scoring index of one language. */
export class TopicIndex {
  readonly vocabulary = new Vocabulary();
  readonly topics: ChatTopic[] = [];
  readonly #phraseTopic: number[] = [];
  readonly #phrasePostings = new Map<string, [number, number][]>();
  readonly #topicPostings = new Map<string, [number, number][]>();
  readonly #idf = new Map<string, number>();
  readonly #maxIdf: number;
  readonly #chars: CharGramIndex;
  readonly #functionTerms: Set<string>;
  /** Stem of an intent word → its topic. */
  readonly #intents = new Map<string, ChatTopic>();
  /** Every phrasing's whole wording (stop words included), for messages made only of common words. */
  readonly #wordings: { topic: ChatTopic; size: number }[] = [];
  /** Word → the wordings (indexes into `#wordings`) that contain it. */
  readonly #wordingPostings = new Map<string, number[]>();

  /**
   * `extraPhrasings` adds phrasings per topic: suggestion labels (which must lead back to their
   * topic) and out-of-scope examples under `fallback`, a topic without a knowledge entry.
   */
  constructor(
    entries: readonly KnowledgeEntry[],
    readonly language: Language,
    readonly countries: PhraseLexicon<string>,
    readonly tuning: ScoringTuning = DEFAULT_SCORING,
    extraPhrasings: Partial<Record<ChatTopic, readonly string[]>> = {},
  ) {
    for (const stop of language.pack.extraStopWords) this.vocabulary.add(stop, null);
    const phrasings = new Map<ChatTopic, string[]>();
    for (const entry of entries) phrasings.set(entry.topic, [...(entry.questions[language.code as keyof typeof entry.questions] ?? [])]);
    for (const [topic, extra] of Object.entries(extraPhrasings) as [ChatTopic, readonly string[]][]) {
      phrasings.set(topic, [...(phrasings.get(topic) ?? []), ...extra]);
    }
    for (const [topic, words] of Object.entries(language.pack.intentWords ?? {}) as [ChatTopic, readonly string[]][]) {
      for (const word of words) this.#intents.set(language.stem(tokenize(word).join('')), topic);
    }
    this.#functionTerms = new Set(language.pack.questionWords.map((word) => language.stem(tokenize(word).join(''))));
    const phrases: { topic: number; terms: string[] }[] = [];
    const wordsByTopic = new Map<ChatTopic, string[]>();
    for (const [topicId, questions] of phrasings) {
      if (questions.length === 0) continue;
      const topic = this.topics.push(topicId) - 1;
      for (const question of questions) {
        const folded = tokenize(question);
        const wording = this.#wording(folded);
        const wordingIndex = this.#wordings.push({ topic: topicId, size: wording.size }) - 1;
        for (const word of wording) {
          const list = this.#wordingPostings.get(word) ?? [];
          list.push(wordingIndex);
          this.#wordingPostings.set(word, list);
        }
        for (const word of folded) if (language.isNoise(word)) this.vocabulary.add(word, null);
        const { words } = analyzeWords(folded, language, countries, false);
        for (const { word, term } of words) this.vocabulary.add(word, term);
        const topicWords = wordsByTopic.get(topicId) ?? [];
        for (const { word } of words) topicWords.push(word);
        wordsByTopic.set(topicId, topicWords);
        if (words.length > 0) phrases.push({ topic, terms: withBigrams(words.map((w) => w.term)) });
      }
    }
    const topicTerms = this.topics.map(() => new Map<string, number>());
    for (const phrase of phrases) {
      for (const term of new Set(phrase.terms)) {
        const counts = topicTerms[phrase.topic]!;
        counts.set(term, (counts.get(term) ?? 0) + 1);
      }
    }
    const documentFrequency = new Map<string, number>();
    for (const counts of topicTerms) for (const term of counts.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    for (const [term, df] of documentFrequency) {
      const factor = this.#functionTerms.has(term) ? tuning.functionWordWeight : isBigram(term) ? tuning.bigramWeight : 1;
      this.#idf.set(term, factor * Math.log(1 + this.topics.length / df));
    }
    this.#maxIdf = Math.log(1 + this.topics.length);
    this.#chars = new CharGramIndex(wordsByTopic);
    phrases.forEach((phrase, index) => {
      this.#phraseTopic.push(phrase.topic);
      post(this.#phrasePostings, this.#weigh(phrase.terms.map((term) => ({ term, certainty: 1 }))), index);
    });
    topicTerms.forEach((counts, topic) => {
      const vector: Vector = new Map();
      for (const [term, count] of counts) vector.set(term, (1 + Math.log(count)) * this.#idf.get(term)!);
      post(this.#topicPostings, vector, topic);
    });
  }

  #wording(folded: readonly string[]): Set<string> {
    return new Set(folded.flatMap((word) => this.language.normalizeWord(word)));
  }

  /**
   * For a message made only of common words ("what is this?"), which TF-IDF cannot read: the
   * topics whose phrasings are worded almost alike, by Dice overlap of all their words.
   */
  scoreWording(folded: readonly string[]): Map<ChatTopic, number> {
    const words = this.#wording(folded);
    const scores = new Map<ChatTopic, number>();
    if (words.size === 0) return scores;
    // Only wordings sharing a word can score: count shared words through the postings.
    const shared = new Map<number, number>();
    for (const word of words) for (const index of this.#wordingPostings.get(word) ?? []) shared.set(index, (shared.get(index) ?? 0) + 1);
    for (const [index, count] of shared) {
      const wording = this.#wordings[index]!;
      const dice = (2 * count) / (words.size + wording.size);
      if (dice > (scores.get(wording.topic) ?? 0)) scores.set(wording.topic, dice);
    }
    return scores;
  }

  /** A TF-IDF vector: log-scaled counts times inverse topic frequency times certainty. */
  #weigh(terms: readonly WeightedTerm[]): Vector {
    const counts = new Map<string, { count: number; certainty: number }>();
    for (const { term, certainty } of terms) {
      const seen = counts.get(term);
      counts.set(term, { count: (seen?.count ?? 0) + 1, certainty: Math.max(seen?.certainty ?? 0, certainty) });
    }
    const vector: Vector = new Map();
    for (const [term, { count, certainty }] of counts) {
      vector.set(term, (1 + Math.log(count)) * (this.#idf.get(term) ?? this.#maxIdf) * certainty);
    }
    return vector;
  }

  /**
   * Maps message words to known terms: exactly, or (when `correct` is set, for the visitor's
   * own language only) through a typo or compound reading. Counts the words left unknown.
   */
  resolve(words: readonly AnalyzedWord[], correct = true): { terms: WeightedTerm[]; unknown: number } {
    const terms: WeightedTerm[] = [];
    let unknown = 0;
    let corrections = 0;
    for (const { word, term } of words) {
      if (this.#idf.has(term)) {
        terms.push({ term, certainty: 1 });
        continue;
      }
      // Bounded per message: a flood of unknown words must not buy a typo search each (issue 10.5).
      const resolved = correct && corrections++ < MAX_CORRECTIONS ? this.vocabulary.resolve(word, (w) => this.language.stem(w)) : undefined;
      if (!resolved) unknown += 1;
      else for (const corrected of resolved.terms) terms.push({ term: corrected, certainty: this.tuning.correctedWordWeight });
    }
    return { terms, unknown };
  }

  /** Similarity of the words to each topic, in 0..1 (topics with no shared term are left out). */
  score(words: readonly AnalyzedWord[], correct = true, folded?: readonly string[]): Map<ChatTopic, number> {
    const { terms, unknown } = this.resolve(words, correct);
    const scores = new Map<ChatTopic, number>();
    // Question words alone ("wie", "when") say how someone asks, not what about.
    if (terms.every(({ term }) => this.#functionTerms.has(term))) return scores;
    const pairs = pairsOf(terms).map(({ term, items: [a, b] }) => ({ term, certainty: Math.min(a.certainty, b.certainty) }));
    const query = this.#weigh([...terms, ...pairs.filter(({ term }) => this.#idf.has(term))]);
    const unknownWeight = this.tuning.unknownWordWeight * this.#maxIdf;
    const queryNorm = Math.sqrt(norm(query) ** 2 + unknown * unknownWeight ** 2);
    const phraseDots = new Map<number, number>();
    const topicDots = new Map<number, number>();
    for (const [term, weight] of query) {
      for (const [phrase, w] of this.#phrasePostings.get(term) ?? []) phraseDots.set(phrase, (phraseDots.get(phrase) ?? 0) + w * weight);
      for (const [topic, w] of this.#topicPostings.get(term) ?? []) topicDots.set(topic, (topicDots.get(topic) ?? 0) + w * weight);
    }
    const nearest = new Map<number, number>();
    for (const [phrase, dot] of phraseDots) {
      const topic = this.#phraseTopic[phrase]!;
      nearest.set(topic, Math.max(nearest.get(topic) ?? 0, dot / queryNorm));
    }
    const share = this.tuning.phraseShare;
    const { charShare, wordingShare } = this.tuning;
    const chars = charShare > 0 ? this.#chars.score(words.map((w) => w.word)) : new Map<ChatTopic, number>();
    const wordings = wordingShare > 0 && folded ? this.scoreWording(folded) : new Map<ChatTopic, number>();
    for (const [topic, dot] of topicDots) {
      const wordScore = share * (nearest.get(topic) ?? 0) + (1 - share) * (dot / queryNorm);
      const id = this.topics[topic]!;
      const score = (1 - charShare - wordingShare) * wordScore + charShare * (chars.get(id) ?? 0) + wordingShare * (wordings.get(id) ?? 0);
      scores.set(id, Math.min(1, score));
    }
    // An intent word said outright (not guessed through a typo) tips the balance towards its topic.
    for (const topic of new Set(terms.filter((t) => t.certainty === 1).map((t) => this.#intents.get(t.term)))) {
      if (topic && scores.has(topic)) scores.set(topic, Math.min(1, scores.get(topic)! + this.tuning.intentBonus));
    }
    return scores;
  }
}
