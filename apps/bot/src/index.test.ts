/**
 * The Bot Framework protocol end to end: a real activity POSTed to the started bot, and the
 * reply received by a channel (a local node:http server standing in for the Emulator or Azure).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDemoStore, TEST_NOW } from '@thb/store/testing';
import { anActivity, postActivity } from '../test/support/activity.ts';
import { startFakeBotFramework, type FakeBotFramework } from '../test/support/fake-bot-framework.ts';
import { startBot, type RunningBot } from './index.ts';

let channel: FakeBotFramework;
let bot: RunningBot;
let closeStore: () => Promise<void>;

beforeAll(async () => {
  channel = await startFakeBotFramework();
  const demo = await openDemoStore();
  closeStore = demo.close;
  bot = await startBot({ store: demo.store, port: 0, now: () => TEST_NOW });
});

afterAll(async () => {
  await bot.close();
  await channel.close();
  await closeStore();
});

const activity = (fields: Record<string, unknown>) => anActivity(channel.url, fields);
const received = () => channel.posts();

async function postToBot(body: unknown, method = 'POST') {
  if (method === 'POST') return postActivity(bot.url, body);
  return fetch(`${bot.url}/api/messages`, { method });
}

describe('POST /api/messages', () => {
  it('answers a message activity through the channel\'s service URL', async () => {
    const message = activity({ type: 'message', text: 'Wann ist das nächste Treffen?', locale: 'de-DE' });
    const response = await postToBot(message);
    expect(response.status).toBe(200);
    const reply = received().find((r) => r.activity.replyToId === message.id);
    expect(reply?.path).toBe(`/v3/conversations/conversation-1/activities/${message.id}`);
    expect(reply?.activity.type).toBe('message');
    expect(reply?.activity.text).toContain('vorläufig geplant für Herbst 2027');
    expect(reply?.activity.locale).toBe('de');
    expect(reply?.activity.channelData?.topic).toBe('next-event');
    expect(reply?.activity.channelData?.confidence).toBeGreaterThan(0.3);
  });

  it('answers an emergency with 112 first', async () => {
    const message = activity({ type: 'message', text: 'help he is locked me in the room', locale: 'en-US' });
    expect((await postToBot(message)).status).toBe(200);
    const reply = received().find((r) => r.activity.replyToId === message.id);
    expect(reply?.activity.text).toMatch(/^Call 112 now/);
    expect(reply?.activity.channelData?.topic).toBe('emergency');
  });

  it('welcomes a visitor who joins the conversation', async () => {
    const update = activity({
      type: 'conversationUpdate', locale: 'fr-FR', conversation: { id: 'conversation-2' },
      membersAdded: [{ id: 'thb-bot', name: 'THB bot' }, { id: 'visitor-2', name: 'Visitor' }],
    });
    expect((await postToBot(update)).status).toBe(200);
    const welcome = received().filter((r) => r.activity.conversation?.id === 'conversation-2');
    expect(welcome).toHaveLength(1);
    expect(welcome[0]!.path).toBe(`/v3/conversations/conversation-2/activities/${update.id}`);
    expect(welcome[0]!.activity.text).toMatch(/^Bonjour/);
    expect(welcome[0]!.activity.channelData?.topic).toBe('greeting');
  });

  it('rejects what is not a Bot Framework activity', async () => {
    expect((await postToBot('not json')).status).toBe(400);
    expect((await postToBot(['a'])).status).toBe(400);
    expect((await postToBot({ text: 'no type' })).status).toBe(400);
    const get = await postToBot(undefined, 'GET');
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    expect((await fetch(`${bot.url}/elsewhere`, { method: 'POST' })).status).toBe(404);
  });

  it('refuses a body larger than any activity with 413, declared or streamed', async () => {
    const large = JSON.stringify(activity({ type: 'message', text: 'x'.repeat(300 * 1024) }));
    const declared = await postToBot(large);
    expect(declared.status).toBe(413);
    // Without a Content-Length the limit applies while reading.
    const chunks = [large.slice(0, 150_000), large.slice(150_000)];
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = chunks.shift();
        if (next === undefined) controller.close();
        else controller.enqueue(new TextEncoder().encode(next));
      },
    });
    const streamed = await fetch(`${bot.url}/api/messages`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: stream, duplex: 'half',
    });
    expect(streamed.status).toBe(413);
    expect(received().some((r) => r.activity?.text?.startsWith('xxx'))).toBe(false);
  });
});
