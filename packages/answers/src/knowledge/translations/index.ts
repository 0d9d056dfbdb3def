/** The knowledge base's languages beyond English, German and French: one file per language. */
import { bg } from './bg.ts';
import { cs } from './cs.ts';
import { da } from './da.ts';
import { el } from './el.ts';
import { es } from './es.ts';
import { et } from './et.ts';
import { fi } from './fi.ts';
import { ga } from './ga.ts';
import { hr } from './hr.ts';
import { hu } from './hu.ts';
import { it } from './it.ts';
import type { KnowledgeTranslation } from './knowledge-translation.ts';
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

/** Every translated language, registered here once its file is complete. */
export const KNOWLEDGE_TRANSLATIONS: readonly KnowledgeTranslation[] = [es, it, pt, ro, pl, nl, el, sv, da, fi, cs, sk, hu, et, bg, ga, hr, lt, lv, mt, sl];
