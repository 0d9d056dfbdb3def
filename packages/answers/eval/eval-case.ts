/** One labelled message of an evaluation set. */
import type { ChatTopic } from '@thb/schema';

/** A message, the language it is written in, and the topic a good answer has. */
export interface EvalCase {
  text: string;
  language: 'en' | 'de' | 'fr';
  topic: ChatTopic;
}
