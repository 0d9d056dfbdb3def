/** The evaluation sets: TOPICS.md's development examples, and our own held-apart set. */
import { EVAL_DE } from './eval-set-de.ts';
import { EVAL_EN } from './eval-set-en.ts';
import { EVAL_FR } from './eval-set-fr.ts';
import type { EvalCase } from './eval-case.ts';

export type { EvalCase } from './eval-case.ts';
export { TOPICS_EXAMPLES } from './topics-examples.ts';
export { HOLDOUT_SET } from './holdout-set.ts';

/** Our evaluation set: at least 20 messages per topic across English, German and French. */
export const EVAL_SET: readonly EvalCase[] = [...EVAL_EN, ...EVAL_DE, ...EVAL_FR];
