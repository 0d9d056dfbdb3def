/**
 * `AUTH_SECRET` from the environment, or else one generated on first start and kept in
 * `DATA_DIR/auth-secret` (mode 0600), so sessions survive restarts and no secret is in the repo.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The secret sessions are signed with.
 * @example const secret = authSecret(env.AUTH_SECRET, env.DATA_DIR);
 */
export function authSecret(fromEnv: string | undefined, dataDir: string): string {
  if (fromEnv) return fromEnv;
  const file = join(dataDir, 'auth-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  // `wx`: of two processes starting together, one writes and the other reads what it wrote.
  try {
    writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
    return secret;
  } catch {
    return readFileSync(file, 'utf8').trim();
  }
}
