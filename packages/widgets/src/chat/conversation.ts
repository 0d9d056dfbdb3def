/**
 * The conversation lives in memory and, so that it survives moving between pages of the same
 * site, in this tab's sessionStorage: the browser forgets it when the tab closes. Never in
 * localStorage or a cookie. The quick exit forgets it at once.
 */
import type { ChatAction, ChatItem, ChatSuggestion } from '@thb/schema';
import type { ChatTopic } from '@thb/schema/enums';
import { WIDGET_STORAGE_PREFIX } from '../quick-exit/leave-page.ts';

/** One message of the conversation. */
export interface ChatMessage {
  from: 'visitor' | 'bot';
  text: string;
  topic?: ChatTopic;
  /** The language the bot answered in, which may differ from the interface's. */
  locale?: string;
  items?: ChatItem[];
  /** Big buttons before the text: calling 112 on the emergency answer. */
  actions?: ChatAction[];
  /** The widget's own emergency answer, given before (and whatever) the API answered. */
  local?: boolean;
}

/** What is kept between the pages of one tab. */
export interface Conversation {
  messages: ChatMessage[];
  suggestions: ChatSuggestion[];
}

/** Versioned, so that a later release does not misread an older shape; `thb-`, so the quick exit forgets it. */
const KEY = `${WIDGET_STORAGE_PREFIX}chat/1`;
/** Enough to scroll back through; older messages are dropped. */
const MAX_MESSAGES = 60;

/** The tab's conversation, if there is one (storage may be disabled or full: then memory only). */
export function loadConversation(): Conversation | undefined {
  try {
    const saved = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Partial<Conversation> | null;
    if (!saved || !Array.isArray(saved.messages) || !Array.isArray(saved.suggestions)) return undefined;
    const messages = saved.messages.filter((m) => (m.from === 'visitor' || m.from === 'bot') && typeof m.text === 'string');
    return { messages, suggestions: saved.suggestions };
  } catch {
    return undefined;
  }
}

/** Keeps the conversation for this tab, trimmed to its last messages. */
export function saveConversation(conversation: Conversation): Conversation {
  const trimmed = { ...conversation, messages: conversation.messages.slice(-MAX_MESSAGES) };
  try {
    sessionStorage.setItem(KEY, JSON.stringify(trimmed));
  } catch {
    // Storage disabled (some privacy modes) or full: the conversation stays in memory only.
  }
  return trimmed;
}

/** Forgets the conversation. */
export function forgetConversation(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // Nothing was stored.
  }
}
