/** The Worker's bindings and variables (see wrangler.toml), and how a variable is checked. */
import type { D1Database } from '@cloudflare/workers-types';
import type { ZodType } from 'zod';
import type { EnvSchema } from '../env.ts';
import type { SendEmailBinding } from './mail/email-binding-mailer.ts';
import type { AccountsEnv } from './worker-accounts.ts';

/** The bindings and variables the Worker reads (see wrangler.toml). */
export interface WorkerEnv extends AccountsEnv {
  /** The D1 database, migrated from packages/store/migrations-d1. */
  DB: D1Database;
  /** `[version_metadata]`: the deployed version, part of every edge-cache key. */
  CF_VERSION_METADATA?: { id: string } | undefined;
  /** `[[send_email]] name = "MAIL"`: Cloudflare's Email binding; without it no mail goes, and accounts are off. */
  MAIL?: SendEmailBinding | undefined;
  /** The sender of every mail (`THB Platform Kit <no-reply@thb.example>`), on a domain the binding may send from. */
  MAIL_FROM?: string | undefined;
  /** Seconds until a failed mail is tried again (15 by default); the wait doubles, up to an hour. */
  MAIL_RETRY_SECONDS?: string | undefined;
  /** Seconds an isolate holds the mails it took for sending (300 by default); one that died mid-send leaves them to a later run after this. */
  MAIL_CLAIM_SECONDS?: string | undefined;
  /** For tests only: hosts webhooks may reach although private, also over plain http (`host` or `host:port`, comma-separated). */
  WEBHOOK_ALLOW_HOSTS?: string | undefined;
  /** `"1"` mounts `/bench/constant`, the benchmark's ceiling. */
  BENCH?: string | undefined;
  /** The Worker's public address (`https://api.example.eu`): its origin may write from a browser. */
  PUBLIC_URL?: string | undefined;
  /** Comma-separated origins of the portal's pages, besides `PUBLIC_URL`'s (credentialed CORS). */
  PORTAL_ORIGINS?: string | undefined;
  /** Writes a key may send in a burst (60 by default), counted per isolate. */
  WRITE_BURST?: string | undefined;
  /** Writes a key regains per minute (60 by default). */
  WRITES_PER_MINUTE?: string | undefined;
}

/** The Worker's plain-text variables that the Node server reads too. */
type SharedVariable = keyof typeof EnvSchema.shape & keyof WorkerEnv;

/**
 * A Worker variable checked as the Node server checks the variable of that name.
 * @throws Error naming the variable when its value is not valid
 * @example workerVariable('WRITE_BURST', EnvSchema.shape.WRITE_BURST, env) // 60
 */
export function workerVariable<T>(name: SharedVariable, schema: ZodType<T>, env: WorkerEnv): T {
  // `NAME = ""` in wrangler.toml means "not set", as an empty variable does on Node.
  const value = env[name] === '' ? undefined : env[name];
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new Error(`The Worker variable ${name} is not valid: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`);
}
