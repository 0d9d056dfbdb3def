/**
 * "Built before tests", one rule for every suite and bench: `turbo run build:test
 * --filter=<package>`, i.e. the package's own `build` (and `build:test`, where it has one) after
 * the `build` of every workspace package it depends on, dev-dependencies included, as its
 * package.json lists them. Turbo hashes each package's inputs, so an unchanged package is a
 * cache hit (well under a second for all of them) and a changed one is rebuilt; nobody keeps a
 * list of source folders. See docs/decisions/0006.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withBuildLock } from './build-lock.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TURBO = createRequire(join(ROOT, 'package.json')).resolve('turbo/bin/turbo');

/**
 * Builds what the tests or the bench of `packageName` run, and throws with turbo's output when
 * that fails. Holds the build lock, so parallel runs never write the same `dist/` at once.
 * @param {string} packageName e.g. `@thb/widgets`
 * @returns {Promise<void>}
 * @example await buildFirst('@thb/site'); // builds schema → client → widgets, api, then the site
 */
export async function buildFirst(packageName) {
  await withBuildLock('build', () => {
    /** @type {NodeJS.ProcessEnv} */
    const env = { TURBO_TELEMETRY_DISABLED: '1', WRANGLER_SEND_METRICS: 'false', WRANGLER_HIDE_BANNER: 'true', ...process.env };
    // vitest sets NODE_ENV=test, which would make Vite bundle Lit's development build.
    delete env.NODE_ENV;
    const args = ['run', 'build:test', `--filter=${packageName}`, '--output-logs=new-only', '--ui=stream', '--log-prefix=task'];
    const result = spawnSync(process.execPath, [TURBO, ...args], { cwd: ROOT, env, encoding: 'utf8' });
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
    if (result.status !== 0) {
      throw new Error(`Building what ${packageName}'s tests run failed (turbo ${args.join(' ')}):\n${result.error?.message ?? output}`);
    }
    // Quiet when everything was a cache hit; otherwise show what was built and why.
    const cached = /Cached:\s+(\d+) cached, (\d+) total/.exec(output);
    if (!cached || cached[1] !== cached[2]) console.log(output);
  });
}

/**
 * vitest globalSetup: builds what this project's tests run (see {@link buildFirst}).
 * @param {import('vitest/node').TestProject} project
 */
export default async function setup(project) {
  const manifest = JSON.parse(readFileSync(join(project.config.root, 'package.json'), 'utf8'));
  await buildFirst(manifest.name);
}
