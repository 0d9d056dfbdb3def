/**
 * The Node server's configuration, read once from the environment and checked with zod, so a
 * typo (`PORT=80a`) stops the server with a clear message instead of surfacing later.
 */
import * as z from 'zod';

const optionalText = z.string().trim().min(1).optional();
const flag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no'])
  .optional()
  .transform((value) => value === '1' || value === 'true' || value === 'yes');

/** The variables the server reads. */
export const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(8787),
  HOST: z.string().trim().min(1).default('127.0.0.1').meta({ description: 'Interface to listen on; 0.0.0.0 in containers' }),
  DATA_DIR: z.string().trim().min(1).default('data').meta({ description: 'Folder of the SQLite file thb.sqlite' }),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional().meta({ description: 'PostgreSQL instead of the SQLite file' }),
  WIDGETS_DIR: optionalText.meta({ description: 'Built widget bundles, served at /widgets/' }),
  SITE_DIR: optionalText.meta({ description: 'Built demo site, served at /' }),
  BENCH: flag.meta({ description: 'Mounts /bench/constant for the benchmark' }),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional().meta({ description: 'The public address of this server, for links in chat answers (default http://localhost:PORT)' }),
  TRUST_PROXY: flag.meta({ description: 'Behind a proxy that sets X-Forwarded-For / CF-Connecting-IP: key the chat limit by them' }),
  CHAT_BURST: z.coerce.number().int().min(1).max(10_000).default(20).meta({ description: 'Chat messages a client may send in a burst' }),
  CHAT_PER_MINUTE: z.coerce.number().min(0.1).max(100_000).default(30).meta({ description: 'Chat messages a client regains per minute' }),
});

/** The checked configuration. */
export type Env = z.infer<typeof EnvSchema>;

/**
 * Parses an environment; throws an Error listing every wrong variable.
 * @example parseEnv({ PORT: '9000' }).PORT // 9000
 */
export function parseEnv(source: Readonly<Record<string, string | undefined>>): Env {
  // `FOO=` in a shell or an .env file means "not set", as most tools read it.
  const set = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const result = EnvSchema.safeParse(set);
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
