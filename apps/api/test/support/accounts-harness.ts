/**
 * The app with accounts on a real database (a SQLite file, or a PostgreSQL database of its
 * own), a real SMTP inbox, and a clock the test moves; plus helpers that sign people in the
 * way a browser does: ask for a link, open the mailed confirm page, press "Sign in".
 */
import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { expect } from 'vitest';
import { demoData, seedDemoData } from '@thb/store/demo';
import { openPostgresStore } from '@thb/store/postgres';
import { createTestDatabase, openDemoStore, TEST_NOW } from '@thb/store/testing';
import type { PlatformStore } from '@thb/store';
import { createApp, type AppOpenAPI, type CreateAppOptions, type WriteSideOptions } from '../../src/app.ts';
import type { NotificationRouteOptions } from '../../src/routes/notifications/notifications.ts';
import { createAccounts, type Accounts } from '../../src/auth/accounts.ts';
import type { SignInLimitOptions } from '../../src/auth/sign-in-limits.ts';
import type { PortalOptions } from '../../src/routes/calls/index.ts';
import { startSmtpInbox, type SmtpInbox } from './smtp-inbox.ts';

/** The public address of the app under test: plain http, so cookies are not Secure. */
export const PUBLIC_URL = 'http://thb.test';
/** The accounts' AUTH_SECRET, which also signs unsubscribe tokens. */
export const HARNESS_SECRET = 'test-secret-of-at-least-thirty-two-characters';
export const SECRETARIAT_EMAIL = 'secretariat@commission.test';

/** Two member ids of the demo data, for organisation A and B. */
export const [MEMBER_A, MEMBER_B] = demoData(TEST_NOW).members.slice(0, 2).map((member) => member.id) as [string, string];

export interface AccountsHarness {
  name: string;
  /** The app's public address (PUBLIC_URL unless the test chose another). */
  publicUrl: string;
  app: AppOpenAPI;
  accounts: Accounts;
  inbox: SmtpInbox;
  // Better Auth's tables are not in the store's schema type.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  db: Kysely<any>;
  /** Moves the accounts' clock forward. */
  advance(ms: number): void;
  close(): Promise<void>;
}

type Backend = 'SQLite' | 'PostgreSQL';

/** Opens the app on a fresh seeded database of the backend. */
export async function openAccountsHarness(backend: Backend, options: {
  signInLimits?: SignInLimitOptions; publicUrl?: string;
  /** More of the write side (API keys, review mails), given the harness's store and accounts. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  writes?: (parts: { store: PlatformStore; accounts: Accounts; db: Kysely<any> }) => Omit<WriteSideOptions, 'allowedOrigins'>;
  /** The members' portal, given the harness's parts (its mailer is the inbox's). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  portal?: (parts: { store: PlatformStore; db: Kysely<any>; mailer: SmtpInbox['mailer']; publicUrl: string }) => PortalOptions;
  /** The notification routes (issue 13), given the harness's database and the secret. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  notifications?: (parts: { db: Kysely<any>; secret: string }) => NotificationRouteOptions;
  /** Platform meetings, given the harness's store. */
  meetings?: (parts: { store: PlatformStore }) => CreateAppOptions['meetings'];
  /** The webhook routes (issue 13), given the harness's database. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  webhooks?: (parts: { db: Kysely<any> }) => CreateAppOptions['webhooks'];
} = {}): Promise<AccountsHarness & { store: PlatformStore }> {
  const publicUrl = options.publicUrl ?? PUBLIC_URL;
  const inbox = await startSmtpInbox();
  let offset = 0;
  const now = () => new Date(Date.now() + offset);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let db: Kysely<any>;
  let store: PlatformStore;
  let cleanUp: () => Promise<void>;
  if (backend === 'SQLite') {
    const demo = await openDemoStore();
    store = demo.store;
    db = new Kysely({ dialect: new SqliteDialect({ database: new Database(demo.file, { timeout: 5000 }) }) });
    cleanUp = () => demo.close();
  } else {
    const database = await createTestDatabase('auth');
    const opened = await openPostgresStore({ connectionString: database.url, poolSize: 2, seed: (s) => seedDemoData(s, TEST_NOW) });
    store = opened;
    const pool = new pg.Pool({ connectionString: database.url, max: 3 });
    // Dropping the database ends connections a closing pool may still hold; that is expected.
    pool.on('error', () => undefined);
    db = new Kysely({ dialect: new PostgresDialect({ pool }) });
    cleanUp = async () => {
      await opened.close();
      await database.drop();
    };
  }
  const accounts = createAccounts({
    db, type: backend === 'SQLite' ? 'sqlite' : 'postgres',
    secret: HARNESS_SECRET,
    publicUrl, mailer: inbox.mailer, now,
    isSecretariat: async (email) => email === SECRETARIAT_EMAIL,
    ...(options.signInLimits ? { signInLimits: options.signInLimits } : {}),
  });
  const app = createApp({
    store, accounts, now: () => TEST_NOW,
    // Cookie-authenticated writes are accepted from the platform's own pages only.
    writes: { allowedOrigins: [new URL(publicUrl).origin], ...options.writes?.({ store, accounts, db }) },
    // Each test names its client, so that the per-client limit of one never blocks another.
    chat: { rateLimit: { clientAddress: (c) => c.req.header('x-test-client') } },
    ...(options.portal ? { portal: options.portal({ store, db, mailer: inbox.mailer, publicUrl }) } : {}),
    ...(options.notifications ? { notifications: options.notifications({ db, secret: HARNESS_SECRET }) } : {}),
    ...(options.meetings ? { meetings: options.meetings({ store }) } : {}),
    ...(options.webhooks ? { webhooks: options.webhooks({ db }) } : {}),
  });
  return {
    name: backend, publicUrl, app, accounts, inbox, db, store,
    advance: (ms) => void (offset += ms),
    async close() {
      await db.destroy();
      await inbox.close();
      await cleanUp();
    },
  };
}

let clients = 0;

/** Asks for a sign-in link as a browser on our own page would. */
export async function askForLink(h: AccountsHarness, email: string, client = `client-${++clients}`, body: Record<string, unknown> = {}): Promise<Response> {
  return h.app.request('/v1/auth/sign-in/magic-link', {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: h.publicUrl, 'x-test-client': client },
    body: JSON.stringify({ email, ...body }),
  });
}

/** The confirm link of the next mail to an address, as a path of the app. */
export async function mailedLink(h: AccountsHarness, email: string): Promise<{ path: string; text: string; subject: string }> {
  const mail = await h.inbox.next(email);
  const text = mail.text ?? '';
  const link = /https?:\/\/\S+\/v1\/auth\/confirm\?\S+/.exec(text)?.[0];
  expect(link, text).toBeDefined();
  const url = new URL(link!);
  expect(url.origin).toBe(h.publicUrl);
  return { path: `${url.pathname}${url.search}`, text, subject: mail.subject ?? '' };
}

/** Presses "Sign in" on a confirm page: posts its form as the browser would. */
export async function pressSignIn(h: AccountsHarness, path: string, origin = h.publicUrl): Promise<Response> {
  const url = new URL(path, h.publicUrl);
  const form = new URLSearchParams({ token: url.searchParams.get('token') ?? '' });
  const callbackURL = url.searchParams.get('callbackURL');
  if (callbackURL) form.set('callbackURL', callbackURL);
  const lang = url.searchParams.get('lang');
  if (lang) form.set('lang', lang);
  return h.app.request('/v1/auth/confirm', {
    method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin }, body: form.toString(),
  });
}

/** The `name=value` of a response's session cookie. */
export function sessionCookie(response: Response): string {
  const cookie = response.headers.getSetCookie().find((c) => /^(__Secure-)?thb\.session_token=/.test(c));
  expect(cookie, response.headers.getSetCookie().join('\n')).toBeDefined();
  return cookie!.split(';')[0]!;
}

/** Signs a person in end to end and returns their cookie. */
export async function signIn(h: AccountsHarness, email: string): Promise<string> {
  expect((await askForLink(h, email)).status).toBe(200);
  const { path } = await mailedLink(h, email);
  const confirmed = await pressSignIn(h, path);
  expect(confirmed.status).toBe(303);
  return sessionCookie(confirmed);
}

/** The signed-in user of a cookie, or null. */
export async function sessionOf(h: AccountsHarness, cookie: string): Promise<{ user: { id: string; email: string } } | null> {
  const response = await h.app.request('/v1/auth/get-session', { headers: { cookie } });
  expect(response.status).toBe(200);
  return (await response.json()) as { user: { id: string; email: string } } | null;
}
