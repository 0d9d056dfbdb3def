/**
 * A real environment per test file: a temporary SQLite file seeded with the demo data (plus
 * what the test adds), the built API (`node apps/api/dist/server.js`, a child process) on a
 * free port serving the bundles at /widgets/, and a small page server on another origin that
 * serves test pages under a strict Content-Security-Policy, the way an NGO's site embeds the
 * widgets. The test keeps its own connection to the SQLite file: the server notices writes
 * made through it (SQLite's data_version), as it would notice an import by another process.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApiProcess, type ApiProcess } from '@thb/api-process';
import type { Event, Member, Resource } from '@thb/schema';
import { demoData } from '@thb/store/demo';
import { openSqliteStore } from '@thb/store/sqlite';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright';
import { inject } from 'vitest';
import { HOSTILE_CSS } from './hostile.ts';
import { DIST_DIR } from './paths.ts';
import { tamperWith, type Tampering } from './tamper.ts';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** A test page: its body markup and how it is served and shown. */
export interface PageOptions extends BrowserContextOptions {
  body: string;
  /** `<html lang>`; default `en`. */
  lang?: string;
  /** Serve with the strict CSP (default) or without any (to prove data is inert on its own). */
  csp?: boolean;
  /** Add the hostile stylesheet. */
  hostileCss?: boolean;
  /** Which bundle the page loads; default the all-elements one. */
  bundle?: string;
  /** A fragment to open the page with, e.g. `#member=x`. */
  hash?: string;
  /**
   * Install Playwright's fake clock before the page loads (time flows until the test pauses
   * it), so a test can control timers such as a debounce instead of racing them.
   */
  clock?: boolean;
  /** Values the schema refuses, put into the real API's answers on their way to the page. */
  tamper?: Tampering;
  /**
   * The visitor's address, sent as `X-Forwarded-For` with the page's API requests only, as the
   * proxy in front of an API with `TRUST_PROXY` adds it. (`extraHTTPHeaders` would add it to
   * the bundles' requests too, which makes Chromium ask the API for a preflight it never
   * grants on static files: no real page sends such a header with a script.)
   */
  clientAddress?: string;
}

/** An opened page and the errors it logged (CSP violations appear there too). */
export interface OpenedPage {
  page: Page;
  errors: string[];
  requests: string[];
}

/**
 * A pass-through to the API that can answer 404 (`fail`), never answer (`hang`), or answer
 * every request with the API's own 429 problem (`limit`, a rate limit used up for good), for
 * error and loading states.
 */
export interface SwitchableApi {
  url: string;
  mode: 'pass' | 'fail' | 'hang' | 'limit';
}

/** The running pieces of one test file's environment. */
export interface TestEnvironment {
  api: ApiProcess;
  /** The API behind a switch that can make it fail. */
  switchable: SwitchableApi;
  pagesUrl: string;
  store: Awaited<ReturnType<typeof openSqliteStore>>;
  now: Date;
  open(options: PageOptions): Promise<OpenedPage>;
  /** Closes the pages opened so far (call it after each test: idle pages still cost CPU). */
  closePages(): Promise<void>;
  close(): Promise<void>;
}

/** Extra records to add next to the demo data; the store refuses any that fail the schema (see `tamper`). */
export interface Seed {
  members?: Member[];
  resources?: Resource[];
  events?: Event[];
}

/** How the API is configured beyond the defaults: more variables of apps/api/src/env.ts. */
export interface EnvironmentOptions {
  apiEnv?: Record<string, string>;
}

/**
 * Starts the store, the API and the page server.
 * @example const env = await startEnvironment({ members: [hostileMember] }); … await env.close();
 */
export async function startEnvironment(seed: Seed = {}, options: EnvironmentOptions = {}): Promise<TestEnvironment> {
  const now = new Date();
  const dir = mkdtempSync(join(tmpdir(), 'thb-widgets-'));
  const store = await openSqliteStore({ file: join(dir, 'thb.sqlite') });
  const demo = demoData(now);
  await store.putMany({
    members: [...demo.members, ...(seed.members ?? [])],
    resources: [...demo.resources, ...(seed.resources ?? [])],
    events: [...demo.events, ...(seed.events ?? [])],
  });
  const api = await startApiProcess({ dataDir: dir, widgetsDir: DIST_DIR, env: options.apiEnv ?? {} }).catch(async (error: unknown) => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  });
  const pages = new Map<string, PageOptions>();
  const server = await listen(createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const page = pages.get(url.pathname);
    if (page) {
      const headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8' };
      if (page.csp !== false) {
        headers['content-security-policy'] = `default-src 'self'; script-src 'self' ${api.url}; connect-src ${api.url} ${switchable.url}; style-src 'self'; img-src 'self'`;
      }
      response.writeHead(200, headers).end(pageHtml(page, api.url));
    } else if (url.pathname === '/axe.min.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' }).end(AXE_SOURCE);
    } else if (url.pathname === '/hostile.css') {
      response.writeHead(200, { 'content-type': 'text/css' }).end(HOSTILE_CSS);
    } else if (url.pathname === '/favicon.ico') {
      response.writeHead(204).end();
    } else {
      response.writeHead(404).end();
    }
  }));
  const pagesUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const switchable: SwitchableApi = { url: '', mode: 'fail' };
  const proxy = await listen(createServer((request, response) => {
    const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': '*', 'access-control-expose-headers': 'ETag' };
    if (request.method === 'OPTIONS') return void response.writeHead(204, cors).end();
    if (switchable.mode === 'hang') return;
    if (switchable.mode === 'limit') {
      return void response.writeHead(429, { ...cors, 'access-control-expose-headers': 'Retry-After', 'retry-after': '30', 'content-type': 'application/problem+json' })
        .end(JSON.stringify({ type: 'about:blank', title: 'Too many requests', status: 429, detail: 'Too many messages from this client; try again in 30 s.' }));
    }
    if (switchable.mode === 'fail') {
      return void response.writeHead(404, { ...cors, 'content-type': 'application/problem+json' })
        .end(JSON.stringify({ type: 'about:blank', title: 'Not Found', status: 404 }));
    }
    void fetch(`${api.url}${request.url}`, { headers: { accept: request.headers.accept ?? '*/*' } }).then(async (answer) => {
      response.writeHead(answer.status, { ...cors, 'content-type': answer.headers.get('content-type') ?? 'application/json' });
      response.end(Buffer.from(await answer.arrayBuffer()));
    }).catch(() => response.headersSent ? response.destroy() : response.writeHead(502, cors).end());
  }));
  switchable.url = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  const browser: Browser = await chromium.connect(inject('browserEndpoint'));
  let count = 0;
  const contexts = new Set<BrowserContext>();
  return {
    api, switchable, pagesUrl, store, now,
    async open(options) {
      const path = `/page-${++count}.html`;
      pages.set(path, options);
      const { body: _, lang: __, csp: ___, hostileCss: ____, bundle: _____, hash, clock, tamper, clientAddress, ...contextOptions } = options;
      const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, ...contextOptions });
      contexts.add(context);
      if (clock) await context.clock.install();
      if (tamper) await tamperWith(context, api.url, tamper);
      // Registered last, so it runs first and the tampering's request carries the address too.
      if (clientAddress) {
        await context.route(`${api.url}/v1/**`, (route) => route.fallback({ headers: { ...route.request().headers(), 'x-forwarded-for': clientAddress } }));
      }
      const page = await context.newPage();
      const opened: OpenedPage = { page, errors: [], requests: [] };
      page.on('console', (message) => message.type() === 'error' && opened.errors.push(message.text()));
      page.on('pageerror', (error) => opened.errors.push(error.message));
      page.on('request', (request) => opened.requests.push(request.url()));
      await page.goto(`${pagesUrl}${path}${hash ?? ''}`);
      return opened;
    },
    async closePages() {
      await Promise.all([...contexts].map((context) => context.close()));
      contexts.clear();
    },
    async close() {
      await browser.close();
      await new Promise<void>((done) => server.close(() => done()));
      proxy.closeAllConnections();
      await new Promise<void>((done) => proxy.close(() => done()));
      await api.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function listen(server: Server): Promise<Server> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function pageHtml(page: PageOptions, apiUrl: string): string {
  return `<!doctype html>
<html lang="${page.lang ?? 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Widget test page</title>
${page.hostileCss ? '<link rel="stylesheet" href="/hostile.css">' : ''}
<script type="module" src="${apiUrl}/widgets/${page.bundle ?? 'thb-widgets.js'}"></script>
</head>
<body>
<main>
<h1>Widget test page</h1>
${page.body}
</main>
</body>
</html>`;
}
