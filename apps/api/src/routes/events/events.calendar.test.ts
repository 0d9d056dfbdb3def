import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, testApp, type TestStore } from '../../test-support/test-store.ts';

// The calendars' behaviour is in events.calendar.contract.ts, run on every backend; this is Node's.
let testStore: TestStore;

beforeAll(async () => {
  testStore = await openTestStore();
});
afterAll(() => testStore.dispose());

describe('GET /v1/events/{id}.ics on Node', () => {
  it('does not depend on the time zone of the server', async () => {
    const path = '/v1/events/fixture-timed-meeting.ics';
    const here = await (await testApp(testStore.store).request(path)).text();
    const previous = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    try {
      const there = await (await testApp(testStore.store).request(path)).text();
      expect(there).toBe(here);
    } finally {
      if (previous === undefined) delete process.env.TZ;
      else process.env.TZ = previous;
    }
  });
});
