#!/usr/bin/env node
// Runs i18n-coverage.ts with tsx (a dependency of the widgets package; Node 20 runs no
// TypeScript by itself). Usage: pnpm i18n:coverage [--strict]
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const script = fileURLToPath(new URL('./i18n-coverage.ts', import.meta.url));
const result = spawnSync('pnpm', ['--dir', 'packages/widgets', 'exec', 'tsx', script, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exitCode = result.status ?? 1;
