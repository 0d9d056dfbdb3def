/**
 * The widget bench (run by bench/run.ts): bundle sizes next to their
 * budgets, then the member map on a generated data set in headless Chromium next to a bare
 * supercluster + one-SVG-of-circles page measured in the same run (same API, data, clustering
 * options and browser; rounds alternate which page goes first).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApiProcess } from '@thb/api-process';
import { generateDataset } from '@thb/store/generate';
import { openSqliteStore } from '@thb/store/sqlite';
import { chromium } from 'playwright';
import { build } from 'vite';
import { bundleSizes } from '../test/support/bundle-sizes.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH, DIST_DIR, PACKAGE_DIR } from '../test/support/paths.ts';
import { measureMap, type MapFigures } from './measure-map.ts';

/** How big and how long. */
export interface WidgetBenchOptions {
  members: number;
  rounds: number;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Prints the sizes of the bundles (built first by `pnpm bench`) against their budgets. */
export function printSizes(): void {
  console.log('\nBundle sizes (minified; KB = 1024 bytes)\n');
  console.log(`${'bundle'.padEnd(44)} ${'min'.padStart(9)} ${'min+gzip'.padStart(9)} ${'brotli'.padStart(9)} ${'budget'.padStart(9)}  use`);
  for (const group of bundleSizes(DIST_DIR)) {
    const budget = group.budget ? kb(group.budget) : '';
    const use = group.budget ? `${Math.round((group.brotli / group.budget) * 100)} %` : '';
    console.log(`${group.name.padEnd(44)} ${kb(group.raw).padStart(9)} ${kb(group.gzip).padStart(9)} ${kb(group.brotli).padStart(9)} ${budget.padStart(9)}  ${use}`);
  }
}

/** Measures the member map against the bare page and prints the medians and ratios. */
export async function benchMap({ members, rounds }: WidgetBenchOptions): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'thb-bench-widgets-'));
  // The bare page's bundle, built with the same Vite and minifier as ours.
  await build({
    root: PACKAGE_DIR, configFile: false, logLevel: 'warn',
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir: join(work, 'bare'), emptyOutDir: true, minify: true, target: 'es2022', modulePreload: false,
      rolldownOptions: { input: join(PACKAGE_DIR, 'bench/bare-map.ts'), output: { entryFileNames: 'bare-map.js' } },
    },
  });
  console.log(`\nGenerating ${members.toLocaleString('en')} members…`);
  // The built API in its own process, as deployed, on a data folder seeded here.
  const store = await openSqliteStore({ file: join(work, 'thb.sqlite') });
  await store.putMany({ members: generateDataset({ seed: 42, members, resources: 0, events: 0, now: new Date() }).members });
  await store.close();
  const api = await startApiProcess({ dataDir: work, widgetsDir: DIST_DIR });
  // Both pages get their scripts from this server and their data from the API, so neither
  // waits for the other's kind of server.
  const pages = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const html = (body: string) => response.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
<style>body { margin: 0 } thb-member-map { width: 832px; --thb-map-height: 600px; --thb-padding: 16px }</style></head><body>${body}</body></html>`);
    const script = (file: string) => response.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(file));
    if (url.pathname === '/bare.html') html('<script type="module" src="/bare-map.js"></script>');
    else if (url.pathname === '/ours.html') {
      html(`<script type="module" src="/widgets/thb-member-map.js"></script>${url.searchParams.has('defer') ? '' : `<thb-member-map api="${api.url}" interval="0"></thb-member-map>`}`);
    } else if (url.pathname === '/bare-map.js') script(join(work, 'bare/bare-map.js'));
    else if (/^\/widgets\/[\w/.-]+\.js$/.test(url.pathname)) script(join(DIST_DIR, url.pathname.slice('/widgets/'.length)));
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => pages.listen(0, '127.0.0.1', resolve));
  const pagesUrl = `http://127.0.0.1:${(pages.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  console.log(`Measuring the member map (${rounds} rounds each, alternating)…`);
  const figures: Record<'bare' | 'ours', MapFigures[]> = { bare: [], ours: [] };
  for (let round = 0; round < rounds; round++) {
    for (const kind of round % 2 ? (['ours', 'bare'] as const) : (['bare', 'ours'] as const)) {
      figures[kind].push(await measureMap(browser, kind, pagesUrl, api.url));
    }
  }
  const rows: [string, keyof MapFigures, (v: number) => string][] = [
    ['time to first render', 'firstRender', (v) => `${v.toFixed(0)} ms`],
    ['zoom step, JavaScript', 'zoomScript', (v) => `${v.toFixed(2)} ms`],
    ['zoom step, until redrawn', 'zoomFrame', (v) => `${v.toFixed(2)} ms`],
    ['JS heap added', 'heap', (v) => `${(v / 1024 / 1024).toFixed(2)} MB`],
  ];
  // Medians, and the best round too: on a busy machine the best is the least disturbed.
  console.log(`\nMember map, ${members.toLocaleString('en')} members (${rounds} rounds each; aim ≤ 1.25×)\n`);
  console.log(`${''.padEnd(26)} ${'bare, median'.padStart(13)} ${'ours, median'.padStart(13)} ${'ratio'.padStart(6)}  ${'bare, best'.padStart(11)} ${'ours, best'.padStart(11)} ${'ratio'.padStart(6)}`);
  for (const [label, key, format] of rows) {
    const [bare, ours] = [figures.bare.map((f) => f[key]), figures.ours.map((f) => f[key])];
    const [bareMedian, oursMedian, bareBest, oursBest] = [median(bare), median(ours), Math.min(...bare), Math.min(...ours)];
    console.log(`${label.padEnd(26)} ${format(bareMedian).padStart(13)} ${format(oursMedian).padStart(13)} ${`${(oursMedian / bareMedian).toFixed(2)}×`.padStart(6)}  ${format(bareBest).padStart(11)} ${format(oursBest).padStart(11)} ${`${(oursBest / bareBest).toFixed(2)}×`.padStart(6)}`);
  }
  await browser.close();
  await new Promise<void>((resolve) => pages.close(() => resolve()));
  await api.close();
  rmSync(work, { recursive: true, force: true });
}
