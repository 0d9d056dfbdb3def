/** What the portal's routes (calls, subscriptions, applications, the yearly check) share. */
import type { PortalStore } from '@thb/store/portal';
import type { Context } from 'hono';
import type { Accounts } from '../../auth/accounts.ts';
import type { AppEnv } from '../../lib/types.ts';
import type { Mailer } from '../../mail/mailer.ts';
import { ClientLimiter, type ClientAddress, type RateLimitOptions } from '../chat/chat.rate-limit.ts';
import { isSecretariat } from '../../access/authorise.ts';
import { problem, requireSignedIn } from '../writes/write-request.ts';

/** Options of the portal's routes, given to `createApp` as `portal`. */
export interface PortalOptions {
  /** `createPortalStore(store.db)` from `@thb/store/portal`. */
  store: PortalStore;
  /** Sends confirmations, decisions, call openings and the yearly check; without it no mail goes. */
  mailer?: Mailer | undefined;
  /** The platform's public address: mailed links start with it. */
  publicUrl: string;
  /** Public POSTs (applications, subscriptions) a client may send in a burst, and regains per second. */
  rateLimit?: Pick<RateLimitOptions, 'capacity' | 'refillPerSecond'> | undefined;
}

/** The options with what the app adds: accounts (for approvals) and how clients are told apart. */
export interface PortalDeps extends PortalOptions {
  accounts?: Accounts | undefined;
  clientAddress?: ClientAddress | undefined;
  limiter: ClientLimiter;
}

/** Builds the deps once per app, so every portal route shares one per-client limit. */
export function portalDeps(options: PortalOptions, extra: { accounts?: Accounts | undefined; clientAddress?: ClientAddress | undefined }): PortalDeps {
  const limiter = new ClientLimiter({
    capacity: options.rateLimit?.capacity ?? 10, refillPerSecond: options.rateLimit?.refillPerSecond ?? 10 / 3600,
    ...(extra.clientAddress ? { clientAddress: extra.clientAddress } : {}),
  });
  return { ...options, ...extra, limiter };
}

/** `no-store`: portal answers are personal or change with the clock, never shared. */
export const NO_STORE = { 'cache-control': 'no-store' } as const;

/** The secretariat (a person or a key), or the 401/403 to answer. */
export function secretariatOnly(c: Context<AppEnv>) {
  const principal = requireSignedIn(c);
  if (principal instanceof Response) return principal;
  if (!isSecretariat(principal)) return problem(c, 403, 'forbidden', 'Only the secretariat may do this.');
  return principal;
}

/** A link to a page or route of the platform. */
export function platformLink(publicUrl: string, path: string, query: Record<string, string> = {}): string {
  const url = new URL(path, publicUrl);
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  return url.href;
}
