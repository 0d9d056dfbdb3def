/** Handler of the chat: validated request in, the answer engine's reply out, nothing kept. */
import type { AnswerEngine } from '@thb/answers';
import type { AppRouteHandler } from '../../lib/types.ts';
import type { chatRoute } from './chat.routes.ts';

/** `POST /v1/chat` */
export const answerChat = (engine: AnswerEngine): AppRouteHandler<ReturnType<typeof chatRoute>> => async (c) => {
  const { text, locale } = c.req.valid('json');
  const reply = await engine.answer({ text, locale });
  c.header('cache-control', 'no-store');
  return c.json(reply, 200);
};
