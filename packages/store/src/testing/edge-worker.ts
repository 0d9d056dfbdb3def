/**
 * A Worker module for the edge test: bundled for workerd with no Node built-ins available, it
 * migrates its D1 binding, seeds the demo data and answers a few questions as JSON.
 */
import type { D1Database } from '@cloudflare/workers-types';
import { createD1Store, migrateD1 } from '../d1.ts';
import { demoData } from '../demo/index.ts';
import type { PlatformStore } from '../repository.ts';

/** The demo clock the test seeds with, so answers can be compared with a store in Node. */
export const EDGE_NOW = new Date('2026-11-29T08:00:00Z');

/** The questions the test asks in both places. */
export async function edgeAnswers(store: PlatformStore): Promise<unknown> {
  return {
    members: await store.members.list({ country: 'DE' }),
    events: await store.events.list({ now: EDGE_NOW, when: 'upcoming' }, { page: 1, pageSize: 3 }),
    resources: await store.resources.search({ q: 'Opferschutz' }, { page: 1, pageSize: 5 }, 'de'),
  };
}

export default {
  async fetch(_request: Request, env: { DB: D1Database }): Promise<Response> {
    await migrateD1(env.DB);
    const store = createD1Store(env.DB);
    await store.putMany(demoData(EDGE_NOW));
    return Response.json(await edgeAnswers(store));
  },
};
