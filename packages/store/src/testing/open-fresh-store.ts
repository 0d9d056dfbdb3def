/**
 * A process that starts as the Node entries do: opens the store of a data folder (or of
 * DATABASE_URL), migrating and seeding it, builds the search index, then exits. The start and
 * race tests run many of these at once and kill them at random moments. Prints one JSON line
 * when it begins opening (`{"opening":true}`), and one with the outcome when done.
 *
 * Usage: node open-fresh-store.mjs <data folder> <seeding clock, ISO>
 */
import { seedDemoData } from '../demo/index.ts';
import { openStore } from '../open-store.ts';

const [dataDir, now] = process.argv.slice(2);
if (!dataDir || !now) throw new Error('usage: open-fresh-store <data folder> <seeding clock>');
// One clock for every process, so each would write exactly the same records.
const seedNow = new Date(now);
console.log(JSON.stringify({ opening: true }));
const started = performance.now();
const { store, seeded } = await openStore({
  databaseUrl: process.env.DATABASE_URL, dataDir, poolSize: 2, seed: (opened) => seedDemoData(opened, seedNow),
});
const openMs = Math.round(performance.now() - started);
await store.warm();
const members = (await store.members.list({})).total;
console.log(JSON.stringify({ seeded, members, openMs }));
await store.close();
