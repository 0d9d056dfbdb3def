/** The languages the chatbot speaks today. Add a pack here (and its knowledge in `knowledge/translations`). */
import type { LanguagePack } from '../language-pack.ts';
import { bg } from './bg.ts';
import { cs } from './cs.ts';
import { da } from './da.ts';
import { de } from './de.ts';
import { el } from './el.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { et } from './et.ts';
import { fi } from './fi.ts';
import { fr } from './fr.ts';
import { ga } from './ga.ts';
import { hr } from './hr.ts';
import { hu } from './hu.ts';
import { it } from './it.ts';
import { lt } from './lt.ts';
import { lv } from './lv.ts';
import { mt } from './mt.ts';
import { nl } from './nl.ts';
import { pl } from './pl.ts';
import { pt } from './pt.ts';
import { ro } from './ro.ts';
import { sk } from './sk.ts';
import { sl } from './sl.ts';
import { sv } from './sv.ts';

/** Every language pack, English (the fallback) first. */
export const LANGUAGE_PACKS: readonly LanguagePack[] = [en, de, fr, es, it, pt, ro, pl, nl, el, sv, da, fi, cs, sk, hu, et, bg, ga, hr, lt, lv, mt, sl];
