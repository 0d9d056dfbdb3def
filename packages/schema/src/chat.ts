/** The light JSON chat protocol between `<thb-chat>` and `POST /v1/chat`. */
import * as z from 'zod';
import { CHAT_MAX_LENGTH, LOCALE_PATTERN } from './chat-limits.ts';
import { CHAT_TOPICS } from './enums.ts';
import { MemberView } from './member.ts';
import { ResourceView } from './resource.ts';
import { EventView } from './event.ts';

export { CHAT_MAX_LENGTH, LOCALE_PATTERN } from './chat-limits.ts';

/** What a visitor sends. Nothing here is stored. */
export const ChatRequest = z
  .strictObject({
    text: z.string().trim().min(1, 'must not be empty').max(CHAT_MAX_LENGTH),
    locale: z.string().regex(LOCALE_PATTERN, 'must be a BCP 47 language tag').optional(),
    conversationId: z.string().min(1).max(100).optional(),
  })
  .meta({ id: 'ChatRequest' });
export type ChatRequest = z.infer<typeof ChatRequest>;

/** A follow-up the visitor can pick. */
export const ChatSuggestion = z.strictObject({ topic: z.enum(CHAT_TOPICS), label: z.string() });
export type ChatSuggestion = z.infer<typeof ChatSuggestion>;

/** Live data behind an answer. */
export const ChatItem = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('member'), member: MemberView }),
  z.strictObject({ kind: z.literal('event'), event: EventView }),
  z.strictObject({ kind: z.literal('resource'), resource: ResourceView }),
]);
export type ChatItem = z.infer<typeof ChatItem>;

/**
 * Something the visitor can do at once, shown as a big button before the answer's text: for
 * the emergency answer, calling 112, labelled in the language of the answer (`locale`).
 */
export const ChatAction = z.strictObject({ kind: z.literal('call'), number: z.string(), label: z.string() });
export type ChatAction = z.infer<typeof ChatAction>;

/** The bot's answer. */
export const ChatResponse = z
  .strictObject({
    topic: z.enum(CHAT_TOPICS),
    text: z.string(),
    locale: z.string(),
    confidence: z.number().min(0).max(1),
    suggestions: z.array(ChatSuggestion),
    items: z.array(ChatItem).optional(),
    actions: z.array(ChatAction).optional(),
  })
  .meta({ id: 'ChatResponse' });
export type ChatResponse = z.infer<typeof ChatResponse>;
