/**
 * Portal bench: the size of every file of `dist/` (raw, gzip, brotli), the entry chunk apart
 * from the lazy screen chunks, then the time from approving a change to the member map showing
 * it, next to the map's poll interval.
 *
 * Run: `pnpm bench portal` from the root, which builds the portal and the API first.
 * Options: --runs <n> (default 20), --sizes-only.
 */
import { parseArgs } from 'node:util';
import { ENTRY_BUDGET, portalSizes, type Sizes } from '../test/support/portal-sizes.ts';
import { mapPollInterval, measureApprovalToMap } from './approval-to-map.ts';
import { widgetsSharedBrotli } from './widgets-shared.ts';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: { runs: { type: 'string', default: '20' }, 'sizes-only': { type: 'boolean', default: false } },
});

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const row = (label: string, sizes: Sizes, extra = '') => console.log(`${label.padEnd(48)} ${kb(sizes.raw).padStart(9)} ${kb(sizes.gzip).padStart(9)} ${kb(sizes.brotli).padStart(9)}  ${extra}`);
const header = (label: string) => console.log(`${label.padEnd(48)} ${'raw'.padStart(9)} ${'gzip'.padStart(9)} ${'brotli'.padStart(9)}`);

const { files, entry, screens } = portalSizes();
console.log('\nPortal files (apps/portal/dist, minified; KB = 1024 bytes; gzip -9, brotli q11)\n');
header('file');
for (const file of files) row(file.file, file, file.part);
console.log('\nPortal parts\n');
header('part');
row(entry.name, entry, `budget ${kb(ENTRY_BUDGET)}, ${Math.round((entry.brotli / ENTRY_BUDGET) * 100)} %`);
for (const screen of screens) row(`  + ${screen.name} (lazy)`, screen);
const widgets = widgetsSharedBrotli();
console.log(`\nBeside it: the widgets' shared part (what every widget on an NGO page loads) is ${kb(widgets.brotli)} brotli (${widgets.files.length} chunks);\nthe portal bundles its own copy of Lit and the base class, so its entry is the whole first load.`);

if (!values['sizes-only']) {
  const runs = Number(values.runs);
  const interval = mapPollInterval();
  console.log(`\nApproval to map: approved → GET /v1/members.geojson shows it (${runs} runs each, SQLite file, built server)\n`);
  const figures = await measureApprovalToMap(runs);
  const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(q * values.length) - 1)]!;
  const plainMedian = quantile(figures.plainGet, 0.5);
  console.log(`${''.padEnd(48)} ${'median'.padStart(9)} ${'p95'.padStart(9)} ${'× plain GET'.padStart(12)}`);
  for (const [label, values] of [
    ['plain GET members.geojson (baseline)', figures.plainGet],
    ['unchanged conditional GET (304)', figures.unchangedGet],
    ['POST /v1/applications/:id/decision (approve)', figures.applicationResponse],
    ['application approved → new member on the map', figures.applicationToMap],
    ['POST /v1/review/:id (approve a name change)', figures.approvalResponse],
    ['name change approved → new name on the map', figures.approvalToMap],
  ] as const) {
    const median = quantile(values, 0.5);
    console.log(`${label.padEnd(48)} ${`${median.toFixed(1)} ms`.padStart(9)} ${`${quantile(values, 0.95).toFixed(1)} ms`.padStart(9)} ${`${(median / plainMedian).toFixed(2)}×`.padStart(12)}`);
  }
  const p95 = Math.max(quantile(figures.applicationToMap, 0.95), quantile(figures.approvalToMap, 0.95));
  console.log(`\n<thb-member-map> polls every ${interval} s (its \`interval\` attribute's default).`);
  console.log(`A visitor with the map open sees an approved change within ${interval} s + ${p95.toFixed(0)} ms (p95): at most one poll interval after the server shows it.`);
}
