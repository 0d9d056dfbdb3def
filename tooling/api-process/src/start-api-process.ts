/**
 * Starts `node apps/api/dist/server.js` on a free port with a given data folder, waits until
 * `/healthz` answers, and stops it again. Configured only through the variables the API
 * documents in apps/api/src/env.ts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { API_SERVER, REPO_ROOT } from './paths.ts';

/** What the API serves and from where. */
export interface ApiProcessOptions {
  /** `DATA_DIR`: the folder of `thb.sqlite`, seeded by the caller (the server seeds only an empty one). */
  dataDir: string;
  /** `WIDGETS_DIR`: built widget bundles, served at /widgets/. */
  widgetsDir?: string;
  /** `SITE_DIR`: the built demo site, served at /. */
  siteDir?: string;
  /** `PORTAL_DIR`: the built portal, served at /portal/. */
  portalDir?: string;
  /** More variables of apps/api/src/env.ts, e.g. `{ TRUST_PROXY: '1', CHAT_BURST: '5' }`. */
  env?: Record<string, string>;
  /** How long to wait for `/healthz` (default 90 s: a loaded CI machine is slow to start it). */
  startTimeoutMs?: number;
  /**
   * The host name of `PUBLIC_URL` and `url` (default `127.0.0.1`, where the server listens).
   * `localhost` for passkeys: WebAuthn takes the relying party from `PUBLIC_URL` and refuses IP addresses.
   */
  publicHost?: string;
}

/** A running API process. */
export interface ApiProcess {
  /** Base URL without trailing slash, e.g. `http://127.0.0.1:40123` (`PUBLIC_URL`, with `publicHost` if given). */
  url: string;
  port: number;
  /** What the server printed so far (the last 200 lines), for error messages. */
  output(): string;
  /** Stops the server (SIGTERM, then SIGKILL after 10 s) and resolves once it has exited. */
  close(): Promise<void>;
}

/**
 * The variables apps/api/src/env.ts reads: never inherited, so a developer's own
 * `DATABASE_URL` or `PORT` cannot point a test's server at another database or port.
 */
const API_VARIABLES = [
  'PORT', 'HOST', 'DATA_DIR', 'DATABASE_URL', 'WIDGETS_DIR', 'SITE_DIR', 'PORTAL_DIR', 'SMTP_URL', 'MAIL_FROM', 'SECRETARIAT_EMAILS', 'BENCH', 'PUBLIC_URL',
  'TRUST_PROXY', 'CHAT_BURST', 'CHAT_PER_MINUTE', 'SOURCE_MAPS',
  'HTTP_HEADERS_TIMEOUT_MS', 'HTTP_REQUEST_TIMEOUT_MS', 'HTTP_KEEP_ALIVE_TIMEOUT_MS', 'HTTP_MAX_CONNECTIONS',
];
const HOST = '127.0.0.1';

/** A port that was free a moment ago (the server may still lose it to someone else: see the retry below). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, HOST, () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));
}

async function launch(options: ApiProcessOptions, port: number): Promise<ApiProcess> {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !API_VARIABLES.includes(name)));
  const env = {
    ...inherited,
    // Links in chat answers point at the address the server really has.
    PUBLIC_URL: `http://${options.publicHost ?? HOST}:${port}`,
    ...options.env,
    PORT: String(port),
    HOST,
    DATA_DIR: options.dataDir,
    ...(options.widgetsDir ? { WIDGETS_DIR: options.widgetsDir } : {}),
    ...(options.siteDir ? { SITE_DIR: options.siteDir } : {}),
    ...(options.portalDir ? { PORTAL_DIR: options.portalDir } : {}),
  };
  const child = spawn(process.execPath, [API_SERVER], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    if (lines.length > 200) lines.splice(0, lines.length - 200);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  // A test run that ends abruptly must not leave servers behind.
  const killOnExit = () => child.kill('SIGTERM');
  process.once('exit', killOnExit);
  const url = `http://${HOST}:${port}`;
  const api: ApiProcess = {
    url: `http://${options.publicHost ?? HOST}:${port}`,
    port,
    output: () => lines.join('\n'),
    async close() {
      process.off('exit', killOnExit);
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited(child);
      clearTimeout(force);
    },
  };
  const deadline = Date.now() + (options.startTimeoutMs ?? 90_000);
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      process.off('exit', killOnExit);
      throw Object.assign(new Error(`The API (node ${API_SERVER}) exited with ${child.exitCode ?? child.signalCode} before answering /healthz:\n${api.output()}`), { output: api.output() });
    }
    try {
      if ((await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(5000) })).ok) return api;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await api.close();
      throw new Error(`The API (node ${API_SERVER}) did not answer ${url}/healthz within ${(options.startTimeoutMs ?? 90_000) / 1000} s:\n${api.output()}`);
    }
    await sleep(50);
  }
}

/**
 * Starts the built API on a free port and resolves once `/healthz` answers 200.
 * @example const api = await startApiProcess({ dataDir, widgetsDir: DIST_DIR, env: { TRUST_PROXY: '1' } });
 */
export async function startApiProcess(options: ApiProcessOptions): Promise<ApiProcess> {
  if (!existsSync(API_SERVER)) {
    throw new Error(`${API_SERVER} is missing: build it with \`pnpm turbo run build --filter=@thb/api\` (a vitest project with \`built: true\` does this first).`);
  }
  for (let attempt = 1; ; attempt++) {
    try {
      return await launch(options, await freePort());
    } catch (error) {
      // Another process took the port between our probe and the server's listen: try another.
      const output = (error as { output?: string }).output ?? '';
      if (attempt >= 3 || !output.includes('EADDRINUSE')) throw error;
    }
  }
}
