/**
 * The engine's own language detection: which languages' words and letters a message uses.
 * Each word spreads one unit of evidence over the languages that have it ("ne" is Czech,
 * Croatian, Slovenian, Bulgarian-in-Latin… so each gets a little; "jogħġbok" is only Maltese),
 * and so does each distinctive letter. Short chat messages are made of exactly such words,
 * where letter-statistics detectors have too little text to go on.
 */
import { tokenize } from '@thb/text';
import { squeezeRepeats } from '@thb/text';

/** Languages and how much the message points to each, best first. */
export type LanguageScores = readonly { code: string; score: number }[];

/** What tells one language: its words (folded) and the letters and script it alone uses. */
export interface DetectionProfile {
  code: string;
  words: Iterable<string>;
  /**
   * Content words (a knowledge base's): they count half, since content words are often shared
   * ("exploitation", "organisation") and only some languages have a knowledge base yet.
   */
  contentWords?: Iterable<string> | undefined;
  /** Lower-case letters, as typed. */
  letters: string;
  /** Spellings that point to the language ("qu'", "għ"), counted like a distinctive letter. */
  spelling?: RegExp | undefined;
  /** A script no other profile's language is written in (Cyrillic for Bulgarian). */
  script?: RegExp | undefined;
}

/** Weight of a content word, relative to a function or chat word. */
const CONTENT_WEIGHT = 0.75;
/** Weight of one distinctive letter, relative to one word; letters are optional when typing. */
const LETTER_WEIGHT = 0.5;
/** Weight of a message written in a language's own script: beyond doubt. */
const SCRIPT_WEIGHT = 3;
/** Weight of a loan word ("please", "sos"): typed in any language, so weak evidence of its own. */
const LOAN_WEIGHT = 0.3;

/**
 * The words of a message as detection compares them: folded like the word lists, letters typed
 * three times squeezed, and the two letters folding keeps apart folded too (Maltese "ħ" is
 * often typed "h"; Greek final "ς" is "σ" in the stop lists).
 */
function detectionWords(text: string): string[] {
  return tokenize(text).map((word) => squeezeRepeats(word).replace(/ħ/g, 'h').replace(/ς/g, 'σ'));
}

/** Scores a message against the word lists and letters of every profile. */
export class VocabularyDetector {
  /** Folded word → the languages that have it, and the weight it has in each. */
  readonly #words = new Map<string, { code: string; weight: number }[]>();
  /** Letter → the languages that use it distinctively. */
  readonly #letters = new Map<string, string[]>();
  readonly #scripts: { script: RegExp; code: string }[] = [];
  readonly #spellings: { spelling: RegExp; code: string }[] = [];
  readonly #loanWords: ReadonlySet<string>;

  readonly #loanLanguage: string;

  /** `loanWords` are words of `loanLanguage` typed in all (English "please", "sos"). */
  constructor(profiles: readonly DetectionProfile[], loanWords: Iterable<string> = [], loanLanguage = 'en') {
    this.#loanLanguage = loanLanguage;
    this.#loanWords = new Set([...loanWords].flatMap(detectionWords));
    for (const profile of profiles) {
      const words = new Map<string, number>();
      for (const word of profile.contentWords ?? []) for (const part of detectionWords(word)) words.set(part, CONTENT_WEIGHT);
      for (const word of profile.words) for (const part of detectionWords(word)) words.set(part, 1);
      for (const [word, weight] of words) this.#words.set(word, [...(this.#words.get(word) ?? []), { code: profile.code, weight }]);
      for (const letter of new Set(profile.letters)) this.#letters.set(letter, [...(this.#letters.get(letter) ?? []), profile.code]);
      if (profile.script) this.#scripts.push({ script: profile.script, code: profile.code });
      if (profile.spelling) this.#spellings.push({ spelling: profile.spelling, code: profile.code });
    }
  }

  /** Whether a folded word is in some language's list (a known word, not a stranger to detection). */
  knows(word: string): boolean {
    return this.#words.has(word);
  }

  /**
   * Scores for the languages the message points to, best first; empty when nothing tells.
   * @example detector.scores('pomocy jestem w niebezpieczeństwie')[0].code // 'pl'
   */
  scores(text: string): LanguageScores {
    const scores = new Map<string, number>();
    const add = (codes: readonly string[], weight: number) => {
      for (const code of codes) scores.set(code, (scores.get(code) ?? 0) + weight / codes.length);
    };
    for (const word of detectionWords(text)) {
      const owners = this.#words.get(word) ?? [];
      if (this.#loanWords.has(word)) {
        // A loan word is evidence of its own language only, and weak: "ok", "please" say little.
        if (owners.some((owner) => owner.code === this.#loanLanguage)) add([this.#loanLanguage], LOAN_WEIGHT);
        continue;
      }
      for (const { code, weight } of owners) scores.set(code, (scores.get(code) ?? 0) + weight / owners.length);
    }
    const lower = text.toLowerCase();
    for (const letter of new Set(lower)) add(this.#letters.get(letter) ?? [], LETTER_WEIGHT);
    for (const { script, code } of this.#scripts) if (script.test(text)) add([code], SCRIPT_WEIGHT);
    for (const { spelling, code } of this.#spellings) if (spelling.test(lower)) add([code], LETTER_WEIGHT);
    return [...scores].map(([code, score]) => ({ code, score })).sort((a, b) => b.score - a.score);
  }
}
