/**
 * One language's knowledge base, kept in one file per language (`<code>.ts` here) so a native
 * speaker reviews a language in one place and languages are added without touching the topic
 * files. English, German and French stay inside the topic files, beside the English original.
 */
import type { ChatTopic, EuLanguage, KnowledgeEntry } from '@thb/schema';

/** Who vouches for a language's text: nobody yet (`machine`), or a native speaker's organisation. */
export type ReviewStatus =
  | { status: 'machine' }
  | { status: 'reviewed'; organisation: string; date: string };

/** A topic's phrasings and answer in one language. */
export interface TopicTranslation {
  /** How visitors ask, as varied as real people type (no accents, slang, third person). */
  questions: readonly string[];
  /** The answer, saying what the English answer says (same facts, same numbers). */
  answer: string;
}

/** The whole knowledge base in one language. */
export interface KnowledgeTranslation {
  language: Exclude<EuLanguage, 'en' | 'de' | 'fr'>;
  review: ReviewStatus;
  /** Every topic of the knowledge base (all of `CHAT_TOPICS` but `fallback`). */
  topics: Readonly<Record<Exclude<ChatTopic, 'fallback'>, TopicTranslation>>;
  /** Link labels, keyed by the link's URL (see `../links.ts`). */
  linkLabels: Readonly<Record<string, string>>;
}

/**
 * Adds each translation's phrasings, answers and link labels to the entries. A topic or label a
 * translation lacks stays English-only, which the knowledge tests report.
 */
export function withTranslations(
  entries: readonly KnowledgeEntry[],
  translations: readonly KnowledgeTranslation[],
): KnowledgeEntry[] {
  return entries.map((entry) => {
    const questions: Record<string, string[]> = { ...entry.questions };
    const answer: Record<string, string> = { ...entry.answer };
    const links = entry.links.map((link) => ({ ...link, label: { ...link.label } }));
    for (const translation of translations) {
      const topic = translation.topics[entry.topic as Exclude<ChatTopic, 'fallback'>];
      if (topic) {
        questions[translation.language] = [...topic.questions];
        answer[translation.language] = topic.answer;
      }
      for (const link of links) {
        const label = translation.linkLabels[link.url];
        if (label) link.label[translation.language] = label;
      }
    }
    return { ...entry, questions, answer, links } as KnowledgeEntry;
  });
}
