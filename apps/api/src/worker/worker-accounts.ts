/**
 * Accounts on the Worker: Better Auth on D1 through the store's own Kysely (kysely-d1), its
 * tables made by migration 0003. Better Auth's Kysely adapter opens a transaction only when the
 * `database` option asks for one (`transaction`, unset here) or on MySQL, so on D1, which has no
 * interactive transactions, every statement of it runs on its own, as on SQLite in Node.
 */
import type { KyselyPlatformStore } from '@thb/store';
import { createSecretariat } from '@thb/store/access';
import { createAccounts, type Accounts } from '../auth/accounts.ts';
import { EnvSchema } from '../env.ts';
import type { Logger } from '../lib/types.ts';
import type { Mailer } from '../mail/mailer.ts';

/** The Worker variables accounts read (see wrangler.toml and the README). */
export interface AccountsEnv {
  /** A Worker secret (`wrangler secret put AUTH_SECRET`), 32+ characters: signs session cookies. */
  AUTH_SECRET?: string | undefined;
  /** Comma-separated addresses of the secretariat, besides `thb secretariat add --sql`. */
  SECRETARIAT_EMAILS?: string | undefined;
}

/** What accounts take from the Worker besides its variables. */
export interface WorkerAccountsSetup {
  store: KyselyPlatformStore;
  publicUrl: string | undefined;
  portalOrigins: string[];
  mailer: Mailer | undefined;
  logger: Logger;
}

/**
 * The Worker's accounts, or undefined (said once in the log) when `AUTH_SECRET` is not set or no
 * mail can be sent: the API then takes writes with API keys only.
 * @throws Error when AUTH_SECRET is set but invalid, or PUBLIC_URL is missing
 */
export function workerAccounts(env: AccountsEnv, setup: WorkerAccountsSetup): Accounts | undefined {
  const given = env.AUTH_SECRET === '' ? undefined : env.AUTH_SECRET;
  if (given === undefined) {
    setup.logger.error('AUTH_SECRET is not set: accounts (/v1/auth, sign-in by mail) are not mounted and writes work with API keys only. Set it with: wrangler secret put AUTH_SECRET');
    return undefined;
  }
  const secret = EnvSchema.shape.AUTH_SECRET.safeParse(given);
  if (!secret.success || secret.data === undefined) throw new Error('The Worker secret AUTH_SECRET must be at least 32 characters long');
  if (!setup.publicUrl) throw new Error('Accounts need PUBLIC_URL (the Worker\'s https address): mailed links and cookies follow it');
  if (!setup.mailer) {
    setup.logger.error('The Worker has no MAIL binding ([[send_email]] in wrangler.toml): accounts (sign-in by mail) are not mounted and writes work with API keys only');
    return undefined;
  }
  const secretariatEmails = EnvSchema.shape.SECRETARIAT_EMAILS.parse(env.SECRETARIAT_EMAILS === '' ? undefined : env.SECRETARIAT_EMAILS);
  const secretariat = createSecretariat(setup.store.db);
  return createAccounts({
    db: setup.store.db,
    type: 'sqlite',
    secret: secret.data,
    publicUrl: setup.publicUrl,
    mailer: setup.mailer,
    trustedOrigins: setup.portalOrigins,
    isSecretariat: async (email) => secretariatEmails.includes(email.toLowerCase()) || (await secretariat.has(email)),
    // The system clock, which Better Auth checks links against too (the tests' pinned `now`
    // is for the data's "upcoming", not for link expiry).
  });
}
