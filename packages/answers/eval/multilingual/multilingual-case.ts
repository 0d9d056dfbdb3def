/**
 * One labelled message of the 24-language evaluation sets (safety, language, topic), written
 * apart from the engine's own phrasings. `tune/` is for development; `holdout/` is never read
 * while changing rules, packs or scoring: if you tune against it, write a new one.
 */
import type { ChatTopic, EuLanguage } from '@thb/schema';

/**
 * What the message is, for the per-language figures: someone in danger now (`emergency`), asking
 * for help or support without immediate danger (`help`), wanting to report a case (`report`),
 * or any other ordinary question (`ordinary`).
 */
export type MessageKind = 'emergency' | 'help' | 'report' | 'ordinary';

/** A message, the language it is written in, what it is, and the topic a good answer has. */
export interface MultilingualCase {
  text: string;
  language: EuLanguage;
  kind: MessageKind;
  /** The expected topic: `emergency` for every emergency; `get-help`, `report-suspicion`, … otherwise. */
  topic: ChatTopic;
}
