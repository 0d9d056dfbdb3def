/** Which topics answer from live data, and how. */
import type { ChatTopic } from '@thb/schema';
import { joinParts } from '../compose.ts';
import { answerFindMembers } from './find-members.ts';
import { answerFindResources } from './find-resources.ts';
import { hotlineBlock, visitorCountry } from './hotlines.ts';
import type { LiveAnswer, LiveContext } from './live-context.ts';
import { answerNextEvent } from './next-event.ts';

/** The knowledge-base answer followed by the hotlines of the visitor's country (or EU-wide ones). */
async function withHotlines(context: LiveContext, country: string | undefined): Promise<LiveAnswer> {
  const block = await hotlineBlock(context, country);
  return { text: joinParts(context.staticAnswer, block.text), items: block.items };
}

const LIVE_ANSWERS: Partial<Record<ChatTopic, (context: LiveContext) => Promise<LiveAnswer>>> = {
  'next-event': answerNextEvent,
  'find-members': answerFindMembers,
  'find-resources': answerFindResources,
  'get-help': (context) => withHotlines(context, visitorCountry(context)),
  // Reporting goes to national hotlines, so they help only when we know the country.
  'report-suspicion': async (context) => {
    const country = visitorCountry(context);
    return country ? withHotlines(context, country) : { text: context.staticAnswer, items: [] };
  },
};

/** The live answer of a topic, or `undefined` for topics the knowledge base answers alone. */
export async function answerLive(topic: ChatTopic, context: LiveContext): Promise<LiveAnswer | undefined> {
  const live = LIVE_ANSWERS[topic];
  return live ? live(context) : undefined;
}

/** The emergency answer (112 first) followed by the hotlines that apply to the visitor. */
export function hotlinesForEmergency(context: LiveContext): Promise<LiveAnswer> {
  return withHotlines(context, visitorCountry(context));
}
