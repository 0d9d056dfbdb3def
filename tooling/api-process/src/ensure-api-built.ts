/**
 * Builds `apps/api/dist/server.js` when it is missing or older than what it bundles: the API's
 * sources and those of its workspace dependencies (schema, store, answers), found through its
 * package.json so a new dependency counts without anyone updating a list here.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, realpathSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { withBuildLock } from './build-lock.ts';
import { API_DIR, API_SERVER, REPO_ROOT } from './paths.ts';

/**
 * The newest modification time (ms) of the given files and of everything under the given
 * folders; missing paths are skipped.
 * @example newestChange(['src', 'vite.config.ts']) > statSync('dist/x.js').mtimeMs // stale
 */
export function newestChange(paths: readonly string[]): number {
  let newest = 0;
  const visit = (path: string): void => {
    const stat = statSync(path);
    newest = Math.max(newest, stat.mtimeMs);
    if (stat.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
  };
  for (const path of paths) if (existsSync(path)) visit(path);
  return newest;
}

/** The package folders the API's bundle inlines: apps/api and its `workspace:` dependencies, transitively. */
function bundledPackages(): string[] {
  const seen = new Set<string>();
  const visit = (dir: string): void => {
    if (seen.has(dir)) return;
    seen.add(dir);
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    for (const [name, range] of Object.entries(manifest.dependencies ?? {})) {
      if (range.startsWith('workspace:')) visit(realpathSync(join(dir, 'node_modules', name)));
    }
  };
  visit(API_DIR);
  return [...seen];
}

function isFresh(): boolean {
  if (!existsSync(API_SERVER)) return false;
  const sources = [join(API_DIR, 'build.mjs'), ...bundledPackages().flatMap((dir) => [join(dir, 'src'), join(dir, 'package.json')])];
  return statSync(API_SERVER).mtimeMs >= newestChange(sources);
}

/**
 * Makes sure `node apps/api/dist/server.js` runs the current sources: builds it with
 * `pnpm --filter @thb/api build` (once, even when several test projects ask at the same time)
 * and throws with the build's output when that fails.
 * @example await ensureApiBuilt(); // in a vitest globalSetup
 */
export async function ensureApiBuilt(): Promise<void> {
  if (isFresh()) return;
  await withBuildLock('api', () => {
    // Another process may have built it while this one waited for the lock.
    if (isFresh()) return;
    console.log('[api] apps/api/dist/server.js is missing or older than its sources: building it (pnpm --filter @thb/api build)…');
    const result = spawnSync('pnpm', ['--filter', '@thb/api', 'build'], { cwd: REPO_ROOT, encoding: 'utf8' });
    if (result.status !== 0 || !existsSync(API_SERVER)) {
      const output = [result.error?.message, result.stdout, result.stderr].filter(Boolean).join('\n').trim();
      throw new Error(
        `The browser tests run against the built API (node apps/api/dist/server.js), and building it failed ` +
        `(pnpm --filter @thb/api build, ${result.error ? 'not run' : `exit ${result.status ?? result.signal}`}):\n${output}`,
      );
    }
    // esbuild may leave an unchanged output untouched; mark it as built from these sources.
    const now = new Date();
    utimesSync(API_SERVER, now, now);
  });
}
