/** The knowledge base's languages beyond English, German and French: one file per language. */
import { cs } from './cs.ts';
import { hu } from './hu.ts';
import type { KnowledgeTranslation } from './knowledge-translation.ts';
import { sk } from './sk.ts';

/** Every translated language, registered here once its file is complete. */
export const KNOWLEDGE_TRANSLATIONS: readonly KnowledgeTranslation[] = [cs, sk, hu];
