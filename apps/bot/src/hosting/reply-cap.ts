/**
 * A ceiling on what one incoming activity can make the bot send. Every reply is a request to
 * the channel, so without it one crafted activity (a `conversationUpdate` listing 2,000 members)
 * turns into thousands of outbound requests.
 */
import type { TurnContext } from 'botbuilder';

/** A turn answers with one message (a welcome or an answer); a few more leave room for an error reply. */
const MAX_REPLIES_PER_ACTIVITY = 3;

/**
 * Drops whatever a turn sends beyond `max` activities, and says so once in the log.
 * @example capReplies(context); await bot.run(context);
 */
export function capReplies(context: TurnContext, max = MAX_REPLIES_PER_ACTIVITY): void {
  let sent = 0;
  let warned = false;
  context.onSendActivities(async (_context, activities, next) => {
    const room = Math.max(0, max - sent);
    if (activities.length > room) {
      if (!warned) console.warn(`bot turn tried to send more than ${max} replies to one activity; the rest are dropped`);
      warned = true;
      // The array is the one the adapter sends once the handlers are done.
      activities.splice(room);
    }
    sent += activities.length;
    return activities.length > 0 ? next() : [];
  });
}
