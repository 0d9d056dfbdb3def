/**
 * The site tests' prerequisites, explicit: Debian's Chromium, the widget bundles (built with
 * `pnpm --filter @thb/widgets build` when missing), the API the tests start
 * (`node apps/api/dist/server.js`, built when missing or stale) and a fresh build of this site.
 * Builds hold a lock, so the widgets' globalSetup or a second test run never builds the same
 * thing at the same time.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ensureApiBuilt, withBuildLock } from '@thb/api-process';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const site = fileURLToPath(new URL('..', import.meta.url));
const widgetsManifest = fileURLToPath(new URL('../../../packages/widgets/dist/custom-elements.json', import.meta.url));

export default async function setup(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`The site tests run in Debian's Chromium, expected at ${CHROMIUM}. Install it with: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  }
  // vitest sets NODE_ENV=test; the bundles must be the production build.
  const env = { ...process.env, NODE_ENV: 'production' };
  await withBuildLock('widgets', () => {
    if (existsSync(widgetsManifest)) return;
    console.log('[site] the widget bundles are missing: building them…');
    execFileSync('pnpm', ['--filter', '@thb/widgets', 'run', 'build'], { cwd: site, stdio: 'inherit', env });
  });
  await ensureApiBuilt();
  await withBuildLock('site', () => execFileSync(process.execPath, ['build.mjs'], { cwd: site, stdio: 'inherit', env }));
}
