import { describe, expect, it } from 'vitest';
import { demoData } from './demo/index.ts';
import type { KyselyPlatformStore } from './kysely-store.ts';
import { BACKENDS } from './testing/backends.ts';

const now = new Date('2026-11-29T08:00:00Z');
const page = (n: number, size = 7) => ({ page: n, pageSize: size });

/** Everything a visitor can ask of the demo data, as JSON text so that even key order counts. */
async function answers(store: KyselyPlatformStore): Promise<Record<string, string>> {
  const asked: Record<string, unknown> = {
    members: await store.members.list({}),
    membersPaged: await store.members.list({ scope: 'national' }, page(2)),
    membersQ: await store.members.list({ q: 'trafficking network' }),
    membersFocus: await store.members.list({ focus: 'children-rights', country: 'DE' }),
    counts: await store.members.counts(),
    member: await store.members.get('la-strada-international'),
    events: await store.events.list({ now }),
    eventsPaged: await store.events.list({ now, when: 'upcoming' }, page(2, 3)),
    eventsPast: await store.events.list({ now, when: 'past', format: 'online' }),
    eventsRange: await store.events.list({ now, from: new Date('2026-12-01T00:00:00Z'), to: new Date('2027-06-01T00:00:00Z') }),
    resources: await store.resources.search({}, page(1, 100), 'en'),
    resourcesQ: await store.resources.search({ q: 'Menschenhandel Beratung' }, page(1), 'de'),
    resourcesFiltered: await store.resources.search({ q: 'hotline', country: 'FR' }, page(1), 'fr'),
    resourcesPaged: await store.resources.search({ type: 'guide' }, page(2, 5), 'en'),
    counted: [await store.resources.count(), await store.events.count()],
  };
  return Object.fromEntries(Object.entries(asked).map(([key, value]) => [key, JSON.stringify(value)]));
}

describe('every backend', () => {
  it('gives the same answers as SQLite, to the byte, for the demo data', async () => {
    const results: Record<string, Record<string, string>> = {};
    for (const backend of BACKENDS) {
      const store = await backend.fresh();
      await store.putMany(demoData(now));
      results[backend.name] = await answers(store);
    }
    const sqlite = results.SQLite!;
    // The questions must have found something, or equal answers would prove little.
    for (const [question, answer] of Object.entries(sqlite)) {
      expect([question, answer.includes('"total":0')]).toEqual([question, false]);
    }
    for (const backend of BACKENDS.slice(1)) {
      for (const question of Object.keys(sqlite)) {
        expect([backend.name, question, results[backend.name]![question]]).toEqual([backend.name, question, sqlite[question]]);
      }
    }
  });
});
