/** The chat as a router. */
import { createAnswerEngine, type AnswerEngine, type AnswerPages } from '@thb/answers';
import { createRouter } from '../../lib/create-router.ts';
import { limitBody } from '../../middleware/body-limit.ts';
import type { AppDeps } from '../../lib/types.ts';
import { answerChat } from './chat.handlers.ts';
import { requireJsonObject } from './chat.json-body.ts';
import { isEmergencyRequest } from './chat.emergency.ts';
import { ClientLimiter, rateLimit, type RateLimitOptions } from './chat.rate-limit.ts';
import { chatRoute } from './chat.routes.ts';

/** Options of the chat route. */
export interface ChatRouteOptions {
  /** Per-client message limits, and how clients are told apart. */
  rateLimit?: RateLimitOptions;
  /** Site pages the answers link to (member map, resource finder, event list). */
  pages?: AnswerPages;
  /** An engine built elsewhere, e.g. shared with a statistics route reading its topic counts. */
  engine?: AnswerEngine;
}

/**
 * The largest chat body: a message of `CHAT_MAX_LENGTH` characters, each written as a `\uXXXX`
 * escape at worst, plus the other fields, fits; anything bigger is refused before it is read.
 */
export const CHAT_BODY_LIMIT = 8 * 1024;

/**
 * `POST /v1/chat`. The answer engine is built once here, with its indexes, not per request.
 * The body is limited before anything reads it; an emergency is answered even past the rate limit.
 * @example app.route('/', chatRouter(deps));
 */
export function chatRouter(deps: AppDeps, options: ChatRouteOptions = {}) {
  const engine = options.engine ?? createAnswerEngine({ store: deps.store, now: deps.now, pages: options.pages });
  const limiter = rateLimit(new ClientLimiter(options.rateLimit), isEmergencyRequest(engine));
  const route = chatRoute([limitBody(CHAT_BODY_LIMIT), limiter, requireJsonObject()]);
  return createRouter().openapi(route, answerChat(engine));
}

export type { ClientAddress, RateLimitOptions } from './chat.rate-limit.ts';
export type { AnswerPages } from '@thb/answers';
