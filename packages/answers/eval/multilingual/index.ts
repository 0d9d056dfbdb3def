/**
 * The 24-language evaluation sets: `MULTILINGUAL_TUNE` to develop the emergency detector, packs
 * and scoring against, `MULTILINGUAL_HOLDOUT` to measure them once, never read while tuning.
 *
 * @example
 * import { MULTILINGUAL_TUNE } from './eval/multilingual/index.ts';
 * const emergencies = MULTILINGUAL_TUNE.filter((c) => c.kind === 'emergency');
 */
import { HOLDOUT_BG } from './holdout/bg.ts';
import { HOLDOUT_CS } from './holdout/cs.ts';
import { HOLDOUT_DE } from './holdout/de.ts';
import { HOLDOUT_EL } from './holdout/el.ts';
import { HOLDOUT_EN } from './holdout/en.ts';
import { HOLDOUT_ES } from './holdout/es.ts';
import { HOLDOUT_FR } from './holdout/fr.ts';
import { HOLDOUT_IT } from './holdout/it.ts';
import { HOLDOUT_NL } from './holdout/nl.ts';
import { HOLDOUT_PL } from './holdout/pl.ts';
import { HOLDOUT_PT } from './holdout/pt.ts';
import { HOLDOUT_RO } from './holdout/ro.ts';
import { TUNE_BG } from './tune/bg.ts';
import { TUNE_CS } from './tune/cs.ts';
import { TUNE_DE } from './tune/de.ts';
import { TUNE_EL } from './tune/el.ts';
import { TUNE_EN } from './tune/en.ts';
import { TUNE_ES } from './tune/es.ts';
import { TUNE_FR } from './tune/fr.ts';
import { TUNE_IT } from './tune/it.ts';
import { TUNE_NL } from './tune/nl.ts';
import { TUNE_PL } from './tune/pl.ts';
import { TUNE_PT } from './tune/pt.ts';
import { TUNE_RO } from './tune/ro.ts';
import type { MultilingualCase } from './multilingual-case.ts';

export type { MessageKind, MultilingualCase } from './multilingual-case.ts';

/** Every language's tune cases: read, count and tune against these freely. */
export const MULTILINGUAL_TUNE: readonly MultilingualCase[] = [
  ...TUNE_BG,
  ...TUNE_CS,
  ...TUNE_DE,
  ...TUNE_EL,
  ...TUNE_EN,
  ...TUNE_ES,
  ...TUNE_FR,
  ...TUNE_IT,
  ...TUNE_NL,
  ...TUNE_PL,
  ...TUNE_PT,
  ...TUNE_RO,
];

/** Every language's holdout cases: measure with these, never change rules because of them. */
export const MULTILINGUAL_HOLDOUT: readonly MultilingualCase[] = [
  ...HOLDOUT_BG,
  ...HOLDOUT_CS,
  ...HOLDOUT_DE,
  ...HOLDOUT_EL,
  ...HOLDOUT_EN,
  ...HOLDOUT_ES,
  ...HOLDOUT_FR,
  ...HOLDOUT_IT,
  ...HOLDOUT_NL,
  ...HOLDOUT_PL,
  ...HOLDOUT_PT,
  ...HOLDOUT_RO,
];
