/** The knowledge base's languages beyond English, German and French: one file per language. */
import { cs } from './cs.ts';
import { da } from './da.ts';
import { el } from './el.ts';
import { es } from './es.ts';
import { fi } from './fi.ts';
import { hu } from './hu.ts';
import { it } from './it.ts';
import type { KnowledgeTranslation } from './knowledge-translation.ts';
import { mt } from './mt.ts';
import { nl } from './nl.ts';
import { pl } from './pl.ts';
import { pt } from './pt.ts';
import { ro } from './ro.ts';
import { sk } from './sk.ts';
import { sv } from './sv.ts';

/** Every translated language, registered here once its file is complete. */
export const KNOWLEDGE_TRANSLATIONS: readonly KnowledgeTranslation[] = [es, it, pt, ro, pl, nl, el, sv, da, fi, cs, sk, hu, mt];
