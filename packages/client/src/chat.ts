/** `POST /v1/chat`: one message to the chatbot, checked the way the API checks it. */
import type { ChatRequest, ChatResponse } from '@thb/schema';
import { CHAT_MAX_LENGTH, LOCALE_PATTERN } from '@thb/schema/chat-limits';
import type { ApiClient } from './api-client.ts';

/**
 * Asks the chatbot. The text is trimmed and cut to `CHAT_MAX_LENGTH`; a `locale` the API would
 * reject is left out rather than sent (the bot then detects the language). Sent without a
 * referrer: which page a visitor asked from is nobody's business. Rejects like `ApiClient.post`:
 * `ApiError` (429 with `retryAfter`) or, when the API is unreachable, the fetch's `TypeError`.
 * @example const reply = await sendChatMessage(apiClient('https://api.example.eu'), { text: 'when is the next meeting?', locale: 'de-AT' });
 */
export function sendChatMessage(api: ApiClient, request: ChatRequest, signal?: AbortSignal): Promise<ChatResponse> {
  const { locale, ...rest } = request;
  const body: ChatRequest = { ...rest, text: request.text.trim().slice(0, CHAT_MAX_LENGTH), ...(locale && LOCALE_PATTERN.test(locale) ? { locale } : {}) };
  return api.post<ChatResponse>('/v1/chat', body, { referrerPolicy: 'no-referrer', ...(signal ? { signal } : {}) });
}
