/** Route definition of the chat. */
import { createRoute } from '@hono/zod-openapi';
import { ChatRequest, ChatResponse, PROBLEM_MEDIA_TYPE, Problem } from '@thb/schema';
import type { MiddlewareHandler } from 'hono';
import { problemResponses } from '../../lib/openapi.ts';

/** `POST /v1/chat`, guarded by the given middleware (rate limit, JSON body). */
export function chatRoute(middleware: MiddlewareHandler[]) {
  return createRoute({
    method: 'post',
    path: '/v1/chat',
    tags: ['Chat'],
    summary: 'Ask the chatbot',
    description:
      'Answers a visitor\'s message from the multilingual knowledge base and live platform data. ' +
      'Someone in danger gets 112 first. Nothing the visitor writes is stored or logged; only answers per topic are counted.',
    middleware,
    request: {
      body: { required: true, content: { 'application/json': { schema: ChatRequest } } },
    },
    responses: {
      200: {
        description: 'The answer, its topic and confidence, follow-up suggestions and live items',
        headers: { 'Cache-Control': { description: '`no-store`: answers are never cached', schema: { type: 'string' } } },
        content: { 'application/json': { schema: ChatResponse } },
      },
      429: {
        description: 'Too many messages from this client; `Retry-After` says when to try again',
        headers: { 'Retry-After': { description: 'Seconds to wait', schema: { type: 'integer' } } },
        content: { [PROBLEM_MEDIA_TYPE]: { schema: Problem } },
      },
      ...problemResponses(400, 413),
    },
  });
}
