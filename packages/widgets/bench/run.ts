/**
 * Widget bench: prints the min, min+gzip and brotli sizes of each bundle next to its budget,
 * then the member map with a generated data set in headless Chromium (Debian's, no download)
 * next to a bare supercluster + one-SVG-of-circles page measured in the same run: time to
 * first render, each zoom step (JavaScript, and until redrawn) and the JS heap it adds.
 *
 * Run: `pnpm bench widgets` from the root, which builds the bundles and the API first.
 * Options: --members <n> (default 10000), --rounds <n> (default 5), --sizes-only.
 */
import { parseArgs } from 'node:util';
import { benchMap, printSizes } from './bench.ts';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    members: { type: 'string', default: '10000' },
    rounds: { type: 'string', default: '5' },
    'sizes-only': { type: 'boolean', default: false },
  },
});

printSizes();
if (!values['sizes-only']) await benchMap({ members: Number(values.members), rounds: Number(values.rounds) });
