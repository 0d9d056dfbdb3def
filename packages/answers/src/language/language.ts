/**
 * A language pack made ready for matching: every word list folded like the text it is compared
 * with, and the pack's stemmer and stop words (from `@thb/text`) bound to its code.
 */
import { foldText, stem, stopWords } from '@thb/text';
import type { LanguagePack } from './language-pack.ts';
import { joinSeparableVerbs, type SeparableVerbs } from './separable-verbs.ts';

/** A language ready for matching. */
export interface Language {
  code: string;
  pack: LanguagePack;
  /** Whether a folded word carries no meaning for matching here. */
  isNoise(word: string): boolean;
  /** Whether a folded word is a question word ("when", "wann"): intent, not subject. */
  isQuestionWord(word: string): boolean;
  /** Whether a folded word is a stop word of the language (for language detection). */
  isStopWord(word: string): boolean;
  /** The word(s) the knowledge base uses for a folded word. */
  normalizeWord(word: string): readonly string[];
  /** The word(s) the knowledge base uses for two folded words together ("how many"), if any. */
  normalizePair(first: string, second: string): readonly string[] | undefined;
  /** The stem of a folded word. */
  stem(word: string): string;
  /** The folded words of a message with split verbs joined ("treten … bei" → "beitreten"). */
  joinVerbs(words: readonly string[]): readonly string[];
}

/** Longest word stemmed (Snowball's cost grows with the length; issue 10.5). */
const MAX_STEMMED_LENGTH = 40;

/** Folds every key and value of a word table. */
function foldTable(table: Readonly<Record<string, string>>): Map<string, readonly string[]> {
  return new Map(Object.entries(table).map(([from, to]) => [foldText(from), foldText(to).split(' ')]));
}

/** Prepares a language pack for matching. */
export function compileLanguage(pack: LanguagePack): Language {
  const stops = stopWords(pack.code);
  const questions = new Set(pack.questionWords.map(foldText));
  const keep = new Set([...questions, ...pack.meaningfulStopWords.map(foldText)]);
  const extra = new Set(pack.extraStopWords.map(foldText));
  const synonyms = foldTable(pack.synonyms);
  const stems = new Map<string, string>();
  const particles: SeparableVerbs = Object.fromEntries(Object.entries(pack.separableVerbs?.particles ?? {}).map(([particle, forms]) =>
    [foldText(particle), Object.fromEntries(Object.entries(forms).map(([form, verb]) => [foldText(form), foldText(verb)]))]));
  const clauseEnds = new Set((pack.separableVerbs?.clauseEnds ?? []).map(foldText));
  return {
    joinVerbs: (words) => (pack.separableVerbs ? joinSeparableVerbs(words, particles, clauseEnds) : words),
    code: pack.code,
    pack,
    isNoise: (word) => word.length < 2 || extra.has(word) || (stops.has(word) && !keep.has(word)),
    isQuestionWord: (word) => questions.has(word),
    isStopWord: (word) => stops.has(word) || extra.has(word),
    normalizeWord: (word) => synonyms.get(word) ?? [word],
    normalizePair: (first, second) => synonyms.get(`${first} ${second}`),
    stem(word) {
      // No word we know is that long: a long string of letters is its own term, unstemmed.
      if (word.length > MAX_STEMMED_LENGTH) return word;
      // Stemming is the costliest step per word, and chat vocabularies are small: cache it.
      let stemmed = stems.get(word);
      if (stemmed === undefined) {
        stemmed = stem(word, pack.code);
        if (stems.size < 50_000) stems.set(word, stemmed);
      }
      return stemmed;
    },
  };
}
