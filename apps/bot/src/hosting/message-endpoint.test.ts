/**
 * What a hostile caller can make the bot do, on real sockets: a local fake Bot Framework counts
 * every request the bot sends, and a second one on 127.0.0.2 stands in for an address the bot
 * must never be made to reach.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlatformStore } from '@thb/store';
import { openDemoStore, TEST_NOW } from '@thb/store/testing';
import { anActivity, postActivity } from '../../test/support/activity.ts';
import { startFakeBotFramework, type FakeBotFramework } from '../../test/support/fake-bot-framework.ts';
import { startBot, type RunningBot, type StartBotOptions } from '../index.ts';

let store: PlatformStore;
let closeStore: () => Promise<void>;
let channel: FakeBotFramework;
let target: FakeBotFramework;
const bots: RunningBot[] = [];

beforeAll(async () => {
  ({ store, close: closeStore } = await openDemoStore());
  channel = await startFakeBotFramework();
  target = await startFakeBotFramework('127.0.0.2');
});

afterAll(async () => {
  for (const bot of bots) await bot.close();
  await Promise.all([channel.close(), target.close()]);
  await closeStore();
});

async function aBot(options: Partial<StartBotOptions> = {}): Promise<RunningBot> {
  const bot = await startBot({ store, port: 0, now: () => TEST_NOW, ...options });
  bots.push(bot);
  return bot;
}

/** 2,000 visitors joining at once: a 90 KB activity. */
const crowd = Array.from({ length: 2000 }, (_, index) => ({ id: `visitor-${index}`, name: `Visitor ${index}` }));

/** Whatever an error body says must not name a host or echo an upstream error. */
const LEAKS = /127\.0\.0\.|localhost|botframework|microsoftonline|ENOTFOUND|ECONNREFUSED|getaddrinfo|Error/i;

describe('anonymous (Emulator) mode', () => {
  it('sends nothing to a serviceUrl other than the Emulator\'s loopback address, and answers 403', async () => {
    const bot = await aBot();
    const sent = channel.posts().length;
    const serviceUrls = [target.url, 'http://169.254.169.254/latest/meta-data/', 'https://smba.trafficmanager.net/emea/', 'file:///etc/passwd', 'not a url', undefined];
    for (const serviceUrl of serviceUrls) {
      const message = await postActivity(bot.url, anActivity(serviceUrl, { type: 'message', text: 'hello' }));
      expect(message.status, String(serviceUrl)).toBe(403);
      const update = await postActivity(bot.url, anActivity(serviceUrl, { type: 'conversationUpdate', membersAdded: crowd }));
      expect(update.status, String(serviceUrl)).toBe(403);
    }
    expect(target.received).toHaveLength(0);
    expect(channel.posts()).toHaveLength(sent);
  });

  it('welcomes 2,000 members who join at once with one message', async () => {
    const bot = await aBot();
    const update = anActivity(channel.url, { type: 'conversationUpdate', conversation: { id: 'crowd' }, membersAdded: crowd, locale: 'en-US' });
    expect((await postActivity(bot.url, update)).status).toBe(200);
    const welcomes = channel.posts().filter((reply) => reply.activity.conversation?.id === 'crowd');
    expect(welcomes).toHaveLength(1);
    expect(welcomes[0]!.activity.channelData?.topic).toBe('greeting');
  });

  it('answers a burst from one client with 429 and Retry-After, before reading the body', async () => {
    const bot = await aBot({ requestsPerMinute: 5 });
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 8; attempt += 1) {
      const response = await postActivity(bot.url, 'not even json');
      statuses.push(response.status);
      if (response.status === 429) expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    expect(statuses).toEqual([400, 400, 400, 400, 400, 429, 429, 429]);
  });

  it('refuses to listen anonymously beyond loopback', async () => {
    await expect(aBot({ hostname: '0.0.0.0' })).rejects.toThrow(/MicrosoftAppId: is required to listen on 0\.0\.0\.0/);
  });
});

describe('authenticated mode', () => {
  const APP_ID = 'thb-test-app';
  const credentials = { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-a-real-secret' };

  it('answers a missing, malformed or forged token with a bare 401, and sends nothing', async () => {
    const bot = await aBot({ credentials, authentication: channel.authentication() });
    const sent = channel.posts().length;
    const message = anActivity('https://smba.trafficmanager.net/emea/', { type: 'message', text: 'hello' });
    const forged = `${channel.token({ aud: APP_ID }).split('.').slice(0, 2).join('.')}.${Buffer.from('forged').toString('base64url')}`;
    for (const authorization of [undefined, 'Bearer x', 'Basic dXNlcjpwYXNz', 'Bearer a.b.c', `Bearer ${forged}`]) {
      const response = await postActivity(bot.url, message, authorization ? { authorization } : {});
      expect(response.status, authorization).toBe(401);
      expect(await response.text()).toBe('Unauthorized');
    }
    expect(channel.posts()).toHaveLength(sent);
  });

  it('answers 401 without the upstream error when the sign-in service cannot be reached', async () => {
    // Port 1 on loopback: nothing listens, so fetching the signing keys fails with ECONNREFUSED.
    const bot = await aBot({ credentials, authentication: channel.authentication('http://127.0.0.1:1/openid') });
    const message = anActivity('https://smba.trafficmanager.net/emea/', { type: 'message', text: 'hello' });
    const response = await postActivity(bot.url, message, { authorization: `Bearer ${channel.token({ aud: APP_ID })}` });
    expect(response.status).toBe(401);
    const body = await response.text();
    expect(body.length).toBeLessThan(40);
    expect(body).not.toMatch(LEAKS);
  });

  it('never replies to a serviceUrl that is not the Bot Framework\'s, even with a valid token', async () => {
    const bot = await aBot({ credentials, authentication: channel.authentication() });
    const sent = channel.posts().length;
    for (const serviceUrl of [target.url, 'https://evil.example/', 'https://smba.trafficmanager.net.evil.example/', 'https://evil.trafficmanager.net/']) {
      // A genuine token names the serviceUrl it was issued for; botbuilder checks that it matches.
      const token = channel.token({ aud: APP_ID, serviceurl: serviceUrl });
      const response = await postActivity(bot.url, { ...anActivity(serviceUrl, { type: 'message', text: 'hello' }), channelId: 'webchat' }, { authorization: `Bearer ${token}` });
      expect(response.status, serviceUrl).toBe(403);
      expect(await response.text()).not.toMatch(LEAKS);
    }
    expect(target.received).toHaveLength(0);
    expect(channel.posts()).toHaveLength(sent);
  });
});
