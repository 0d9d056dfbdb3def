/**
 * Stub of the 24-language evaluation sets, so that the benchmark compiles in this branch; the
 * lead replaces it with the real index (tune and holdout cases per language).
 */
import type { MultilingualCase } from './multilingual-case.ts';

export type { MessageKind, MultilingualCase } from './multilingual-case.ts';

/** Every language's tune cases. */
export const MULTILINGUAL_TUNE: readonly MultilingualCase[] = [];

/** Every language's holdout cases: measure with these, never change rules because of them. */
export const MULTILINGUAL_HOLDOUT: readonly MultilingualCase[] = [];
