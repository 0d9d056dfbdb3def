/**
 * The bot's conversation handler: a welcome when people join, and an answer from the answer
 * engine for every message, in the activity's locale. All answering lives in `@thb/answers`, so
 * moving to another Bot Framework SDK touches only this file and the hosting.
 */
import type { AnswerEngine } from '@thb/answers';
import { ActivityHandler } from 'botbuilder';
import { replyActivity } from './reply-activity.ts';

/** Answers messages with the THB answer engine. */
export class ThbBot extends ActivityHandler {
  constructor(engine: AnswerEngine) {
    super();
    this.onMembersAdded(async (context, next) => {
      const { membersAdded = [], recipient, locale } = context.activity;
      // The bot itself is among the members added when a conversation starts; greet only people.
      // One welcome for the conversation, however many joined: each would read the same, and a
      // list of 2,000 members must not become 2,000 messages.
      if (membersAdded.some((member) => member.id !== recipient.id)) await context.sendActivity(replyActivity(engine.welcome(locale)));
      await next();
    });
    this.onMessage(async (context, next) => {
      const { text = '', locale } = context.activity;
      await context.sendActivity(replyActivity(await engine.answer({ text, locale })));
      await next();
    });
  }
}
