/**
 * Whether a chat request is an emergency, for the rate limit: someone in danger always gets
 * the 112 answer, however many messages their address or device has sent.
 */
import type { Context } from 'hono';
import type { AnswerEngine } from '@thb/answers';
import { CHAT_MAX_LENGTH } from '@thb/schema';
import { CHAT_MAX_JSON_DEPTH, nestsDeeperThan } from './chat.json-body.ts';

/**
 * Reads the body as the route will (it is at most the body limit) and asks the engine's
 * classifier; anything that is not a well-formed message is no emergency, and gets the usual answer.
 * @example rateLimit(limiter, isEmergencyRequest(engine))
 */
export function isEmergencyRequest(engine: AnswerEngine): (c: Context) => Promise<boolean> {
  return async (c) => {
    let body: unknown;
    try {
      const raw = await c.req.text();
      if (nestsDeeperThan(raw, CHAT_MAX_JSON_DEPTH)) return false;
      body = JSON.parse(raw);
    } catch {
      return false;
    }
    if (typeof body !== 'object' || body === null) return false;
    const { text, locale } = body as { text?: unknown; locale?: unknown };
    if (typeof text !== 'string') return false;
    const message = text.trim();
    if (message.length === 0 || message.length > CHAT_MAX_LENGTH) return false;
    return engine.classify({ text: message, ...(typeof locale === 'string' ? { locale } : {}) }).topic === 'emergency';
  };
}
