/**
 * The Better Auth instance behind accounts: magic links, passkeys and organisations on the store's own
 * database, no passwords, no telemetry, sessions in HttpOnly SameSite=Lax cookies (Secure on
 * https). Built only by `createAccounts`, which decides what of it the world may reach.
 */
import { betterAuth } from 'better-auth';
import { magicLink, organization } from 'better-auth/plugins';
import type { Kysely } from 'kysely';
import { SIGN_IN_LINK_MINUTES } from './auth-mails.ts';
import { LOCALE_FIELD } from './person-locale.ts';
import { passkeyPlugin } from './passkeys.ts';

/** Where Better Auth answers; everything below it is ours to filter. */
export const AUTH_BASE_PATH = '/v1/auth';

/** What the instance needs from `createAccounts`. */
export interface BetterAuthSetup {
  // Better Auth's Kysely adapter takes any database; its tables are not in our schema type.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  db: Kysely<any>;
  type: 'sqlite' | 'postgres';
  secret: string;
  publicUrl: string;
  trustedOrigins: string[];
  /** Mails a sign-in link (Better Auth hands over its own link; we mail our confirm page). */
  sendMagicLink(data: { email: string; token: string; url: string; metadata?: Record<string, unknown> | undefined }): Promise<void>;
  /** The clock of link expiry (Better Auth's own is the system clock; tests move ours). */
  now: () => Date;
  /** Runs after every new session: accepts the person's pending invitations. */
  afterSessionCreated(session: { userId: string }): Promise<void>;
}

/**
 * Creates the instance.
 * @example const auth = createBetterAuth({ db, type: 'sqlite', secret, publicUrl, trustedOrigins: [], sendMagicLink, afterSessionCreated });
 */
export function createBetterAuth(setup: BetterAuthSetup) {
  return betterAuth({
    database: { db: setup.db, type: setup.type },
    baseURL: setup.publicUrl,
    basePath: AUTH_BASE_PATH,
    secret: setup.secret,
    trustedOrigins: setup.trustedOrigins,
    telemetry: { enabled: false },
    // Each person's language, for their mails (column from store migration 0007).
    user: { additionalFields: LOCALE_FIELD },
    // Our own limits (sign-in-limits.ts) answer with problem+json and key clients the way the
    // rest of the API does; Better Auth's would trust X-Forwarded-For from anyone.
    rateLimit: { enabled: false },
    session: {
      // No cookie cache: a removed person's session must end at once, not when a cached copy expires.
      cookieCache: { enabled: false },
    },
    advanced: {
      cookiePrefix: 'thb',
      useSecureCookies: setup.publicUrl.startsWith('https:'),
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
      // The client address is not Better Auth's to guess from headers anyone can send.
      ipAddress: { disableIpTracking: true },
      // Better Auth skips its Origin check (CSRF) under NODE_ENV=test; ours runs it always, so
      // the tests see the rule production has.
      disableOriginCheck: false,
    },
    databaseHooks: {
      session: { create: { after: (session) => setup.afterSessionCreated(session) } },
      verification: {
        create: {
          // Links expire by our clock, which the confirm page checks first.
          before: async (verification) => (verification.identifier.startsWith('magic-link:')
            ? { data: { ...verification, expiresAt: new Date(setup.now().getTime() + SIGN_IN_LINK_MINUTES * 60_000) } }
            : undefined),
        },
      },
    },
    plugins: [
      magicLink({
        expiresIn: SIGN_IN_LINK_MINUTES * 60,
        // A copy of the database must not hold tokens that still sign people in.
        storeToken: 'hashed',
        sendMagicLink: (data) => setup.sendMagicLink(data),
      }),
      // Organisations are managed through our routes only (see accounts.ts), never through
      // the plugin's own endpoints, which are not reachable.
      organization({ allowUserToCreateOrganization: false }),
      // Passkeys (passkeys.ts): only the endpoints of PASSKEY_ENDPOINTS are reachable.
      passkeyPlugin(setup.publicUrl, setup.trustedOrigins),
    ],
  });
}

/** The Better Auth instance. */
export type BetterAuth = ReturnType<typeof createBetterAuth>;
