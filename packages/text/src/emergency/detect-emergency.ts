/**
 * Recognises messages from someone in immediate danger, in all 24 official EU languages at once,
 * whatever the page's language: a person in danger writes in their own language, fast, without
 * accents, with typos. Small and dependency-free, since it also runs in the chat widget so that
 * the 112 answer appears even when the API is unreachable or rate limited.
 */
import { AtomMatcher } from './atom-matcher.ts';
import { compileTable, type CompiledRule, type CompiledTable, type Term } from './compile-rules.ts';
import type { EmergencyPack } from './emergency-pack.ts';
import type { EmergencyLanguage } from './languages.ts';
import { EMERGENCY_PACKS } from './rules/index.ts';
import { safetyWords } from './safety-fold.ts';

/** How far apart (in words) the groups of one rule may be found. */
const WINDOW = 6;
/** The most non-filler words of a message that short (`=`) rules apply to. */
const SHORT_WORDS = 2;

/** What the detector found. */
export interface EmergencyDetection {
  /** The languages whose rules matched, most matching rules first; empty when none did. */
  languages: EmergencyLanguage[];
}

/** A detector over a phrase table; `detectEmergency` uses the shared one. */
export class EmergencyDetector {
  readonly #table: CompiledTable;
  readonly #matcher: AtomMatcher;
  /** For each atom, the rules whose first group it can start: only those need checking. */
  readonly #rulesByAtom = new Map<number, number[]>();

  constructor(packs: Readonly<Partial<Record<EmergencyLanguage, EmergencyPack>>>) {
    this.#table = compileTable(packs);
    this.#matcher = new AtomMatcher(this.#table.atoms);
    this.#table.rules.forEach((rule, index) => {
      for (const term of rule.groups[0]!) {
        const list = this.#rulesByAtom.get(term[0]!) ?? [];
        if (!list.includes(index)) list.push(index);
        this.#rulesByAtom.set(term[0]!, list);
      }
    });
  }

  /** Reads one message. */
  detect(message: string): EmergencyDetection {
    const words = safetyWords(message);
    const atomsAt = words.map((word) => this.#matcher.match(word));
    const positions = positionsOf(atomsAt);
    const hits = new Map<EmergencyLanguage, number>();
    const calm = this.#calmWords(positions, atomsAt);
    const candidates = new Set<number>();
    for (const id of positions.keys()) for (const index of this.#rulesByAtom.get(id) ?? []) candidates.add(index);
    const views = new Map<EmergencyLanguage, WordView>();
    for (const index of [...candidates].sort((a, b) => a - b)) {
      const rule = this.#table.rules[index]!;
      if (rule.short && !this.#isShort(words, rule.language)) continue;
      if ((rule.weak || rule.asking) && this.#has(this.#table.ask, rule.language, positions, atomsAt)) continue;
      if (rule.weak && this.#has(this.#table.advice, rule.language, positions, atomsAt)) continue;
      let view = views.get(rule.language);
      if (!view) views.set(rule.language, view = this.#withoutExceptions(rule.language, { positions, atomsAt }));
      if (matches(rule, view.positions, view.atomsAt, calm)) hits.set(rule.language, (hits.get(rule.language) ?? 0) + 1);
    }
    return { languages: [...hits.entries()].sort((a, b) => b[1] - a[1]).map(([language]) => language) };
  }

  /** Whether the message has one of the language's terms of a list (advice, ask). */
  #has(terms: ReadonlyMap<EmergencyLanguage, readonly Term[]>, language: EmergencyLanguage, positions: ReadonlyMap<number, readonly number[]>, atomsAt: readonly (readonly number[])[]): boolean {
    return (terms.get(language) ?? []).some((term) => termPositions(term, positions, atomsAt).length > 0);
  }

  /** The message as one language's rules see it: the words of its `except` phrases hidden. */
  #withoutExceptions(language: EmergencyLanguage, view: WordView): WordView {
    const hidden = new Set<number>();
    for (const term of this.#table.except.get(language) ?? []) {
      for (const start of termPositions(term, view.positions, view.atomsAt)) term.forEach((_, offset) => hidden.add(start + offset));
    }
    if (hidden.size === 0) return view;
    const atomsAt = view.atomsAt.map((ids, index) => (hidden.has(index) ? [] : ids));
    return { positions: positionsOf(atomsAt), atomsAt };
  }

  /** The word positions covered by "not in danger" phrases, which match no rule. */
  #calmWords(positions: ReadonlyMap<number, readonly number[]>, atomsAt: readonly (readonly number[])[]): ReadonlySet<number> {
    const covered = new Set<number>();
    for (const term of this.#table.calm) {
      for (const start of termPositions(term, positions, atomsAt)) term.forEach((_, offset) => covered.add(start + offset));
    }
    return covered;
  }

  #isShort(words: readonly string[], language: EmergencyLanguage): boolean {
    const filler = this.#table.filler.get(language);
    let count = 0;
    for (const word of words) if (word !== '' && !filler?.has(word) && ++count > SHORT_WORDS) return false;
    return count > 0;
  }
}

/** The atoms matched at each word, and the words each atom matched. */
interface WordView {
  positions: ReadonlyMap<number, readonly number[]>;
  atomsAt: readonly (readonly number[])[];
}

/** For each atom, the positions of the words it matched. */
function positionsOf(atomsAt: readonly (readonly number[])[]): Map<number, number[]> {
  const positions = new Map<number, number[]>();
  atomsAt.forEach((ids, index) => {
    for (const id of ids) (positions.get(id) ?? positions.set(id, []).get(id)!).push(index);
  });
  return positions;
}

/** Where a term (a word, prefix or phrase) occurs in the message. */
function termPositions(term: Term, positions: ReadonlyMap<number, readonly number[]>, atomsAt: readonly (readonly number[])[]): readonly number[] {
  const starts = positions.get(term[0]!) ?? [];
  if (term.length === 1) return starts;
  return starts.filter((start) => term.every((id, offset) => atomsAt[start + offset]?.includes(id)));
}

/** Whether every group of the rule occurs outside calm phrases, all within `WINDOW` words of one of the first group's. */
function matches(
  rule: CompiledRule, positions: ReadonlyMap<number, readonly number[]>, atomsAt: readonly (readonly number[])[], calm: ReadonlySet<number>,
): boolean {
  const groups: number[][] = [];
  for (const group of rule.groups) {
    const found = group.flatMap((term) => termPositions(term, positions, atomsAt)).filter((at) => !calm.has(at));
    if (found.length === 0) return false;
    groups.push(found);
  }
  const [first, ...others] = groups;
  return first!.some((anchor) => others.every((group) => group.some((at) => Math.abs(at - anchor) <= WINDOW)));
}

let shared: EmergencyDetector | undefined;

/**
 * The languages in which a message reads as an emergency, with the shared phrase table.
 * @example detectEmergency('pomocy jestem w niebezpieczenstwie') // { languages: ['pl'] }
 */
export function detectEmergency(message: string): EmergencyDetection {
  shared ??= new EmergencyDetector(EMERGENCY_PACKS);
  return shared.detect(message);
}
