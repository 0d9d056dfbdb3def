/**
 * The Bot Framework protocol end to end: a real activity POSTed to the started bot, and the
 * reply received by a channel (a local node:http server standing in for the Emulator or Azure).
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDemoStore, TEST_NOW } from '../test/demo-store.ts';
import { startBot, type RunningBot } from './index.ts';

interface Received {
  path: string;
  activity: { type: string; text?: string; replyToId?: string; locale?: string; channelData?: { topic?: string; confidence?: number }; conversation?: { id: string } };
}

let channel: Server;
let channelUrl: string;
const received: Received[] = [];
let bot: RunningBot;
let closeStore: () => Promise<void>;

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

beforeAll(async () => {
  channel = createServer((request, response) => {
    void readBody(request).then((body) => {
      received.push({ path: request.url ?? '', activity: JSON.parse(body) as Received['activity'] });
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ id: `reply-${received.length}` }));
    });
  });
  await new Promise<void>((resolve) => channel.listen(0, '127.0.0.1', resolve));
  channelUrl = `http://127.0.0.1:${(channel.address() as AddressInfo).port}`;
  const demo = await openDemoStore();
  closeStore = demo.close;
  bot = await startBot({ store: demo.store, port: 0, now: () => TEST_NOW });
});

afterAll(async () => {
  await bot.close();
  await new Promise<void>((resolve) => channel.close(() => resolve()));
  await closeStore();
});

/** A Bot Framework activity as a channel sends it. */
function activity(fields: Record<string, unknown>) {
  return {
    id: `activity-${Math.random().toString(36).slice(2, 8)}`,
    timestamp: new Date().toISOString(),
    channelId: 'emulator',
    serviceUrl: channelUrl,
    from: { id: 'visitor-1', name: 'Visitor', role: 'user' },
    recipient: { id: 'thb-bot', name: 'THB bot', role: 'bot' },
    conversation: { id: 'conversation-1' },
    ...fields,
  };
}

async function postToBot(body: unknown, method = 'POST') {
  return fetch(`${bot.url}/api/messages`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(method === 'POST' ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
  });
}

describe('POST /api/messages', () => {
  it('answers a message activity through the channel\'s service URL', async () => {
    const message = activity({ type: 'message', text: 'Wann ist das nächste Treffen?', locale: 'de-DE' });
    const response = await postToBot(message);
    expect(response.status).toBe(200);
    const reply = received.find((r) => r.activity.replyToId === message.id);
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
    const reply = received.find((r) => r.activity.replyToId === message.id);
    expect(reply?.activity.text).toMatch(/^Call 112 now/);
    expect(reply?.activity.channelData?.topic).toBe('emergency');
  });

  it('welcomes a visitor who joins the conversation', async () => {
    const update = activity({
      type: 'conversationUpdate', locale: 'fr-FR', conversation: { id: 'conversation-2' },
      membersAdded: [{ id: 'thb-bot', name: 'THB bot' }, { id: 'visitor-2', name: 'Visitor' }],
    });
    expect((await postToBot(update)).status).toBe(200);
    const welcome = received.filter((r) => r.activity.conversation?.id === 'conversation-2');
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
});
