/**
 * The bot's entry as a process: it opens the API's store through `DATABASE_URL` (here a fresh
 * database on the test PostgreSQL server), answers through a channel, and stops with exit code
 * 0 on SIGTERM; without credentials it refuses to listen beyond loopback.
 */
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@thb/store/testing';
import { anActivity, postActivity } from '../test/support/activity.ts';
import { runBotProcess } from '../test/support/bot-process.ts';
import { startFakeBotFramework, type FakeBotFramework } from '../test/support/fake-bot-framework.ts';

let channel: FakeBotFramework;
let database: TestDatabase | undefined;

beforeAll(async () => {
  channel = await startFakeBotFramework();
});
afterAll(async () => {
  await channel.close();
  await database?.drop();
});

describe('tsx src/index.ts', () => {
  it('serves from PostgreSQL at DATABASE_URL, seeding it, and stops on SIGTERM with exit code 0', async () => {
    // Created here rather than in a hook, so that a missing server fails this test, never skips it.
    database = await createTestDatabase('bot');
    const bot = runBotProcess({ PORT_BOT: '0', DATABASE_URL: database.url, DATA_DIR: join(tmpdir(), 'thb-bot-no-sqlite-here') });
    try {
      const url = await bot.listening;
      expect(bot.output()).toContain('Seeded demo data into PostgreSQL');
      expect(bot.output()).toMatch(/\(postgres; anonymous, for the Bot Framework Emulator/);
      const message = anActivity(channel.url, { type: 'message', text: 'Wann ist das nächste Treffen?', locale: 'de-DE' });
      expect((await postActivity(url, message)).status).toBe(200);
      const reply = channel.posts().find((r) => r.activity.replyToId === message.id);
      expect(reply?.activity.channelData?.topic).toBe('next-event');
    } finally {
      bot.child.kill('SIGTERM');
    }
    expect(await bot.exited).toBe(0);
    expect(bot.output()).toContain('SIGTERM: shutting down');
  }, 60_000);

  it('refuses to start on 0.0.0.0 without Bot Framework credentials, before opening any store', async () => {
    const bot = runBotProcess({ PORT_BOT: '0', HOST: '0.0.0.0', DATABASE_URL: 'postgres://thb@127.0.0.1:1/never-opened' });
    await expect(bot.listening).rejects.toThrow(/MicrosoftAppId: is required to listen on 0\.0\.0\.0/);
    expect(await bot.exited).toBe(1);
    expect(bot.output()).not.toMatch(/ECONNREFUSED/);
  }, 30_000);

  it('names every wrong variable and exits with code 1', async () => {
    const bot = runBotProcess({ PORT_BOT: 'eighty', BOT_ALLOWED_SERVICE_HOSTS: 'https://bots.example.org', BOT_REQUESTS_PER_MINUTE: '0' });
    await expect(bot.listening).rejects.toThrow(/PORT_BOT[\s\S]*BOT_ALLOWED_SERVICE_HOSTS: not host names: https:\/\/bots\.example\.org[\s\S]*BOT_REQUESTS_PER_MINUTE/);
    expect(await bot.exited).toBe(1);
  }, 30_000);
});
