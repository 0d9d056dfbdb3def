import { TestAdapter } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { capReplies } from './reply-cap.ts';

describe('capReplies', () => {
  it('lets a turn send at most the cap, one at a time or in a batch', async () => {
    const adapter = new TestAdapter(async (context) => {
      capReplies(context, 3);
      await context.sendActivity('first');
      await context.sendActivities(Array.from({ length: 10 }, (_, index) => ({ type: 'message', text: `batch ${index}` })));
      await context.sendActivity('after the cap');
    });
    await adapter.send('hello');
    expect(adapter.activeQueue.map((activity) => activity.text)).toEqual(['first', 'batch 0', 'batch 1']);
  });

  it('counts each incoming activity on its own', async () => {
    const adapter = new TestAdapter(async (context) => {
      capReplies(context, 1);
      await context.sendActivity(`re: ${context.activity.text}`);
      await context.sendActivity('dropped');
    });
    await adapter.send('one');
    await adapter.send('two');
    expect(adapter.activeQueue.map((activity) => activity.text)).toEqual(['re: one', 're: two']);
  });
});
