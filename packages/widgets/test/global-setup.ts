/**
 * Prerequisites of the browser tests, made explicit: Debian's Chromium must be installed; the
 * widget bundles are (re)built when `dist/` is missing or older than any source, and so is the
 * API the tests start (`node apps/api/dist/server.js`). Builds hold a lock, so the site's
 * globalSetup or a second test run never builds the same thing at the same time. One Chromium
 * is launched for the whole run; test files connect to it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ensureApiBuilt, newestChange, withBuildLock } from '@thb/api-process';
import { chromium } from 'playwright';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS, CHROMIUM_PATH, DIST_DIR, PACKAGE_DIR } from './support/paths.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    browserEndpoint: string;
  }
}

const require = createRequire(import.meta.url);

function isBuilt(): boolean {
  const manifest = join(DIST_DIR, '.vite/manifest.json');
  const sources = [
    join(PACKAGE_DIR, 'src'), join(PACKAGE_DIR, 'scripts'), join(PACKAGE_DIR, 'vite.config.ts'),
    join(PACKAGE_DIR, '../client/src'), join(PACKAGE_DIR, '../schema/src'), join(PACKAGE_DIR, '../text/src'),
  ];
  return existsSync(manifest) && statSync(manifest).mtimeMs > newestChange(sources);
}

/** Builds like `pnpm build` does, when the bundles are missing or stale. */
async function ensureWidgetsBuilt(): Promise<void> {
  if (isBuilt()) return;
  await withBuildLock('widgets', () => {
    if (isBuilt()) return;
    console.log('[widgets] dist/ is missing or stale: building the bundles…');
    // vitest sets NODE_ENV=test, which would make Vite resolve Lit's development build.
    const env = { ...process.env, NODE_ENV: 'production' };
    const run = (script: string, args: string[]) => execFileSync(process.execPath, [script, ...args], { cwd: PACKAGE_DIR, stdio: 'inherit', env });
    const bin = (pkg: string, file: string) => join(dirname(require.resolve(`${pkg}/package.json`)), file);
    run(join(PACKAGE_DIR, 'scripts/build-europe-geometry.mjs'), []);
    run(bin('vite', 'bin/vite.js'), ['build', '--logLevel', 'warn']);
    run(bin('@custom-elements-manifest/analyzer', 'cem.js'), ['analyze', '--config', 'cem.config.mjs']);
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`The widget tests run in Debian's Chromium, expected at ${CHROMIUM_PATH}. Install it with: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  }
  await ensureWidgetsBuilt();
  await ensureApiBuilt();
  const server = await chromium.launchServer({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  project.provide('browserEndpoint', server.wsEndpoint());
  return () => server.close();
}
