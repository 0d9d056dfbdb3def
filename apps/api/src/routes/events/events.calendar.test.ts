import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventView, Slug } from '@thb/schema';
import { expectProblem } from '../../../test/support/expect-problem.ts';
import { openTestStore, testApp, type TestStore } from '../../../test/support/test-store.ts';
import { buildCalendar } from './events.calendar.ts';

// The calendars' behaviour is in events.calendar.contract.ts, run on every backend; this is Node's.
let testStore: TestStore;

beforeAll(async () => {
  testStore = await openTestStore();
});
afterAll(() => testStore.close());

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

describe('iCalendar ids', () => {
  it('refuses an id that is not a slug, a line break above all', async () => {
    for (const id of ['fixture%0D%0AATTENDEE:mailto:x@example.org', 'fixture%0A', 'Fixture-Timed-Meeting']) {
      await expectProblem(await testApp(testStore.store).request(`/v1/events/${id}.ics`), 400);
      await expectProblem(await testApp(testStore.store).request(`/v1/events/${id}`), 400);
    }
    for (const id of ['a\r\nb', 'ab\n', 'a b', 'ab;x']) expect(Slug.safeParse(id).success).toBe(false);
  });

  it('escapes the UID, so even a stored id with CRLF cannot add a property line', async () => {
    const response = await testApp(testStore.store).request('/v1/events/fixture-timed-meeting');
    const view = EventView.parse(await response.json());
    const calendar = buildCalendar([{ ...view, id: 'bad\r\nATTENDEE:mailto:attacker@example.org' }], { language: 'en' });
    const lines = calendar.split('\r\n');
    expect(lines.filter((line) => line.startsWith('ATTENDEE'))).toEqual([]);
    expect(lines.find((line) => line.startsWith('UID:'))).toBe('UID:bad\\nATTENDEE:mailto:attacker@example.org@thb-platform-kit.eu');
  });
});
