import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AUTH_SECRET_FILE, authSecret } from './auth-secret.ts';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));
const dataDir = () => {
  const folder = mkdtempSync(join(tmpdir(), 'thb-secret-'));
  folders.push(folder);
  return join(folder, 'data');
};

describe('authSecret', () => {
  it('uses AUTH_SECRET when set, and writes nothing', () => {
    const dir = dataDir();
    expect(authSecret('  a-secret-from-the-environment-0123456789  ', dir)).toBe('a-secret-from-the-environment-0123456789');
    expect(() => statSync(join(dir, AUTH_SECRET_FILE))).toThrow();
  });

  it('refuses a short AUTH_SECRET', () => {
    expect(() => authSecret('short', dataDir())).toThrow(/at least 32/);
  });

  it('generates one on first start, keeps it private in DATA_DIR, and reads the same one afterwards', () => {
    const dir = dataDir();
    const first = authSecret(undefined, dir);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(authSecret('', dir)).toBe(first);
    expect(readFileSync(join(dir, AUTH_SECRET_FILE), 'utf8').trim()).toBe(first);
    expect(statSync(join(dir, AUTH_SECRET_FILE)).mode & 0o077).toBe(0);
    expect(authSecret(undefined, dataDir())).not.toBe(first);
  });
});
