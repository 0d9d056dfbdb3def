/**
 * Recognises messages from someone in immediate danger, in every language with a pack,
 * whatever language the conversation is in: a visitor in danger may write in their own
 * language on a page in another. It runs before anything else and needs no store or index.
 */
import { foldText, tokenize } from '@thb/text';
import type { LanguagePack } from '../language/language-pack.ts';
import { squeezeRepeats } from '../matching/analyze.ts';
import { typoDistance } from '../matching/edit-distance.ts';

/**
 * Shortest rule word that may match with one typo. Shorter words collide with harmless ones
 * ("locked"/"looked", "gefangen"/"gegangen"), so rules spell out common misspellings of short
 * words and use prefixes ("hit*" also catches "hiting") instead.
 */
const MIN_TYPO_LENGTH = 9;

type Term = { kind: 'word' | 'prefix' | 'phrase'; text: string };
type CompiledRule = { language: string; groups: Term[][] };

function compileTerm(raw: string): Term {
  const folded = foldText(raw.endsWith('*') ? raw.slice(0, -1) : raw);
  if (raw.endsWith('*')) return { kind: 'prefix', text: folded };
  return { kind: folded.includes(' ') ? 'phrase' : 'word', text: folded };
}

function matchesWord(term: Term, word: string): boolean {
  if (term.kind === 'prefix') return word.startsWith(term.text);
  if (word === term.text) return true;
  return term.text.length >= MIN_TYPO_LENGTH && typoDistance(word, term.text, 1) <= 1;
}

function matchesTerm(term: Term, words: readonly string[], text: string): boolean {
  if (term.kind === 'phrase') return text.includes(` ${term.text} `);
  return words.some((word) => matchesWord(term, word));
}

/** Detects emergencies with the rules of every language pack. */
export class EmergencyDetector {
  readonly #rules: CompiledRule[];

  constructor(packs: readonly LanguagePack[]) {
    this.#rules = packs.flatMap((pack) =>
      pack.emergency.map((rule) => ({ language: pack.code, groups: rule.map((group) => group.map(compileTerm)) })),
    );
  }

  /**
   * The languages whose rules the message matches, most rules first; empty when none does.
   * @example new EmergencyDetector(LANGUAGE_PACKS).detect('il me frappe') // ['fr']
   */
  detect(message: string): string[] {
    const words = tokenize(message).map(squeezeRepeats);
    const text = ` ${words.join(' ')} `;
    const hits = new Map<string, number>();
    for (const rule of this.#rules) {
      if (rule.groups.every((group) => group.some((term) => matchesTerm(term, words, text)))) {
        hits.set(rule.language, (hits.get(rule.language) ?? 0) + 1);
      }
    }
    return [...hits.entries()].sort((a, b) => b[1] - a[1]).map(([language]) => language);
  }
}
