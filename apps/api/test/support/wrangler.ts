/** wrangler from apps/api's dependencies, and the settings of apps/api/wrangler.toml. */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const apiDir = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Runs wrangler in apps/api, without the banner (whose update check would go online) or metrics.
 * @example await wrangler(['deploy', '--dry-run', '--outdir', 'dist/worker']);
 */
export function wrangler(args: string[]): Promise<{ stdout: string; stderr: string }> {
  const bin = createRequire(join(apiDir, 'package.json')).resolve('wrangler/bin/wrangler.js');
  return promisify(execFile)(process.execPath, [bin, ...args], {
    cwd: apiDir,
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', WRANGLER_HIDE_BANNER: 'true', NO_COLOR: '1' },
    maxBuffer: 16 * 1024 * 1024,
  });
}

/**
 * A string setting of wrangler.toml (the first with that name), so tests use what deploys use.
 * @example wranglerSetting('compatibility_date') // '2026-04-26'
 */
export function wranglerSetting(name: string): string {
  const toml = readFileSync(join(apiDir, 'wrangler.toml'), 'utf8');
  const value = new RegExp(`^${name}\\s*=\\s*"([^"]+)"`, 'm').exec(toml)?.[1];
  if (value === undefined) throw new Error(`wrangler.toml has no ${name}`);
  return value;
}
