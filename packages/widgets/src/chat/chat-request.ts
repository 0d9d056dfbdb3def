/** One message to `POST /v1/chat` through `@thb/client`, and its failures sorted by what the visitor can do. */
import { ApiError, sendChatMessage, type ApiClient } from '@thb/client';
import type { ChatResponse } from '@thb/schema';

/** Why a message got no answer: sent too fast (`wait`), no connection (`offline`), or anything else. */
export class ChatFailure extends Error {
  constructor(
    readonly kind: 'wait' | 'offline' | 'failed',
    /** Seconds to wait, when the API said so and the browser let us read it. */
    readonly seconds?: number,
  ) {
    super(kind);
  }
}

/**
 * Asks the bot; rejects with a `ChatFailure`.
 * @example const reply = await askChat(apiClient('https://api.example.eu'), 'when is the next meeting?', 'de-AT');
 */
export async function askChat(client: ApiClient, text: string, locale: string): Promise<ChatResponse> {
  try {
    return await sendChatMessage(client, { text, locale });
  } catch (error) {
    if (error instanceof ApiError) throw error.status === 429 ? new ChatFailure('wait', error.retryAfter) : new ChatFailure('failed');
    // fetch rejects with a TypeError when the API cannot be reached; a body that is not JSON is a SyntaxError.
    throw new ChatFailure(error instanceof TypeError ? 'offline' : 'failed');
  }
}
