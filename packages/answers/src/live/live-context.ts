/** What a live answer gets to work with, and what it gives back. */
import type { ChatItem } from '@thb/schema';
import type { PlatformStore } from '@thb/store';
import type { Language } from '../language/language.ts';
import type { MessageEntities } from './message-entities.ts';

/** Pages of the site hosting the chat that answers may link to; omitted pages are named, not linked. */
export interface AnswerPages {
  /** The member map, e.g. `https://example.org/members`. */
  memberMap?: string | undefined;
  /** The resource finder. */
  resourceFinder?: string | undefined;
  /** The event list. */
  events?: string | undefined;
}

/** Everything a live answer needs. */
export interface LiveContext {
  store: PlatformStore;
  language: Language;
  entities: MessageEntities;
  /** The country the visitor's locale names (`de-AT` → `AT`), if any. */
  localeCountry: string | undefined;
  /** The knowledge base's answer for the topic, for answers that extend it. */
  staticAnswer: string;
  now: Date;
  pages: AnswerPages;
}

/** A live answer's text and the records behind it. */
export interface LiveAnswer {
  text: string;
  items: ChatItem[];
}
