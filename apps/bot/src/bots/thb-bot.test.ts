import { createAnswerEngine, type AnswerEngine } from '@thb/answers';
import { ActivityTypes, TestAdapter, type Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDemoStore, TEST_NOW } from '@thb/store/testing';
import type { ReplyChannelData } from './reply-activity.ts';
import { ThbBot } from './thb-bot.ts';

let engine: AnswerEngine;
let close: () => Promise<void>;

beforeAll(async () => {
  const demo = await openDemoStore();
  close = demo.close;
  engine = createAnswerEngine({ store: demo.store, now: () => TEST_NOW });
});
afterAll(() => close());

/** A test adapter whose user speaks `locale`. */
function adapterFor(locale: string) {
  const bot = new ThbBot(engine);
  return new TestAdapter(async (context) => bot.run(context), { locale });
}

/** The conversation table: what a visitor says, in which locale, and what the bot must answer. */
const CONVERSATIONS: { locale: string; says: string; topic: string; text: RegExp; suggests?: string }[] = [
  { locale: 'en-US', says: 'what is human trafficking?', topic: 'what-is-trafficking', text: /Directive 2011\/36\/EU/, suggests: 'Forms of exploitation' },
  { locale: 'de-DE', says: 'Was versteht man unter Menschenhandel?', topic: 'what-is-trafficking', text: /Richtlinie 2011\/36\/EU/, suggests: 'Formen der Ausbeutung' },
  { locale: 'fr-FR', says: "c'est quoi la traite des êtres humains", topic: 'what-is-trafficking', text: /directive 2011\/36\/UE/ },
  { locale: 'en-US', says: 'help he is locked me in the room', topic: 'emergency', text: /^Call 112 now/ },
  { locale: 'de-DE', says: 'ich werde eingesperrt', topic: 'emergency', text: /^Rufen Sie jetzt die 112 an/ },
  { locale: 'fr-FR', says: 'il me frappe', topic: 'emergency', text: /^Appelez le 112 maintenant/ },
  { locale: 'en-US', says: 'when is the next meeting?', topic: 'next-event', text: /tentatively planned for autumn 2027/ },
  { locale: 'de-DE', says: 'Welche Mitglieder gibt es in Deutschland?', topic: 'find-members', text: /Mitgliedsorganisationen in Deutschland/ },
  { locale: 'fr-FR', says: "J'ai besoin d'aide, où m'adresser en France ?", topic: 'get-help', text: /116 006/ },
  { locale: 'en-US', says: "what's the weather in Brussels", topic: 'fallback', text: /not sure I understood/ },
  { locale: 'en-US', says: 'Is this chat anonymous?', topic: 'privacy', text: /no record of what you write/, suggests: 'Where can I get help?' },
];

describe('ThbBot conversations', () => {
  it.each(CONVERSATIONS)('$locale: "$says" → $topic', async ({ locale, says, topic, text, suggests }) => {
    await adapterFor(locale).send(says).assertReply((reply) => {
      expect(reply.type).toBe(ActivityTypes.Message);
      expect(reply.text).toMatch(text);
      expect((reply.channelData as ReplyChannelData).topic).toBe(topic);
      expect((reply.channelData as ReplyChannelData).confidence).toBeGreaterThan(0);
      expect(reply.locale).toBe(locale.slice(0, 2));
      if (suggests) expect(reply.suggestedActions?.actions.map((action) => action.title)).toContain(suggests);
    });
  });

  it('leads a tapped suggestion to its topic', async () => {
    let label = '';
    const adapter = adapterFor('en-US');
    await adapter.send('what is human trafficking?').assertReply((reply) => {
      label = String(reply.suggestedActions!.actions[0]!.value);
    });
    await adapter.send(label).assertReply((reply) => {
      expect((reply.channelData as ReplyChannelData).topic).toBe('forms-of-exploitation');
    });
  });

  it('welcomes people who join, in their language, and not itself', async () => {
    const adapter = adapterFor('fr-FR');
    const conversationUpdate = (ids: string[]): Partial<Activity> => ({
      type: ActivityTypes.ConversationUpdate,
      membersAdded: ids.map((id) => ({ id, name: id })),
      recipient: { id: 'bot', name: 'bot' },
      locale: 'fr-FR',
    });
    await adapter
      .send(conversationUpdate(['bot', 'visitor']))
      .assertReply((reply) => {
        expect(reply.text).toMatch(/^Bonjour/);
        expect((reply.channelData as ReplyChannelData).topic).toBe('greeting');
        expect(reply.suggestedActions?.actions.length).toBeGreaterThan(0);
      })
      .send(conversationUpdate(['bot']))
      .assertNoReply('the bot does not greet itself', 300);
  });

  it('welcomes people who join together with one message, however many they are', async () => {
    const adapter = adapterFor('en-US');
    await adapter.send({
      type: ActivityTypes.ConversationUpdate,
      membersAdded: ['bot', 'ana', 'ben', 'chloe'].map((id) => ({ id, name: id })),
      recipient: { id: 'bot', name: 'bot' },
      locale: 'en-US',
    });
    expect(adapter.activeQueue.map((reply) => (reply.channelData as ReplyChannelData).topic)).toEqual(['greeting']);
  });

  it('answers a message without text with the fallback', async () => {
    await adapterFor('en-US').send({ type: ActivityTypes.Message, attachments: [] }).assertReply((reply) => {
      expect((reply.channelData as ReplyChannelData).topic).toBe('fallback');
    });
  });
});
