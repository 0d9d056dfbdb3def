/**
 * The 24-language evaluation sets, part B: Danish, Estonian, Finnish, Irish, Croatian, Hungarian,
 * Lithuanian, Latvian, Maltese, Slovak, Slovenian and Swedish. Part A holds the other twelve; the
 * lead merges the two. Whoever tunes the emergency detector imports `MULTILINGUAL_TUNE_B` only.
 */
import type { MultilingualCase } from './multilingual-case.ts';
import { TUNE_DA } from './tune/da.ts';
import { TUNE_ET } from './tune/et.ts';
import { TUNE_FI } from './tune/fi.ts';
import { TUNE_GA } from './tune/ga.ts';
import { TUNE_HR } from './tune/hr.ts';
import { TUNE_HU } from './tune/hu.ts';
import { TUNE_LT } from './tune/lt.ts';
import { TUNE_LV } from './tune/lv.ts';
import { TUNE_MT } from './tune/mt.ts';
import { TUNE_SK } from './tune/sk.ts';
import { TUNE_SL } from './tune/sl.ts';
import { TUNE_SV } from './tune/sv.ts';
import { HOLDOUT_DA } from './holdout/da.ts';
import { HOLDOUT_ET } from './holdout/et.ts';
import { HOLDOUT_FI } from './holdout/fi.ts';
import { HOLDOUT_GA } from './holdout/ga.ts';
import { HOLDOUT_HR } from './holdout/hr.ts';
import { HOLDOUT_HU } from './holdout/hu.ts';
import { HOLDOUT_LT } from './holdout/lt.ts';
import { HOLDOUT_LV } from './holdout/lv.ts';
import { HOLDOUT_MT } from './holdout/mt.ts';
import { HOLDOUT_SK } from './holdout/sk.ts';
import { HOLDOUT_SL } from './holdout/sl.ts';
import { HOLDOUT_SV } from './holdout/sv.ts';

/** Tuning cases for part B's twelve languages: 50 per language (24 emergencies, 6 help, 6 report, 14 ordinary). */
export const MULTILINGUAL_TUNE_B: readonly MultilingualCase[] = [
  ...TUNE_DA,
  ...TUNE_ET,
  ...TUNE_FI,
  ...TUNE_GA,
  ...TUNE_HR,
  ...TUNE_HU,
  ...TUNE_LT,
  ...TUNE_LV,
  ...TUNE_MT,
  ...TUNE_SK,
  ...TUNE_SL,
  ...TUNE_SV,
];

/** Held-out cases for part B's twelve languages: 32 per language (14 emergencies, 4 help, 4 report, 10 ordinary). */
export const MULTILINGUAL_HOLDOUT_B: readonly MultilingualCase[] = [
  ...HOLDOUT_DA,
  ...HOLDOUT_ET,
  ...HOLDOUT_FI,
  ...HOLDOUT_GA,
  ...HOLDOUT_HR,
  ...HOLDOUT_HU,
  ...HOLDOUT_LT,
  ...HOLDOUT_LV,
  ...HOLDOUT_MT,
  ...HOLDOUT_SK,
  ...HOLDOUT_SL,
  ...HOLDOUT_SV,
];
