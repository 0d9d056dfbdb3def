#!/usr/bin/env node
// Runs every package's benchmark one after another (never in parallel: on a 2-core machine
// concurrent benchmarks would measure each other). Each prints its own table of figures.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
// The database tooling/scripts/setup.sh creates, as in the tests: the API bench adds its
// PostgreSQL rows only when it can reach one.
process.env.TEST_DATABASE_URL ??= 'postgres://thb:thb@127.0.0.1:5432/thb_test';
const only = process.argv.slice(2);
const packages = ['packages', 'apps']
  .flatMap((group) => readdirSync(join(root, group)).map((name) => join(root, group, name)))
  .filter((dir) => existsSync(join(dir, 'package.json')))
  .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }))
  .filter(({ manifest }) => manifest.scripts?.bench)
  .filter(({ manifest }) => only.length === 0 || only.some((name) => manifest.name.includes(name)));

let failed = 0;
for (const { dir, manifest } of packages) {
  console.log(`\n### ${manifest.name}: ${manifest.scripts.bench}\n`);
  const result = spawnSync('pnpm', ['run', '--silent', 'bench'], { cwd: dir, stdio: 'inherit' });
  if (result.status !== 0) failed += 1;
}
if (packages.length === 0) console.log('no package has a bench script yet');
process.exitCode = failed ? 1 : 0;
