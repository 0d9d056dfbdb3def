/**
 * The 24-language evaluation sets, written apart from the engine's own phrasings:
 * `MULTILINGUAL_TUNE` to develop against, `MULTILINGUAL_HOLDOUT` to measure once. Whoever tunes
 * imports `./tune/index.ts` only, so the held-out messages are never even loaded.
 *
 * @example
 * import { MULTILINGUAL_TUNE } from './eval/multilingual/tune/index.ts';
 * const emergencies = MULTILINGUAL_TUNE.filter((c) => c.kind === 'emergency');
 */
export type { MessageKind, MultilingualCase } from './multilingual-case.ts';
export { MULTILINGUAL_TUNE } from './tune/index.ts';
export { MULTILINGUAL_HOLDOUT } from './holdout/index.ts';
