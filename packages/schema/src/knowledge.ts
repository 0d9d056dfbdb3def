/** A knowledge-base entry: how visitors ask about one topic, and the answer, per language. */
import * as z from 'zod';
import { EU_LANGUAGES, CHAT_TOPICS, FALLBACK_LANGUAGE, type EuLanguage } from './enums.ts';
import { HttpUrl, LocalizedText } from './common.ts';

const Phrasings = z.array(z.string().trim().min(1).max(300)).min(1);
type PhrasingsShape = { en: typeof Phrasings } & {
  [L in Exclude<EuLanguage, 'en'>]: z.ZodOptional<typeof Phrasings>;
};
const phrasingsShape = Object.fromEntries(
  EU_LANGUAGES.map((l) => [l, l === FALLBACK_LANGUAGE ? Phrasings : Phrasings.optional()]),
) as PhrasingsShape;

/** A link an answer offers, with its label per language. */
export const AnswerLink = z.strictObject({ url: HttpUrl, label: LocalizedText });
export type AnswerLink = z.infer<typeof AnswerLink>;

/** One topic of the chatbot's knowledge base. */
export const KnowledgeEntry = z
  .strictObject({
    topic: z.enum(CHAT_TOPICS),
    questions: z.strictObject(phrasingsShape),
    answer: LocalizedText,
    links: z.array(AnswerLink).default([]),
    followUps: z.array(z.enum(CHAT_TOPICS)).default([]),
  })
  .meta({ id: 'KnowledgeEntry' });
export type KnowledgeEntry = z.infer<typeof KnowledgeEntry>;
