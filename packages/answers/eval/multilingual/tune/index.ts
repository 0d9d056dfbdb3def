/** Every language's tune cases: develop the emergency detector, language packs and scoring against these freely. */
import { TUNE_BG } from './bg.ts';
import { TUNE_CS } from './cs.ts';
import { TUNE_DA } from './da.ts';
import { TUNE_DE } from './de.ts';
import { TUNE_EL } from './el.ts';
import { TUNE_EN } from './en.ts';
import { TUNE_ES } from './es.ts';
import { TUNE_ET } from './et.ts';
import { TUNE_FI } from './fi.ts';
import { TUNE_FR } from './fr.ts';
import { TUNE_GA } from './ga.ts';
import { TUNE_HR } from './hr.ts';
import { TUNE_HU } from './hu.ts';
import { TUNE_IT } from './it.ts';
import { TUNE_LT } from './lt.ts';
import { TUNE_LV } from './lv.ts';
import { TUNE_MT } from './mt.ts';
import { TUNE_NL } from './nl.ts';
import { TUNE_PL } from './pl.ts';
import { TUNE_PT } from './pt.ts';
import { TUNE_RO } from './ro.ts';
import { TUNE_SK } from './sk.ts';
import { TUNE_SL } from './sl.ts';
import { TUNE_SV } from './sv.ts';
import type { MultilingualCase } from '../multilingual-case.ts';

export const MULTILINGUAL_TUNE: readonly MultilingualCase[] = [
  ...TUNE_BG,
  ...TUNE_CS,
  ...TUNE_DA,
  ...TUNE_DE,
  ...TUNE_EL,
  ...TUNE_EN,
  ...TUNE_ES,
  ...TUNE_ET,
  ...TUNE_FI,
  ...TUNE_FR,
  ...TUNE_GA,
  ...TUNE_HR,
  ...TUNE_HU,
  ...TUNE_IT,
  ...TUNE_LT,
  ...TUNE_LV,
  ...TUNE_MT,
  ...TUNE_NL,
  ...TUNE_PL,
  ...TUNE_PT,
  ...TUNE_RO,
  ...TUNE_SK,
  ...TUNE_SL,
  ...TUNE_SV,
];
