/**
 * The secret that signs session cookies: `AUTH_SECRET` when set, else one generated on the
 * first start and kept in `DATA_DIR` (never in the repository), so sessions survive restarts
 * and every process on the same folder agrees on it. Node-only (file system).
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The file in DATA_DIR that keeps a generated secret. */
export const AUTH_SECRET_FILE = 'auth-secret';

/** Better Auth wants at least 32 characters; shorter ones are refused rather than padded. */
const MIN_LENGTH = 32;

/**
 * The secret to sign sessions with.
 * @example const secret = authSecret(process.env.AUTH_SECRET, env.DATA_DIR);
 */
export function authSecret(fromEnvironment: string | undefined, dataDir: string): string {
  const given = fromEnvironment?.trim();
  if (given) {
    if (given.length < MIN_LENGTH) throw new Error(`AUTH_SECRET must be at least ${MIN_LENGTH} characters (e.g. \`openssl rand -base64 32\`)`);
    return given;
  }
  const file = join(dataDir, AUTH_SECRET_FILE);
  mkdirSync(dataDir, { recursive: true });
  try {
    // `wx` creates the file only if it is not there: of processes starting together, one
    // writes and the others read what it wrote.
    writeFileSync(file, `${randomBytes(32).toString('base64url')}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  // A racing process may have created the file but not written it yet: wait for its line.
  for (let attempt = 0; attempt < 50; attempt++) {
    const kept = readFileSync(file, 'utf8').trim();
    if (kept.length >= MIN_LENGTH) return kept;
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
  }
  throw new Error(`${file} holds no usable secret: delete it to have a new one generated (every session then ends)`);
}
