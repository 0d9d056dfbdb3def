/**
 * Turns the phrase table's rule strings (notation in `emergency-pack.ts`) into atoms (single
 * words or prefixes) and rules over them, once, so that reading a message is a few map lookups
 * per word.
 */
import type { EmergencyPack } from './emergency-pack.ts';
import type { EmergencyLanguage } from './languages.ts';
import { squeezeRepeats } from '../normalize.ts';
import { foldForSafety } from './safety-fold.ts';

/** One word or prefix of a rule. */
export interface Atom {
  text: string;
  prefix: boolean;
  /** Whether one typo is forgiven (long words and prefixes, unless marked `!`). */
  typo: boolean;
}

/** A term: one atom, or a phrase of atoms one after the other. */
export type Term = readonly number[];

/** A rule: every group (alternatives of terms) must be matched close together. */
export interface CompiledRule {
  language: EmergencyLanguage;
  groups: readonly (readonly Term[])[];
  /** Applies only to messages of at most `SHORT_WORDS` non-filler words. */
  short: boolean;
  /** Silenced by the language's advice terms. */
  weak: boolean;
  /** Silenced by the language's ask terms only (weak rules are silenced by these too). */
  asking: boolean;
}

/** The compiled phrase table. */
export interface CompiledTable {
  atoms: Atom[];
  rules: CompiledRule[];
  filler: ReadonlyMap<EmergencyLanguage, ReadonlySet<string>>;
  /** Per language, the terms of someone asking for advice. */
  advice: ReadonlyMap<EmergencyLanguage, readonly Term[]>;
  /** Per language, the phrases whose words its rules do not see. */
  except: ReadonlyMap<EmergencyLanguage, readonly Term[]>;
  /** The phrases of someone saying they are not in danger, of every language (one can fold into another's). */
  calm: readonly Term[];
  /** Per language, the terms of a question about the subject. */
  ask: ReadonlyMap<EmergencyLanguage, readonly Term[]>;
}

/** Shortest word that forgives a typo: shorter ones collide with harmless words ("locked"/"looked"). */
export const MIN_TYPO_WORD = 8;
/** Shortest prefix that forgives a typo ("attack*" must not take "attached"). */
export const MIN_TYPO_PREFIX = 7;

/** Compiles the packs of every language into one table. */
export function compileTable(packs: Readonly<Partial<Record<EmergencyLanguage, EmergencyPack>>>): CompiledTable {
  const atoms: Atom[] = [];
  const ids = new Map<string, number>();
  const atom = (raw: string): number => {
    const exact = raw.endsWith('!');
    const bare = exact ? raw.slice(0, -1) : raw;
    const prefix = bare.endsWith('*');
    // Squeezed like message words, so that a rule word with a tripled letter (Maltese ġġg) still matches.
    const text = squeezeRepeats(foldForSafety(prefix ? bare.slice(0, -1) : bare));
    const key = `${text}${prefix ? '*' : ''}${exact ? '!' : ''}`;
    let id = ids.get(key);
    if (id === undefined) {
      id = atoms.length;
      ids.set(key, id);
      atoms.push({ text, prefix, typo: !exact && text.length >= (prefix ? MIN_TYPO_PREFIX : MIN_TYPO_WORD) });
    }
    return id;
  };
  // A phrase part may fold to several words ("aidez-moi" → "aidez moi"): each is an atom.
  const term = (raw: string): Term => raw.split('_').flatMap((part) => {
    const words = foldForSafety(part.replace(/[*!]+$/, '')).split(' ').filter(Boolean);
    const marks = part.match(/[*!]+$/)?.[0] ?? '';
    return words.map((word, index) => atom(index === words.length - 1 ? word + marks : word));
  });
  const rules: CompiledRule[] = [];
  const filler = new Map<EmergencyLanguage, ReadonlySet<string>>();
  const advice = new Map<EmergencyLanguage, readonly Term[]>();
  const except = new Map<EmergencyLanguage, readonly Term[]>();
  const calm: Term[] = [];
  const ask = new Map<EmergencyLanguage, readonly Term[]>();
  for (const [language, pack] of Object.entries(packs) as [EmergencyLanguage, EmergencyPack][]) {
    filler.set(language, new Set(foldForSafety(pack.filler ?? '').split(/[\s|]+/).filter(Boolean)));
    advice.set(language, (pack.advice ?? '').split('|').filter(Boolean).map(term));
    if (pack.except) except.set(language, pack.except.split('|').filter(Boolean).map(term));
    calm.push(...(pack.calm ?? '').split('|').filter(Boolean).map(term));
    ask.set(language, (pack.ask ?? '').split('|').filter(Boolean).map(term));
    for (const source of pack.rules) {
      const flags = /^[=~?]*/.exec(source)![0];
      const short = flags.includes('=');
      const weak = flags.includes('~');
      const asking = flags.includes('?');
      const groups = source.slice(flags.length).trim().split(/\s+/)
        .map((group) => group.split('|').filter(Boolean).map(term).filter((t) => t.length > 0));
      if (groups.length > 0 && groups.every((group) => group.length > 0)) rules.push({ language, groups, short, weak, asking });
    }
  }
  return { atoms, rules, filler, advice, except, calm, ask };
}
