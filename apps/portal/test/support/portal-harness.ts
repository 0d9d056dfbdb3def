/**
 * The portal under test, for every screen's tests: the built API as its own process on a fresh
 * seeded SQLite file (or, with `PORTAL_TEST_BACKEND=postgres`, a fresh PostgreSQL database made
 * through TEST_DATABASE_URL and dropped on close), mail through a real SMTP server, the built
 * portal, and Debian's Chromium.
 * Helpers open a portal page (at phone or desktop width, light or dark), sign in through the
 * mailed link as a person would, and run axe.
 * @example
 * const portal = await openPortalHarness();
 * const page = await portal.signIn('owner@a.test', { width: 320 });
 * expect(await portal.axe(page)).toEqual([]);
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startApiProcess, type ApiProcess } from '@thb/api-process';
import { seedDemoData } from '@thb/store/demo';
import { openPostgresStore } from '@thb/store/postgres';
import { openSqliteStore } from '@thb/store/sqlite';
import { createTestDatabase, type TestDatabase } from '@thb/store/testing';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright';
import { confirmLink, startSmtpInbox, type SmtpInbox } from './smtp-inbox.ts';

const PORTAL_DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const WIDGETS_DIST = fileURLToPath(new URL('../../../../packages/widgets/dist/', import.meta.url));
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The secretariat's address in every portal test. */
export const SECRETARIAT_EMAIL = 'secretariat@commission.test';

/** The database the API runs on. */
export type PortalBackend = 'SQLite' | 'PostgreSQL';

/** `PORTAL_TEST_BACKEND=postgres` runs the API on PostgreSQL (the `portal-postgres` vitest project sets it). */
function backendFromEnv(): PortalBackend {
  const wanted = (process.env.PORTAL_TEST_BACKEND ?? 'sqlite').toLowerCase();
  if (wanted === 'postgres' || wanted === 'postgresql') return 'PostgreSQL';
  if (wanted === 'sqlite') return 'SQLite';
  throw new Error(`PORTAL_TEST_BACKEND is "${process.env.PORTAL_TEST_BACKEND}": use sqlite or postgres`);
}

/** How a page is opened. */
export interface PageOptions {
  /** Viewport width in CSS pixels (default 1280; 320 for a phone). */
  width?: number;
  colorScheme?: 'light' | 'dark';
  /** Browser languages, for Accept-Language and `navigator.languages` (default en). */
  locale?: string;
}

/** A running portal. */
export interface PortalHarness {
  api: ApiProcess;
  inbox: SmtpInbox;
  /** Which database the API runs on. */
  backend: PortalBackend;
  /**
   * Where the API's data is (seeded with the demo data): the SQLite file, or on PostgreSQL the
   * database's connection URL. `expireSignInLinks(portal.databaseFile)` takes either.
   */
  databaseFile: string;
  /** Opens `path` (e.g. `/portal/`) in a fresh browser context; console errors are collected. */
  open(path: string, options?: PageOptions): Promise<{ page: Page; errors: string[] }>;
  /** Opens the portal, asks for a link for `email`, opens the mailed link and presses "Sign in". */
  signIn(email: string, options?: PageOptions & { path?: string }): Promise<{ page: Page; errors: string[] }>;
  /** axe's violations on the page (none is a pass). */
  axe(page: Page): Promise<{ id: string; targets: unknown[] }[]>;
  /** Closes this test's pages (call in afterEach). */
  closePages(): Promise<void>;
  close(): Promise<void>;
}

/** How the portal under test is started. */
export interface PortalHarnessOptions {
  /** The database (default from PORTAL_TEST_BACKEND, else SQLite). */
  backend?: PortalBackend;
  /**
   * The host pages are opened on (default `127.0.0.1`). Passkey tests need `localhost`: the API's
   * relying party is its `PUBLIC_URL`'s host, and WebAuthn refuses IP addresses.
   */
  host?: '127.0.0.1' | 'localhost';
  /** More variables for the API (apps/api/src/env.ts), e.g. `WEBHOOK_ALLOW_HOSTS` for a local receiver. */
  env?: Record<string, string>;
}

/** Starts the API (on `backend`, default from PORTAL_TEST_BACKEND, else SQLite), the inbox and Chromium. */
export async function openPortalHarness({ backend = backendFromEnv(), host = '127.0.0.1', env = {} }: PortalHarnessOptions = {}): Promise<PortalHarness> {
  const dir = mkdtempSync(join(tmpdir(), 'thb-portal-'));
  let databaseFile = join(dir, 'thb.sqlite');
  let postgres: TestDatabase | undefined;
  if (backend === 'PostgreSQL') {
    postgres = await createTestDatabase('portal');
    databaseFile = postgres.url;
    await (await openPostgresStore({ connectionString: postgres.url, poolSize: 1, seed: (s) => seedDemoData(s, new Date()) })).close();
  } else {
    const store = await openSqliteStore({ file: databaseFile });
    await seedDemoData(store, new Date());
    await store.close();
  }
  const inbox = await startSmtpInbox();
  const api = await startApiProcess({
    dataDir: dir, portalDir: PORTAL_DIST, widgetsDir: WIDGETS_DIST, publicHost: host,
    env: {
      SMTP_URL: inbox.url, SECRETARIAT_EMAILS: SECRETARIAT_EMAIL, AUTH_SECRET: 'portal-test-secret-of-at-least-thirty-two-characters',
      ...(postgres ? { DATABASE_URL: postgres.url } : {}),
      ...env,
    },
  });
  const browser: Browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      // The server listens on 127.0.0.1 only; Chromium would try localhost's IPv6 address first.
      ...(host === 'localhost' ? ['--host-resolver-rules=MAP localhost 127.0.0.1'] : []),
    ],
  });
  const contexts: BrowserContext[] = [];

  async function open(path: string, options: PageOptions = {}) {
    const context = await browser.newContext({
      viewport: { width: options.width ?? 1280, height: 900 }, colorScheme: options.colorScheme ?? 'light', locale: options.locale ?? 'en',
    });
    contexts.push(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${api.url}${path}`);
    return { page, errors };
  }

  return {
    api, inbox, backend, databaseFile, open,
    async signIn(email, options = {}) {
      const opened = await open(options.path ?? '/portal/', options);
      const { page } = opened;
      await page.getByLabel(/email|E-Mail|e-mail/i).fill(email);
      await page.getByRole('button', { name: /sign-in link|Anmeldelink|lien de connexion/i }).click();
      await page.getByRole('heading', { name: /check your mail|Postfach|messagerie/i }).waitFor();
      await page.goto(confirmLink(await inbox.next(email)));
      await page.getByRole('button').click();
      await page.waitForURL(/\/portal\//);
      await page.getByRole('button', { name: /sign out|abmelden|déconnecter/i }).waitFor();
      return opened;
    },
    async axe(page) {
      // Evaluated through the DevTools protocol, which the page's CSP does not govern.
      await page.evaluate(AXE);
      return page.evaluate(async () => {
        const { violations } = await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe.run();
        return violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target) }));
      });
    },
    async closePages() {
      await Promise.all(contexts.splice(0).map((context) => context.close()));
    },
    async close() {
      await Promise.all(contexts.splice(0).map((context) => context.close()));
      await browser.close();
      await api.close();
      await inbox.close();
      await postgres?.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
