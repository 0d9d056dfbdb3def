#!/usr/bin/env node
// Starts everything on the embedded default: the API (which also serves the widget bundles and
// the demo page) on :8787 with SQLite and demo data, then the Bot Framework bot on :3978.
// The bot waits for the API's health check so that only one process seeds the database.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const port = process.env.PORT ?? '8787';
/** @type {import('node:child_process').ChildProcess[]} */
const children = [];

/**
 * Starts a built entry with Node, its output prefixed with its name; stops everything when it exits.
 * @param {string} name
 * @param {string} entry relative to the workspace root
 * @param {Record<string, string>} [env]
 */
function run(name, entry, env = {}) {
  if (!existsSync(new URL(entry, `file://${root}/`))) {
    console.error(`${name}: ${entry} is missing; run "pnpm build" first`);
    process.exit(1);
  }
  const child = spawn(process.execPath, ['--enable-source-maps', entry], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk) => {
      for (const line of String(chunk).trimEnd().split('\n')) console.log(`[${name}] ${line}`);
    });
  }
  child.on('exit', (code, signal) => {
    console.log(`[${name}] exited (${signal ?? code})`);
    shutdown(code ?? 1);
  });
  children.push(child);
  return child;
}

/** @param {number} [code] */
function shutdown(code = 0) {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
}

/**
 * @param {string} url
 * @param {number} [timeoutMs]
 */
async function waitForHealth(url, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

run('api', 'apps/api/dist/server.js', { PORT: port });
await waitForHealth(`http://127.0.0.1:${port}/healthz`);
// The bot answers anonymously (the Emulator's way) only on loopback: without Bot Framework
// credentials it stays there even when HOST opens the API to the network.
const botHost = process.env.MicrosoftAppId ? process.env.HOST ?? '127.0.0.1' : '127.0.0.1';
run('bot', 'apps/bot/dist/index.js', { HOST: botHost });
console.log(`
  THB Platform Kit is running (demo data, SQLite in ./data):
    demo page        http://localhost:${port}/
    API reference    http://localhost:${port}/docs
    widget bundles   http://localhost:${port}/widgets/thb-widgets.js
    bot endpoint     http://localhost:${process.env.PORT_BOT ?? '3978'}/api/messages  (Bot Framework Emulator)
  Ctrl+C stops everything.
`);
