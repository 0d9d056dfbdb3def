#!/usr/bin/env node
// Runs every package's benchmark one after another (never in parallel: on a 2-core machine
// concurrent benchmarks would measure each other). Each prints its own table of figures.
// Usage: pnpm bench [name…]   e.g. `pnpm bench api widgets`
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFirst } from '../vitest/build-first.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
// The test database the test command sets up: the API bench adds its PostgreSQL rows only when
// it can reach one.
process.env.TEST_DATABASE_URL ??= 'postgres://thb:thb@127.0.0.1:5432/thb_test';
const only = process.argv.slice(2);
const packages = ['packages', 'apps']
  .flatMap((group) => readdirSync(join(root, group)).map((name) => join(root, group, name)))
  .filter((dir) => existsSync(join(dir, 'package.json')))
  .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }))
  // `bench` and any `bench:<part>` script (e.g. `bench:digest`), each named `<package> <part>`
  // so `pnpm bench digest` runs that part alone.
  .flatMap(({ dir, manifest }) => Object.keys(manifest.scripts ?? {})
    .filter((script) => script === 'bench' || script.startsWith('bench:'))
    .map((script) => ({ dir, manifest, script, name: script === 'bench' ? manifest.name : `${manifest.name} ${script.slice('bench:'.length)}` })))
  .filter(({ name }) => only.length === 0 || only.some((wanted) => name.includes(wanted)));

let failed = 0;
for (const { dir, manifest, script } of packages) {
  console.log(`\n### ${manifest.name}: ${manifest.scripts[script]}\n`);
  // The same "built before" rule as the tests: what the bench runs is built (or a cache hit).
  await buildFirst(manifest.name);
  const result = spawnSync('pnpm', ['run', '--silent', script], { cwd: dir, stdio: 'inherit' });
  if (result.status !== 0) failed += 1;
}
if (packages.length === 0) console.log('no package has a bench script yet');
process.exitCode = failed ? 1 : 0;
