/**
 * vitest global setup: builds what the tests run, once, before any test file starts (files run
 * in parallel and must never start a bundle another one is still writing):
 * - dist/server.js, the Node entry (build.mjs);
 * - dist/worker/worker.js, the Worker entry exactly as `wrangler deploy` bundles it;
 * - dist/test-worker/worker-entry.js, the same Worker with the tests' pinned clock.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { wrangler } from '../src/test-support/wrangler.ts';

const apiDir = fileURLToPath(new URL('..', import.meta.url));

export default async function buildEntries(): Promise<void> {
  await Promise.all([
    promisify(execFile)(process.execPath, ['build.mjs'], { cwd: apiDir }),
    wrangler(['deploy', '--dry-run', '--outdir', 'dist/worker']),
    wrangler(['deploy', 'test/worker-entry.ts', '--dry-run', '--outdir', 'dist/test-worker']),
  ]);
}
