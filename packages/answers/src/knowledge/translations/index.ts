/** The knowledge base's languages beyond English, German and French: one file per language. */
import { da } from './da.ts';
import { fi } from './fi.ts';
import type { KnowledgeTranslation } from './knowledge-translation.ts';
import { sv } from './sv.ts';

/** Every translated language, registered here once its file is complete. */
export const KNOWLEDGE_TRANSLATIONS: readonly KnowledgeTranslation[] = [sv, da, fi];
