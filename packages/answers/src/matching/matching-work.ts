/**
 * Counts of the costly steps of matching (typo comparisons, compound readings), so that tests
 * can assert how much work one message causes, and the benchmark print it, without timing
 * anything. Plain counters: the engine is synchronous and single-threaded.
 */

/** How much work matching did since the last reset. */
export interface MatchingWork {
  /** Typo distances computed while reading words (`typoDistance` calls of the vocabulary). */
  typoComparisons: number;
  /** Known words a word was compared with while looking for a typo reading. */
  typoCandidates: number;
  /** Parts of a word looked up while reading it as a compound. */
  compoundParts: number;
  /** Words given a typo or compound reading. */
  corrections: number;
}

/** The counters; read them, and reset them with {@link resetMatchingWork}. */
export const MATCHING_WORK: MatchingWork = { typoComparisons: 0, typoCandidates: 0, compoundParts: 0, corrections: 0 };

/**
 * Sets every counter to zero and returns the counts before.
 * @example resetMatchingWork(); engine.classify({ text }); MATCHING_WORK.typoComparisons // work for that message
 */
export function resetMatchingWork(): MatchingWork {
  const before = { ...MATCHING_WORK };
  MATCHING_WORK.typoComparisons = 0;
  MATCHING_WORK.typoCandidates = 0;
  MATCHING_WORK.compoundParts = 0;
  MATCHING_WORK.corrections = 0;
  return before;
}
