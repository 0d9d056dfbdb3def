import { describe, expect, it } from 'vitest';
import { coalescedLookup } from './version-lookup.ts';

/** A lookup that reads a "database" value when called and answers when the test says so. */
function manualLookup() {
  const pending: Array<() => void> = [];
  let value = 1;
  return {
    lookup: () => {
      const snapshot = value;
      return new Promise<number>((resolve) => pending.push(() => resolve(snapshot)));
    },
    /** Answers the oldest call with what it read. */
    answer: () => pending.shift()!(),
    write: () => (value += 1),
    get calls() {
      return pending.length;
    },
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('coalescedLookup', () => {
  it('never answers a caller with a lookup that started before it called', async () => {
    const db = manualLookup();
    const version = coalescedLookup(db.lookup);
    const early = version();
    expect(db.calls).toBe(1);
    db.write(); // completes while the first lookup is in flight, before the next callers ask
    const late = [version(), version(), version()];
    expect(db.calls).toBe(1); // the late callers wait rather than starting a second query now
    db.answer(); // answered from a snapshot taken before the write
    expect(await early).toBe(1);
    await settle();
    expect(db.calls).toBe(1); // one query for all three late callers
    db.answer();
    expect(await Promise.all(late)).toEqual([2, 2, 2]);
  });

  it('starts a lookup right away when none is running, and retries after a failure', async () => {
    let fail = true;
    let calls = 0;
    const version = coalescedLookup(async () => {
      calls += 1;
      if (fail) throw new Error('connection reset');
      return 7;
    });
    await expect(version()).rejects.toThrow('connection reset');
    fail = false;
    expect(await version()).toBe(7);
    expect(await version()).toBe(7);
    expect(calls).toBe(3);
  });
});
