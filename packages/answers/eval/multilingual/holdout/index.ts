/** Every language's held-out cases: measured by `pnpm bench`, never read while tuning. If you tune against them, write new ones. */
import { HOLDOUT_BG } from './bg.ts';
import { HOLDOUT_CS } from './cs.ts';
import { HOLDOUT_DA } from './da.ts';
import { HOLDOUT_DE } from './de.ts';
import { HOLDOUT_EL } from './el.ts';
import { HOLDOUT_EN } from './en.ts';
import { HOLDOUT_ES } from './es.ts';
import { HOLDOUT_ET } from './et.ts';
import { HOLDOUT_FI } from './fi.ts';
import { HOLDOUT_FR } from './fr.ts';
import { HOLDOUT_GA } from './ga.ts';
import { HOLDOUT_HR } from './hr.ts';
import { HOLDOUT_HU } from './hu.ts';
import { HOLDOUT_IT } from './it.ts';
import { HOLDOUT_LT } from './lt.ts';
import { HOLDOUT_LV } from './lv.ts';
import { HOLDOUT_MT } from './mt.ts';
import { HOLDOUT_NL } from './nl.ts';
import { HOLDOUT_PL } from './pl.ts';
import { HOLDOUT_PT } from './pt.ts';
import { HOLDOUT_RO } from './ro.ts';
import { HOLDOUT_SK } from './sk.ts';
import { HOLDOUT_SL } from './sl.ts';
import { HOLDOUT_SV } from './sv.ts';
import type { MultilingualCase } from '../multilingual-case.ts';

export const MULTILINGUAL_HOLDOUT: readonly MultilingualCase[] = [
  ...HOLDOUT_BG,
  ...HOLDOUT_CS,
  ...HOLDOUT_DA,
  ...HOLDOUT_DE,
  ...HOLDOUT_EL,
  ...HOLDOUT_EN,
  ...HOLDOUT_ES,
  ...HOLDOUT_ET,
  ...HOLDOUT_FI,
  ...HOLDOUT_FR,
  ...HOLDOUT_GA,
  ...HOLDOUT_HR,
  ...HOLDOUT_HU,
  ...HOLDOUT_IT,
  ...HOLDOUT_LT,
  ...HOLDOUT_LV,
  ...HOLDOUT_MT,
  ...HOLDOUT_NL,
  ...HOLDOUT_PL,
  ...HOLDOUT_PT,
  ...HOLDOUT_RO,
  ...HOLDOUT_SK,
  ...HOLDOUT_SL,
  ...HOLDOUT_SV,
];
