import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventPage } from '@thb/schema';
import { openTestStore, testApp, type TestStore } from '../../../test/support/test-store.ts';

// The routes' behaviour is in events.contract.ts, run on every backend; this is the app's clock.
let testStore: TestStore;

beforeAll(async () => {
  testStore = await openTestStore();
});
afterAll(() => testStore.close());

describe('the clock', () => {
  it('recomputes "upcoming" each minute, and keeps the same ETag within one', async () => {
    let clock = new Date('2027-01-15T23:59:20Z'); // the training day ends at 16 Jan 00:00Z
    const clocked = testApp(testStore.store, { now: () => clock });
    const ids = async (response: Response) => ((await response.json()) as EventPage).items.map((e) => e.id);
    const path = '/v1/events?when=upcoming&kind=training&pageSize=100';
    const first = await clocked.request(path);
    expect(await ids(first)).toContain('fixture-whole-day-training');
    clock = new Date('2027-01-15T23:59:50Z');
    const again = await clocked.request(path);
    expect(again.headers.get('etag')).toBe(first.headers.get('etag'));
    clock = new Date('2027-01-16T00:00:01Z');
    const later = await clocked.request(path);
    expect(later.headers.get('etag')).not.toBe(first.headers.get('etag'));
    expect(await ids(later)).not.toContain('fixture-whole-day-training');
  });
});
