/**
 * The Node server's configuration, read once from the environment and checked with zod, so a
 * typo (`PORT=80a`) stops the server with a clear message instead of surfacing later.
 */
import * as z from 'zod';
import { CONNECTION_DEFAULTS } from './node/connection-limits.ts';

const optionalText = z.string().trim().min(1).optional();
const milliseconds = z.coerce.number().int().min(100).max(3_600_000);
const flag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no'])
  .optional()
  .transform((value) => value === '1' || value === 'true' || value === 'yes');

/** A trusted proxy: an IPv4 or IPv6 address or subnet, or proxy-addr's names for the private ranges. */
const PROXY_ADDRESS = /^(loopback|linklocal|uniquelocal|[0-9a-f.:]+(\/\d{1,3})?)$/i;

/**
 * `TRUST_PROXY`: unset (or 0, false, no) trusts no proxy; a number is how many proxies stand in
 * front of the server (true and yes mean 1); otherwise a comma-separated list of proxy addresses.
 */
const TrustProxy = z
  .string()
  .optional()
  .transform((value, context): number | string[] | undefined => {
    const text = value?.trim().toLowerCase() ?? '';
    if (['', '0', 'false', 'no'].includes(text)) return undefined;
    if (text === 'true' || text === 'yes') return 1;
    if (/^\d+$/.test(text)) return Math.min(Number(text), 100);
    const addresses = text.split(',').map((part) => part.trim()).filter(Boolean);
    const wrong = addresses.filter((address) => !PROXY_ADDRESS.test(address));
    if (wrong.length === 0) return addresses;
    context.addIssue({ code: 'custom', message: `must be a number of proxies or a list of their addresses; not an address: ${wrong.join(', ')}` });
    return z.NEVER;
  });

/** Where the data is: the server and the `thb` command line read these alike, so both open one store. */
const storeFields = {
  DATA_DIR: z.string().trim().min(1).default('data').meta({ description: 'Folder of the SQLite file thb.sqlite' }),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional().meta({ description: 'PostgreSQL instead of the SQLite file' }),
};

/** The variables the command line reads (see {@link storeFields}). */
export const StoreEnvSchema = z.object(storeFields);

/** `MAIL_FROM`: an address, or a display name and an `<address>`, on one line. */
const MailFrom = z
  .string()
  .trim()
  // A comma or semicolon would make a second address of an unquoted name, so such a name must be quoted.
  .regex(/^((("[^"\r\n]*"\s*)|[^<>",;\r\n]*)<[^<>\s@]+@[^<>\s@]+>|[^<>\s@,;]+@[^<>\s@,;]+)$/, 'must be an address, or a name and an <address>');

/** `https://a.example, https://b.example` → their origins; each must be an http(s) URL. */
const originList = z.string().optional().transform((text, ctx) => {
  const origins: string[] = [];
  for (const part of (text ?? '').split(',').map((p) => p.trim()).filter(Boolean)) {
    if (!URL.canParse(part) || !/^https?:$/.test(new URL(part).protocol)) {
      ctx.addIssue({ code: 'custom', message: `"${part}" is not an http(s) origin` });
      return z.NEVER;
    }
    origins.push(new URL(part).origin);
  }
  return origins;
});

/** The variables the server reads. */
export const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(8787),
  HOST: z.string().trim().min(1).default('127.0.0.1').meta({ description: 'Interface to listen on; 0.0.0.0 in containers' }),
  ...storeFields,
  WIDGETS_DIR: optionalText.meta({ description: 'Built widget bundles, served at /widgets/' }),
  SITE_DIR: optionalText.meta({ description: 'Built demo site, served at /' }),
  PORTAL_DIR: optionalText.meta({ description: 'Built portal (apps/portal/dist), served at /portal/' }),
  BENCH: flag.meta({ description: 'Mounts /bench/constant for the benchmark' }),
  SOURCE_MAPS: flag.meta({ description: 'Serves the .map files of the widgets and the site' }),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional().meta({ description: 'The public address of this server, for links in chat answers (default http://localhost:PORT)' }),
  TRUST_PROXY: TrustProxy.meta({ description: 'Proxies in front of the server (a number, or their addresses): the chat limit then keys clients by X-Forwarded-For' }),
  CHAT_BURST: z.coerce.number().int().min(1).max(10_000).default(20).meta({ description: 'Chat messages a client may send in a burst' }),
  CHAT_PER_MINUTE: z.coerce.number().min(0.1).max(100_000).default(30).meta({ description: 'Chat messages a client regains per minute' }),
  HTTP_HEADERS_TIMEOUT_MS: milliseconds.default(CONNECTION_DEFAULTS.headersTimeoutMs).meta({ description: 'Time for a connection to send its request headers' }),
  HTTP_REQUEST_TIMEOUT_MS: milliseconds.default(CONNECTION_DEFAULTS.requestTimeoutMs).meta({ description: 'Time for a whole request, body included' }),
  HTTP_KEEP_ALIVE_TIMEOUT_MS: milliseconds.default(CONNECTION_DEFAULTS.keepAliveTimeoutMs).meta({ description: 'How long an idle keep-alive connection stays open' }),
  HTTP_MAX_CONNECTIONS: z.coerce.number().int().min(1).max(1_000_000).default(CONNECTION_DEFAULTS.maxConnections).meta({ description: 'Open connections at most; keep it below ulimit -n' }),
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional().meta({ description: 'The SMTP server mail goes through (smtp://user:pass@host:587); unset, mail is written to DATA_DIR/outbox/' }),
  MAIL_FROM: MailFrom.default('THB Platform Kit <no-reply@localhost>').meta({ description: 'The sender of every mail' }),
  MAIL_RETRY_SECONDS: z.coerce.number().int().min(1).max(3600).default(15).meta({ description: 'How soon a mail that could not be sent is tried again (the wait then doubles, up to an hour, for three days)' }),
  MAIL_CLAIM_SECONDS: z.coerce.number().int().min(1).max(3600).default(300).meta({ description: 'How long a process holds the mails it took for sending; one that died mid-send leaves them to another (or to itself after a restart) after this' }),
  WEBHOOK_ALLOW_HOSTS: z.string().optional().meta({ description: 'For tests only: comma-separated hosts (host or host:port) webhooks may reach although private, also over plain http' }),
  WEBHOOK_POLL_SECONDS: z.coerce.number().int().min(1).max(3600).default(5).meta({ description: 'How often the server looks for due webhook deliveries (retries; the new ones of a write go as soon as it is answered)' }),
  AUTH_SECRET: z.string().trim().min(32).optional().meta({ description: 'Signs session cookies (32+ characters); unset, one is generated into DATA_DIR/auth-secret' }),
  SECRETARIAT_EMAILS: z.string().optional().transform((text) => (text ?? '').split(',').map((e) => e.trim().toLowerCase()).filter(Boolean)).meta({ description: 'Comma-separated addresses of the secretariat (besides `pnpm thb secretariat add`)' }),
  PORTAL_ORIGINS: originList.meta({ description: 'Comma-separated origins, besides PUBLIC_URL\'s, whose pages may write with a session cookie (credentialed CORS)' }),
  WRITE_BURST: z.coerce.number().int().min(1).max(100_000).default(60).meta({ description: 'Writes a key or person may send in a burst' }),
  WRITES_PER_MINUTE: z.coerce.number().min(0.1).max(1_000_000).default(60).meta({ description: 'Writes a key or person regains per minute' }),
}).refine((env) => env.HTTP_REQUEST_TIMEOUT_MS >= env.HTTP_HEADERS_TIMEOUT_MS, {
  path: ['HTTP_REQUEST_TIMEOUT_MS'], message: 'must be at least HTTP_HEADERS_TIMEOUT_MS',
});

/** The checked configuration. */
export type Env = z.infer<typeof EnvSchema>;

/**
 * Parses an environment; throws an Error listing every wrong variable.
 * @example parseEnv({ PORT: '9000' }).PORT // 9000
 */
export function parseEnv(source: Readonly<Record<string, string | undefined>>): Env {
  return parseWith(EnvSchema, source);
}

/**
 * Parses only the variables that say where the data is, so a server setting the command line
 * does not use (a wrong `PORT`) cannot stop it; throws like {@link parseEnv}.
 * @example parseStoreEnv({}).DATA_DIR // 'data'
 */
export function parseStoreEnv(source: Readonly<Record<string, string | undefined>>): z.infer<typeof StoreEnvSchema> {
  return parseWith(StoreEnvSchema, source);
}

function parseWith<T extends z.ZodType>(schema: T, source: Readonly<Record<string, string | undefined>>): z.infer<T> {
  // `FOO=` in a shell or an .env file means "not set", as most tools read it.
  const set = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const result = schema.safeParse(set);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  throw new Error(`Invalid environment:\n${problems.join('\n')}`);
}

let cached: Env | undefined;

/** `process.env`, parsed on first use and remembered. */
export function loadEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
