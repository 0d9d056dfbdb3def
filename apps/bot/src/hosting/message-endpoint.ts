/**
 * `POST /api/messages` on node:http, in the order that keeps a hostile caller cheap: a
 * per-client rate limit (429) before the body is read, a size limit while it is read (413),
 * the activity's shape (400), its authentication (401), its `serviceUrl` (403, nothing sent),
 * then the turn, whose replies are capped.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Activity, ActivityHandler } from 'botbuilder';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { BotAdapter } from './bot-adapter.ts';
import { readJsonBody, sendError, sendJson } from './node-http.ts';
import { capReplies } from './reply-cap.ts';

/** What {@link createMessageEndpoint} serves with. */
export interface MessageEndpointOptions {
  adapter: BotAdapter;
  bot: ActivityHandler;
  /** Whether replies may go to an activity's `serviceUrl` (see `serviceUrlPolicy`). */
  acceptsServiceUrl: (serviceUrl: unknown) => boolean;
  /** Requests one client address may make per minute. */
  requestsPerMinute: number;
}

/** botbuilder's own request parsing turns the ISO dates of an activity into `Date`s; so does this. */
function asActivity(body: Record<string, unknown>): Activity {
  const activity = body as unknown as Activity & Record<string, unknown>;
  for (const field of ['timestamp', 'localTimestamp', 'expiration'] as const) {
    const value = body[field];
    if (typeof value === 'string') {
      activity[`raw${field[0]!.toUpperCase()}${field.slice(1)}`] = value;
      activity[field] = new Date(value);
    }
  }
  return activity;
}

/** Seconds until the client may try again, or 0 when this request may go on. */
async function retryAfter(limiter: RateLimiterMemory, client: string): Promise<number> {
  try {
    await limiter.consume(client);
    return 0;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
    throw rejection;
  }
}

/**
 * The request handler of the bot's server.
 * @example createServer(createMessageEndpoint({ adapter, bot, acceptsServiceUrl, requestsPerMinute: 120 }))
 */
export function createMessageEndpoint(options: MessageEndpointOptions): (incoming: IncomingMessage, outgoing: ServerResponse) => void {
  const { adapter, bot, acceptsServiceUrl } = options;
  // Keyed by the socket's address, which a client cannot forge; entries expire after the minute.
  const limiter = new RateLimiterMemory({ points: options.requestsPerMinute, duration: 60 });
  const handle = async (incoming: IncomingMessage, outgoing: ServerResponse) => {
    if (new URL(incoming.url ?? '/', 'http://bot').pathname !== '/api/messages') return sendError(outgoing, 404, 'Not found');
    const wait = await retryAfter(limiter, incoming.socket.remoteAddress ?? 'unknown');
    if (wait > 0) return sendError(outgoing, 429, 'Too many requests', { 'retry-after': String(wait) });
    if (incoming.method !== 'POST') return sendError(outgoing, 405, 'Use POST', { allow: 'POST' });
    const read = await readJsonBody(incoming);
    if (!read.ok) return sendError(outgoing, read.status, read.status === 413 ? 'Too large for an activity' : 'The body must be a JSON Bot Framework activity');
    // An activity without a type would make the adapter throw (a 500); it is the sender's mistake.
    if (typeof read.body.type !== 'string') return sendError(outgoing, 400, 'The body must be a JSON Bot Framework activity');
    const activity = asActivity(read.body);
    const authenticated = await adapter.authenticate(activity, incoming.headers.authorization);
    if (!authenticated) return sendError(outgoing, 401, 'Unauthorized', { 'www-authenticate': 'Bearer' });
    if (!acceptsServiceUrl(activity.serviceUrl)) return sendError(outgoing, 403, 'This bot does not reply to that serviceUrl');
    const answer = await adapter.runTurn(authenticated, activity, async (context) => {
      capReplies(context);
      await bot.run(context);
    });
    sendJson(outgoing, answer?.status ?? 200, answer?.body);
  };
  return (incoming, outgoing) => {
    handle(incoming, outgoing).catch((error: unknown) => {
      console.error(`bot request failed: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
      if (!outgoing.headersSent) sendError(outgoing, 500, 'Internal error');
      else outgoing.end();
    });
  };
}
