/**
 * Finds which atoms (rule words and prefixes) each word of a message matches: exact words by
 * one map lookup, prefixes by one lookup per prefix length, typos only against the few long
 * atoms that share the word's first letter and (about) its length.
 */
import { typoDistance } from '../edit-distance.ts';
import type { Atom } from './compile-rules.ts';

/** An index over the atoms of the phrase table. */
export class AtomMatcher {
  readonly #words = new Map<string, number[]>();
  readonly #prefixes = new Map<string, number[]>();
  readonly #typoWords = new Map<string, number[]>();
  readonly #typoPrefixes = new Map<string, number[]>();
  readonly #atoms: readonly Atom[];
  #longestPrefix = 0;

  constructor(atoms: readonly Atom[]) {
    this.#atoms = atoms;
    atoms.forEach((atom, id) => {
      push(atom.prefix ? this.#prefixes : this.#words, atom.text, id);
      // Typo candidates by first letter, and whole words also by length: a typo changes it by one at most.
      if (atom.typo) push(atom.prefix ? this.#typoPrefixes : this.#typoWords, atom.prefix ? atom.text[0]! : `${atom.text[0]}${atom.text.length}`, id);
      if (atom.prefix) this.#longestPrefix = Math.max(this.#longestPrefix, atom.text.length);
    });
  }

  /** The atoms one word matches, each once. */
  match(word: string): number[] {
    if (word === '') return [];
    const found = new Set<number>(this.#words.get(word));
    for (let length = 1; length <= Math.min(word.length, this.#longestPrefix); length++) {
      for (const id of this.#prefixes.get(word.slice(0, length)) ?? []) found.add(id);
    }
    for (const length of [word.length - 1, word.length, word.length + 1]) {
      for (const id of this.#typoWords.get(`${word[0]}${length}`) ?? []) {
        if (!found.has(id) && typoDistance(word, this.#atoms[id]!.text, 1) <= 1) found.add(id);
      }
    }
    for (const id of this.#typoPrefixes.get(word[0]!) ?? []) {
      const text = this.#atoms[id]!.text;
      // A typo inside the prefix part: compare the word's start, one letter shorter or longer too.
      if (found.has(id) || word.length < text.length - 1) continue;
      for (const cut of [text.length - 1, text.length, text.length + 1]) {
        if (cut <= word.length && typoDistance(word.slice(0, cut), text, 1) <= 1) {
          found.add(id);
          break;
        }
      }
    }
    return [...found];
  }
}

function push(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}
