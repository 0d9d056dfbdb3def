/** The knowledge base's languages beyond English, German and French: one file per language. */
import { es } from './es.ts';
import { it } from './it.ts';
import { pt } from './pt.ts';
import { ro } from './ro.ts';
import type { KnowledgeTranslation } from './knowledge-translation.ts';
import { el } from './el.ts';
import { nl } from './nl.ts';
import { pl } from './pl.ts';

/** Every translated language, registered here once its file is complete. */
export const KNOWLEDGE_TRANSLATIONS: readonly KnowledgeTranslation[] = [es, it, pt, ro, pl, nl, el];
