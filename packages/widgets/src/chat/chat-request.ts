/** One message to `POST /v1/chat`, and its failures sorted by what the visitor can do about them. */
import type { ApiClient } from '@thb/client';
import type { ChatResponse } from '@thb/schema';

/**
 * The API's `CHAT_MAX_LENGTH`, repeated here because importing it from `@thb/schema` would
 * pull zod into the bundle; chat.test.ts checks that the two agree.
 */
export const MESSAGE_MAX_LENGTH = 1000;

/** The API's pattern for `locale`: a tag it would reject is better left out than sent. */
const LOCALE = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/;

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

/** Seconds from a `Retry-After` header (seconds or an HTTP date); `undefined` when absent or unreadable. */
export function retryAfterSeconds(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = /^\d+$/.test(value.trim()) ? Number(value) : (Date.parse(value) - now) / 1000;
  return Number.isFinite(seconds) ? Math.max(1, Math.ceil(seconds)) : undefined;
}

/**
 * Asks the bot; rejects with a `ChatFailure`. Sent without a referrer: which page a visitor
 * asked from is nobody's business.
 * @example const reply = await askChat(apiClient('https://api.example.eu'), 'when is the next meeting?', 'de-AT');
 */
export async function askChat(client: ApiClient, text: string, locale: string): Promise<ChatResponse> {
  let response: Response;
  try {
    response = await fetch(client.url('/v1/chat'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ text, ...(LOCALE.test(locale) ? { locale } : {}) }),
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
    });
  } catch {
    throw new ChatFailure('offline');
  }
  if (response.status === 429) throw new ChatFailure('wait', retryAfterSeconds(response.headers.get('retry-after')));
  if (!response.ok) throw new ChatFailure('failed');
  try {
    return (await response.json()) as ChatResponse;
  } catch {
    throw new ChatFailure('failed');
  }
}
