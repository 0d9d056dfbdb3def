/**
 * The answer engine's reply as a Bot Framework message: the text in the reply's language,
 * follow-ups as suggested actions (tapping one sends its label back, which leads to its topic),
 * and the topic and confidence in `channelData` so that channels and tests can read them.
 */
import type { ChatResponse } from '@thb/schema';
import { ActionTypes, MessageFactory, type Activity, type CardAction } from 'botbuilder';

/** What a reply carries in `channelData`. */
export interface ReplyChannelData {
  topic: ChatResponse['topic'];
  confidence: number;
}

/**
 * A message activity for a reply.
 * @example await context.sendActivity(replyActivity(await engine.answer({ text, locale })));
 */
export function replyActivity(reply: ChatResponse): Partial<Activity> {
  const actions: CardAction[] = reply.suggestions.map((suggestion) => ({
    type: ActionTypes.ImBack, title: suggestion.label, value: suggestion.label,
  }));
  const activity = actions.length > 0 ? MessageFactory.suggestedActions(actions, reply.text) : MessageFactory.text(reply.text);
  // Plain text: URLs and punctuation in answers must not be read as Markdown.
  activity.textFormat = 'plain';
  activity.locale = reply.locale;
  const channelData: ReplyChannelData = { topic: reply.topic, confidence: reply.confidence };
  activity.channelData = channelData;
  return activity;
}
