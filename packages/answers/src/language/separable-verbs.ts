/**
 * Joins separable verbs, whose particle German moves to the end of the clause: "wie treten wir
 * bei" means "wie können wir beitreten", "wo zeige ich das an" means "anzeigen". The knowledge
 * base uses the joined verb, so the message should too.
 */

/** Particle → a verb form it is split from → the joined verb, all folded. */
export type SeparableVerbs = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** How far before its particle a verb form may stand ("treten wir als Verein bei"). */
const VERB_WINDOW = 5;

/**
 * The words with each split verb joined: the verb form replaced by the joined verb and the
 * particle dropped. A particle counts only at the end of the message or before a word in
 * `clauseEnds` ("und", "oder"), since elsewhere it is a preposition ("bei der Polizei").
 * @example joinSeparableVerbs(['wie', 'treten', 'wir', 'bei'], { bei: { treten: 'beitreten' } }, []) // ['wie', 'beitreten', 'wir']
 */
export function joinSeparableVerbs(words: readonly string[], verbs: SeparableVerbs, clauseEnds: ReadonlySet<string>): string[] {
  const joined = [...words];
  for (let i = joined.length - 1; i > 0; i--) {
    const forms = verbs[joined[i]!];
    const next = joined[i + 1];
    if (!forms || (next !== undefined && !clauseEnds.has(next))) continue;
    for (let j = i - 1; j >= Math.max(0, i - VERB_WINDOW); j--) {
      const verb = forms[joined[j]!];
      if (verb === undefined) continue;
      joined[j] = verb;
      joined.splice(i, 1);
      break;
    }
  }
  return joined;
}
