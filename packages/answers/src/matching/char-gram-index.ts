/**
 * Letter-trigram similarity between a message and each topic: a second, coarser reading that
 * still sees "Bewerbungsverfahren" in "Bewerbung" and "Aufnahmeverfahren", or a word mangled
 * beyond the typo reading. It only nudges the word-level score (see `charShare`).
 */
import type { ChatTopic } from '@thb/schema';

type Vector = Map<string, number>;

/** Letters of a word whose trigrams count: no real word is longer, and a random string's grams are noise. */
const MAX_GRAM_LETTERS = 40;

/** The letter trigrams of words, each word padded so that beginnings and endings count. */
function trigrams(words: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of words) {
    const padded = `^${word.slice(0, MAX_GRAM_LETTERS)}$`;
    for (let i = 0; i + 3 <= padded.length; i++) {
      const gram = padded.slice(i, i + 3);
      counts.set(gram, (counts.get(gram) ?? 0) + 1);
    }
  }
  return counts;
}

/** Trigram TF-IDF vectors per topic. */
export class CharGramIndex {
  readonly #topics: ChatTopic[] = [];
  readonly #postings = new Map<string, [number, number][]>();
  readonly #idf = new Map<string, number>();

  /** Builds the index from each topic's meaningful words (all phrasings together). */
  constructor(wordsByTopic: ReadonlyMap<ChatTopic, readonly string[]>) {
    const counts = [...wordsByTopic].map(([topic, words]) => {
      this.#topics.push(topic);
      return trigrams(words);
    });
    const df = new Map<string, number>();
    for (const topicCounts of counts) for (const gram of topicCounts.keys()) df.set(gram, (df.get(gram) ?? 0) + 1);
    for (const [gram, n] of df) this.#idf.set(gram, Math.log(1 + this.#topics.length / n));
    counts.forEach((topicCounts, topic) => {
      const vector: Vector = new Map();
      for (const [gram, count] of topicCounts) vector.set(gram, (1 + Math.log(count)) * this.#idf.get(gram)!);
      let length = 0;
      for (const weight of vector.values()) length += weight * weight;
      length = Math.sqrt(length) || 1;
      for (const [gram, weight] of vector) {
        const list = this.#postings.get(gram) ?? [];
        list.push([topic, weight / length]);
        this.#postings.set(gram, list);
      }
    });
  }

  /** Cosine similarity of the words to each topic sharing a trigram with them. */
  score(words: readonly string[]): Map<ChatTopic, number> {
    const query: Vector = new Map();
    const maxIdf = Math.log(1 + this.#topics.length);
    for (const [gram, count] of trigrams(words)) query.set(gram, (1 + Math.log(count)) * (this.#idf.get(gram) ?? maxIdf));
    let length = 0;
    for (const weight of query.values()) length += weight * weight;
    length = Math.sqrt(length);
    const dots = new Map<number, number>();
    for (const [gram, weight] of query) {
      for (const [topic, w] of this.#postings.get(gram) ?? []) dots.set(topic, (dots.get(topic) ?? 0) + w * weight);
    }
    const scores = new Map<ChatTopic, number>();
    for (const [topic, dot] of dots) scores.set(this.#topics[topic]!, length ? dot / length : 0);
    return scores;
  }
}
