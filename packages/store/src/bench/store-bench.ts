/**
 * Store benchmark: seeding, indexing and searching the brief's large data set (10,000 members,
 * 50,000 resources, 5,000 events). Prints figures with a baseline measured in the same run:
 * raw better-sqlite3 inserts for seeding, a plain substring scan for search, `SELECT 1` for the
 * data version. Run with `pnpm bench store` from the root or `pnpm run bench` here.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { generateDataset } from '../generate/index.ts';
import { createRandom } from '../generate/random.ts';
import { eventRow, memberFocusRows, memberRow, resourceRow } from '../rows.ts';
import { emptyStats } from '../search/ranking.ts';
import { createSnapshot, searchSnapshot } from '../search/resource-search.ts';
import { openSqliteStore } from '../sqlite.ts';
import { foldText } from '@thb/text';

const SIZES = { seed: 42, members: 10_000, resources: 50_000, events: 5_000, now: new Date('2026-11-29T00:00:00Z') };
const QUERIES: [q: string, language: string][] = [
  ['victims', 'en'], ['trafficing', 'en'], ['Arbeitsausbeutung', 'de'], ['traite des victimes', 'fr'], ['explotación laboral', 'es'],
];

/** Median, best and worst of `runs` timings of `task`, in ms. */
async function time(runs: number, task: () => unknown): Promise<{ median: number; best: number; worst: number }> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)]!, best: times[0]!, worst: times.at(-1)! };
}

/**
 * The costliest queries of at most 200 characters for this vocabulary: the 3-letter prefixes
 * with the most completions, the longest words misspelt (so each needs a typo search), and one
 * 200-letter "word".
 */
function worstQueries(vocabulary: string[]): [what: string, q: string][] {
  const completions = new Map<string, number>();
  for (const term of vocabulary) if (term.length > 3) completions.set(term.slice(0, 3), (completions.get(term.slice(0, 3)) ?? 0) + 1);
  const prefixes = [...completions].sort((a, b) => b[1] - a[1]).map(([prefix]) => prefix);
  const fit = (words: string[]) => words.reduce((q, word) => (q.length + word.length + 1 > 200 ? q : `${q} ${word}`.trim()), '');
  const misspelt = vocabulary.filter((term) => !/\d/.test(term)).sort((a, b) => b.length - a.length).slice(0, 40)
    .map((term) => `${term.slice(0, 2)}${term[3]}${term[2]}${term.slice(4, -2)}x${term.at(-1)}`);
  const random = createRandom(7);
  const gibberish = Array.from({ length: 200 }, () => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(random.next() * 26)]).join('');
  return [
    [`${fit(prefixes).split(' ').length} most-completed 3-letter prefixes`, fit(prefixes)],
    [`${fit(misspelt).split(' ').length} long words, each misspelt`, fit(misspelt)],
    ['one 200-letter random word', gibberish],
  ];
}

const rows: string[][] = [];
const row = (what: string, ms: number, baseline?: number, note = '') =>
  rows.push([what, `${ms.toFixed(ms < 10 ? 2 : 0)} ms`, baseline === undefined ? '' : `${(ms / baseline).toFixed(2)}×`, note]);

const folder = mkdtempSync(join(tmpdir(), 'thb-store-bench-'));
try {
  let start = performance.now();
  const data = generateDataset(SIZES);
  row('generate 65,000 records', performance.now() - start);

  // Baseline: the same rows, same schema and indexes, through hand-written prepared statements.
  const rawFile = join(folder, 'raw.sqlite');
  await (await openSqliteStore({ file: rawFile })).close();
  const raw = new Database(rawFile);
  start = performance.now();
  const insert = (table: string, columns: string[]) =>
    raw.prepare(`INSERT INTO ${table} (${columns.join(',')}) VALUES (${columns.map((c) => `@${c}`).join(',')})`);
  raw.transaction(() => {
    const m = insert('members', Object.keys(memberRow(data.members[0]!)));
    const f = insert('member_focus', ['member_id', 'focus']);
    for (const member of data.members) {
      m.run(memberRow(member));
      for (const focus of memberFocusRows(member)) f.run(focus);
    }
    const r = insert('resources', Object.keys(resourceRow(data.resources[0]!)));
    for (const resource of data.resources) r.run(resourceRow(resource));
    const e = insert('events', Object.keys(eventRow(data.events[0]!)));
    for (const event of data.events) e.run(eventRow(event));
  })();
  const rawSeed = performance.now() - start;
  raw.close();

  const store = await openSqliteStore({ file: join(folder, 'store.sqlite') });
  start = performance.now();
  await store.putMany(data);
  row('seed 65,000 records (putMany, one transaction)', performance.now() - start, rawSeed, `baseline: raw prepared inserts ${rawSeed.toFixed(0)} ms`);

  start = performance.now();
  await store.warm();
  row('first search: load + index 50,000 resources', performance.now() - start);
  const snapshot = await createSnapshot(data.resources);
  const page = { page: 1, pageSize: 20 };

  // Baseline: a plain case-folded substring scan over every title and summary, no ranking.
  const haystacks = data.resources.map((r) => foldText([...Object.values(r.title), ...Object.values(r.summary)].join(' ')));
  for (const [q, language] of QUERIES) {
    const needle = foldText(q.split(' ')[0]!);
    const scan = await time(15, () => haystacks.filter((text) => text.includes(needle)).length);
    // A fresh ranking cache per run measures a query nobody asked before.
    const cold = await time(15, () => searchSnapshot({ ...snapshot, rankings: new Map(), results: new Map() }, { q }, page, language));
    const hits = (await searchSnapshot(snapshot, { q }, page, language)).total;
    row(`search "${q}" (${language}), ${hits} hits`, cold.median, scan.median, `baseline: substring scan ${scan.median.toFixed(1)} ms`);
  }
  // Worst cases an attacker can send in one q (at most 200 characters, as the API allows), each
  // next to the normal one-word query it is compared with.
  const fresh = () => ({ ...snapshot, rankings: new Map(), results: new Map() });
  const work = async (q: string) => {
    const stats = emptyStats();
    await searchSnapshot(fresh(), { q }, page, 'en', stats);
    return `${stats.words} words, ${stats.termsExpanded} terms, ${stats.postingsScored} postings`;
  };
  const normal = await time(15, () => searchSnapshot(fresh(), { q: 'victims' }, page, 'en'));
  row('normal query "victims" (en), uncached', normal.median, undefined, await work('victims'));
  for (const [what, q] of worstQueries([...snapshot.vocabulary.keys()])) {
    const cold = await time(5, () => searchSnapshot(fresh(), { q }, page, 'en'));
    row(`worst case: ${what}`, cold.median, normal.median, `${await work(q)}; worst run ${cold.worst.toFixed(0)} ms`);
  }
  // A facet click: the ranking of q is cached, the filtered result is not.
  await searchSnapshot(snapshot, { q: 'victims' }, page, 'en');
  const click = await time(15, () =>
    searchSnapshot({ ...snapshot, results: new Map() }, { q: 'victims', country: 'DE', type: 'guide' }, page, 'en'));
  row('same q with country + type filters (facet click)', click.median);
  const browse = await time(15, () => searchSnapshot({ ...snapshot, results: new Map() }, {}, page, 'en'));
  row('browse newest first (no q) with facets, uncached', browse.median);
  const again = await time(15, () => store.resources.search({}, { page: 2, pageSize: 20 }, 'en'));
  row('the same view again, next page', again.median);

  const db = new Database(join(folder, 'store.sqlite'), { readonly: true });
  const selectOne = db.prepare('SELECT 1');
  const one = await time(2000, () => selectOne.get());
  const version = await time(2000, () => store.dataVersion());
  row('dataVersion()', version.median, one.median, `baseline: SELECT 1 ${(one.median * 1000).toFixed(1)} µs`);
  db.close();
  row('members: DE, q, page 2', (await time(15, () => store.members.list({ country: 'DE', q: 'netz' }, { page: 2, pageSize: 20 }))).median);
  row('events: all, upcoming first, page 1', (await time(15, () => store.events.list({ now: SIZES.now }, page))).median);
  await store.close();
} finally {
  rmSync(folder, { recursive: true, force: true });
}

const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const r of rows) console.log(r.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd());
